import Foundation

/// An image a paper shows, `![alt](chart.png)`, as written in the body.
public struct ImageReference: Sendable, Hashable {
    public var source: String
    public var alt: String
    public var location: SourceLocation
}

/// An image file a paper shows, read and checked: published beside the paper's page and embedded
/// in packs, which are single files.
public struct PaperImage: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case png, jpeg, svg

        public var mediaType: String {
            switch self {
            case .png: "image/png"
            case .jpeg: "image/jpeg"
            case .svg: "image/svg+xml"
            }
        }
    }

    /// As written in the Markdown.
    public var source: String
    /// The file's name beside the paper's page: `papers/<slug>/<name>`.
    public var name: String
    public var kind: Kind
    public var bytes: [UInt8]

    public var dataURI: String { "data:\(kind.mediaType);base64,\(Data(bytes).base64EncodedString())" }
}

/// Finds a body's images and points their `<img src>` at the published copies.
public enum PaperImages {
    /// Every `![alt](source)` outside code blocks, at the line and column of its `!`.
    public static func references(in body: String, path: String, firstLine: Int) -> [ImageReference] {
        // Most papers show no image: a scan of the bytes for "![" spares them the line-by-line work.
        guard mayHoldImage(body.utf8) else { return [] }
        var found: [ImageReference] = []
        var fence: Substring?
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                continue
            }
            found += references(inLine: line).map { column, alt, source in
                ImageReference(source: source, alt: alt, location: SourceLocation(path: path, line: firstLine + offset, column: column))
            }
        }
        return found
    }

    /// Whether the bytes hold "![" anywhere, found with memchr where they are contiguous (a native string's are).
    private static func mayHoldImage<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.withContiguousStorageIfAvailable { ByteText.find(imageOpening, in: $0) != nil }
            ?? zip(bytes, bytes.dropFirst()).contains { $0 == imageOpening[0] && $1 == imageOpening[1] }
    }

    private static let imageOpening: [UInt8] = Array("![".utf8)

    private static func references(inLine line: Substring) -> [(Int, String, String)] {
        guard mayHoldImage(line.utf8) else { return [] }
        var found: [(Int, String, String)] = []
        let characters = Array(line)
        var index = 0
        while index + 1 < characters.count {
            guard characters[index] == "!", characters[index + 1] == "[",
                let close = characters[(index + 2)...].firstIndex(of: "]"), close + 1 < characters.count, characters[close + 1] == "(",
                let end = characters[(close + 2)...].firstIndex(of: ")")
            else {
                index += 1
                continue
            }
            let alt = String(characters[(index + 2)..<close]).trimmingCharacters(in: .whitespaces)
            // `chart.png "A title"` or `<chart 1.png>`: the destination is the first part.
            var destination = String(characters[(close + 2)..<end]).trimmingCharacters(in: .whitespaces)
            if destination.hasPrefix("<"), let closing = destination.firstIndex(of: ">") {
                destination = String(destination[destination.index(after: destination.startIndex)..<closing])
            } else {
                destination = String(destination.prefix { $0 != " " })
            }
            found.append((index + 1, alt, destination))
            index = end + 1
        }
        return found
    }

    /// Whether an image source is on the web (or already inline) rather than a file of the project.
    public static func isExternal(_ source: String) -> Bool {
        let lower = source.lowercased()
        return ["http://", "https://", "data:", "//"].contains { lower.hasPrefix($0) }
    }

    /// The image's kind from its first bytes, whatever its name says; nil if it is none of them.
    public static func kind(of bytes: [UInt8]) -> PaperImage.Kind? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        return head.contains("<svg") ? .svg : nil
    }

    /// What in an SVG could run when the file is opened on its own: a script, an event handler,
    /// a `javascript:` link or an embedded foreign object; nil when there is none.
    public static func activeContent(inSVG bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        if text.contains("<script") { return "a <script>" }
        if text.contains("javascript:") { return "a javascript: link" }
        if text.contains("<foreignobject") { return "a <foreignObject>" }
        var rest = text[...]
        while let range = rest.range(of: " on") {
            let name = rest[range.upperBound...].prefix { $0.isLetter }
            if !name.isEmpty, rest[range.upperBound...].dropFirst(name.count).drop(while: { $0 == " " }).hasPrefix("=") {
                return "an event handler (on\(name)=)"
            }
            rest = rest[range.upperBound...]
        }
        return nil
    }

    /// The body with each image's `src` replaced: by its published name on the paper's page, or by
    /// its data URI in a pack.
    public static func rewrite(_ body: PaperBody, images: [PaperImage], embed: Bool) -> PaperBody {
        guard !images.isEmpty else { return body }
        let targets = Dictionary(images.map { ($0.source, embed ? $0.dataURI : $0.name) }) { first, _ in first }
        let replace = { (html: String) in rewrite(html, targets: targets) }
        var body = body
        body.htmlBeforePoints = replace(body.htmlBeforePoints)
        body.htmlAfterPoints = replace(body.htmlAfterPoints)
        body.discussionPoints = body.discussionPoints.map { point in
            var point = point
            point.html = replace(point.html)
            return point
        }
        if let wales = body.walesImplications?.html { body.walesImplications?.html = replace(wales) }
        return body
    }

    /// Replaces `<img src="…"` values found in `targets` (keyed by the source as written).
    static func rewrite(_ html: String, targets: [String: String]) -> String {
        guard html.contains("<img") else { return html }
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: "<img") {
            result += rest[..<start.lowerBound]
            let tag = rest[start.lowerBound...].prefix { $0 != ">" }
            var rewritten = String(tag)
            if let srcStart = tag.range(of: " src=\""), let srcEnd = tag[srcStart.upperBound...].firstIndex(of: "\"") {
                let written = String(tag[srcStart.upperBound..<srcEnd])
                let source = written.replacingOccurrences(of: "&amp;", with: "&")
                if let target = targets[source] ?? targets[source.removingPercentEncoding ?? source] {
                    rewritten = tag[..<srcStart.upperBound] + XMLText.escaped(target) + tag[srcEnd...]
                }
            }
            result += rewritten
            rest = rest[tag.endIndex...]
        }
        return result + rest
    }
}
