import Foundation

/// The work on a body's HTML after cmark, in one pass over cmark's bytes:
/// - each section's `<hN>`, in document order, gets its id (cmark cannot put attributes on headings);
/// - the text is cut where the discussion points stand (`PaperBodyParser.pointsMarker`);
/// - in a pack (`idPrefix` not empty), footnote links `"#fn…` and ids `id="fn…` get the paper's
///   prefix, so that several papers' footnotes can share one page.
/// Without a prefix only `<` can start anything, so the pass jumps from one `<` to the next.
struct HTMLFinish {
    var sections: [PaperBody.Section]
    var idPrefix: String

    private static let marker = Array((PaperBodyParser.pointsMarker + "\n").utf8)
    private static let footnoteLink = Array("\"#fn".utf8)
    private static let footnoteID = Array("id=\"fn".utf8)

    /// The HTML before the discussion points and after them ("" when the body has none).
    func run(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, String) {
        var pass = Pass(bytes: bytes, sections: sections, prefix: Array(idPrefix.utf8))
        pass.run()
        return pass.parts
    }

    /// Whether a match ending before `index` is one for Foundation's `replacingOccurrences`, which
    /// this pass replaced: not when a combining mark follows (though a joiner may). After ASCII, as
    /// always in cmark's attributes, it is; otherwise Foundation is asked about the next scalar.
    static func endsMatch(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < text.count, text[index] >= 0x80 else { return true }
        let lead = text[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let probe = String(decoding: Array("fn".utf8) + text[index..<min(text.count, index + length)], as: UTF8.self)
        return probe.replacingOccurrences(of: "fn", with: "") != probe
    }

    private struct Pass {
        let bytes: UnsafeBufferPointer<UInt8>
        let sections: [PaperBody.Section]
        let prefix: [UInt8]
        var output: [UInt8] = []
        var before: String?
        var copied = 0
        var nextSection = 0
        var nextTag: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>, sections: [PaperBody.Section], prefix: [UInt8]) {
            self.bytes = bytes
            self.sections = sections
            self.prefix = prefix
            output.reserveCapacity(bytes.count + sections.count * 32)
            nextTag = tag(0)
        }

        var parts: (String, String) {
            let rest = UTF8Scan.decoded(output)
            guard let before else { return (rest, "") }
            return (before, rest)
        }

        /// `<hN>` of the section at `index`, or nothing once every section has its id.
        func tag(_ index: Int) -> [UInt8] {
            guard index < sections.count else { return [] }
            var tag = Array("<h".utf8)
            tag += String(sections[index].level).utf8
            tag.append(UInt8(ascii: ">"))
            return tag
        }

        /// `<hN id="anchor">` of a section, in bytes (no String made on the way).
        static func opening(_ section: PaperBody.Section) -> [UInt8] {
            var opening: [UInt8] = []
            opening.reserveCapacity(section.anchor.utf8.count + 12)
            opening += "<h".utf8
            opening += String(section.level).utf8
            opening += " id=\"".utf8
            opening += section.anchor.utf8
            opening += "\">".utf8
            return opening
        }

        mutating func run() {
            var index = 0
            while let found = next(from: index) {
                index = found
                if bytes[index] == UInt8(ascii: "<") {
                    if !nextTag.isEmpty, ByteText.matches(nextTag, in: bytes, at: index) {
                        let section = sections[nextSection]
                        let opening = Self.opening(section)
                        index = replace(index..<(index + nextTag.count), with: prefix.isEmpty ? opening : prefixed(opening))
                        nextSection += 1
                        nextTag = tag(nextSection)
                        continue
                    }
                    if before == nil, ByteText.matches(HTMLFinish.marker, in: bytes, at: index) {
                        index = replace(index..<(index + HTMLFinish.marker.count), with: [])
                        before = UTF8Scan.decoded(output)
                        output.removeAll(keepingCapacity: true)
                        continue
                    }
                } else if let length = footnote(in: bytes, at: index) {
                    index = replace(index..<(index + length), with: Array(bytes[index..<(index + length - 2)]) + prefix + Array("fn".utf8))
                    continue
                }
                index += 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }

        /// The next byte at or after `index` that can start something to change.
        func next(from index: Int) -> Int? {
            guard prefix.isEmpty else {
                var position = index
                while position < bytes.count {
                    let byte = bytes[position]
                    if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "i") { return position }
                    position += 1
                }
                return nil
            }
            return ByteText.firstIndex(of: UInt8(ascii: "<"), in: bytes, from: index)
        }

        /// Copies what stands before `range`, then `replacement`; returns where the scan goes on.
        mutating func replace(_ range: Range<Int>, with replacement: [UInt8]) -> Int {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<range.lowerBound]))
            output.append(contentsOf: replacement)
            copied = range.upperBound
            return range.upperBound
        }

        /// Length of a footnote link or id at `index` (`"#fn` or `id="fn`), or nil.
        func footnote(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
            guard !prefix.isEmpty else { return nil }
            for pattern in [HTMLFinish.footnoteLink, HTMLFinish.footnoteID]
            where ByteText.matches(pattern, in: text, at: index) && HTMLFinish.endsMatch(text, at: index + pattern.count)
            {
                return pattern.count
            }
            return nil
        }

        /// A heading's opening tag with the footnote prefix applied, as the whole page once had it.
        func prefixed(_ opening: [UInt8]) -> [UInt8] {
            opening.withUnsafeBufferPointer { text in
                var result: [UInt8] = []
                var index = 0
                while index < text.count {
                    if let length = footnote(in: text, at: index) {
                        result += text[index..<(index + length - 2)] + prefix + Array("fn".utf8)
                        index += length
                    } else {
                        result.append(text[index])
                        index += 1
                    }
                }
                return result
            }
        }
    }
}
