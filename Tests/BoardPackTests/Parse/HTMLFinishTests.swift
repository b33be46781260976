import Foundation
import Testing

@testable import BoardPack

/// The one-pass HTML finish: exact outputs, and the same results as the passes it replaced (kept
/// below as the reference) on many generated pages, with and without a pack prefix.
@Suite struct HTMLFinishTests {
    static func section(_ level: Int, _ anchor: String) -> PaperBody.Section {
        PaperBody.Section(title: anchor, level: level, anchor: anchor, line: 1)
    }

    func finish(_ html: String, _ sections: [PaperBody.Section], prefix: String = "") -> (String, String) {
        var copy = html
        return copy.withUTF8 { HTMLFinish(sections: sections, idPrefix: prefix).run($0) }
    }

    @Test func headingsGetTheirIdsInOrderAndThePageIsCutAtThePoints() {
        let html = "<h2>A</h2>\n<p>x</p>\n<h3>B</h3>\n<!--boardpack:discussion-points-->\n<h2>C</h2>\n"
        let (before, after) = finish(html, [Self.section(2, "a"), Self.section(3, "b"), Self.section(2, "c")])
        #expect(before == "<h2 id=\"a\">A</h2>\n<p>x</p>\n<h3 id=\"b\">B</h3>\n")
        #expect(after == "<h2 id=\"c\">C</h2>\n")
    }

    @Test func aPackPrefixesFootnoteLinksAndIdsButNotACombinedCharacter() {
        let html = "<p><a href=\"#fn-1\" id=\"fnref-1\">1</a> <a title=\"#fn\u{301}\">t</a></p>\n<li id=\"fn-1\">n</li>\n"
        let (before, after) = finish(html, [], prefix: "p-x-")
        #expect(before == "<p><a href=\"#p-x-fn-1\" id=\"p-x-fnref-1\">1</a> <a title=\"#fn\u{301}\">t</a></p>\n<li id=\"p-x-fn-1\">n</li>\n")
        #expect(after == "")
    }

    @Test func generatedPagesFinishAsTheFormerPassesDid() {
        let pieces = [
            "<h2>", "<h3>", "<h4>", "</h2>", "<blockquote>\n<h2>", "<p>", "text", "\"#fn-1\"", "id=\"fn-2\"", "\"#fn\u{301}",
            "id=\"fn\u{200D}", "<!--boardpack:discussion-points-->\n", "<!--boardpack:discussion-points-->", "é", "<", "\"",
            "i", "id=\"", "\"#f", "\n",
        ]
        var generator = Mutator.Random(state: 11)
        for _ in 0..<3000 {
            let html = (0..<Int(generator.next() % 16)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let levels = (0..<Int(generator.next() % 4)).map { _ in 2 + Int(generator.next() % 3) }
            for prefix in ["", "p-x-", "fn-"] {
                // As in the parser, a heading's anchor starts with the prefix.
                let sections = levels.enumerated().map { Self.section($0.element, "\(prefix)s\($0.offset)") }
                let expected = Self.formerFinish(html, sections: sections, idPrefix: prefix)
                let (before, after) = finish(html, sections, prefix: prefix)
                #expect(Array(before.utf8) == Array(expected.0.utf8), "\(html.debugDescription) \(prefix)")
                #expect(Array(after.utf8) == Array(expected.1.utf8), "\(html.debugDescription) \(prefix)")
            }
        }
    }

    /// The passes the finish replaced, word for word: heading ids, the cut, then Foundation's replacements.
    static func formerFinish(_ html: String, sections: [PaperBody.Section], idPrefix: String) -> (String, String) {
        var copy = html
        var (before, after) = copy.withUTF8 { bytes -> (String, String) in
            var result: [UInt8] = []
            var position = 0
            for section in sections {
                let tag = Array("<h\(section.level)>".utf8)
                guard let match = ByteText.find(tag, in: bytes, from: position) else { break }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<match]))
                result.append(contentsOf: "<h\(section.level) id=\"\(section.anchor)\">".utf8)
                position = match + tag.count
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position...]))
            return result.withUnsafeBufferPointer { html in
                let marker = Array((PaperBodyParser.pointsMarker + "\n").utf8)
                guard let cut = ByteText.find(marker, in: html) else { return (ByteText.string(html, 0..<html.count), "") }
                return (ByteText.string(html, 0..<cut), ByteText.string(html, (cut + marker.count)..<html.count))
            }
        }
        if !idPrefix.isEmpty {
            let prefixed = { (text: String) in
                text.replacingOccurrences(of: "\"#fn", with: "\"#\(idPrefix)fn")
                    .replacingOccurrences(of: "id=\"fn", with: "id=\"\(idPrefix)fn")
            }
            before = prefixed(before)
            after = prefixed(after)
        }
        return (before, after)
    }
}
