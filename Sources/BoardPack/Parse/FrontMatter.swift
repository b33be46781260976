/// A paper split into its YAML front matter and its Markdown body, remembering where each starts
/// so that positions inside either map back to the true line of the file.
public struct FrontMatterSplit: Sendable {
    public var yaml: String
    /// File line of the first YAML line (the line after the opening `---`).
    public var yamlFirstLine: Int
    public var body: String
    /// File line of the first body line.
    public var bodyFirstLine: Int
}

public enum FrontMatter {
    public static func split(_ file: SourceFile) -> Result<FrontMatterSplit, Diagnostic> {
        var text = file.text
        let found = text.withUTF8 { bytes in locate(bytes, path: file.path) }
        // Both parts start after a line break, so they are cut from the String as it is: no bytes
        // are copied into a new String and checked again.
        return found.map { parts in
            let utf8 = file.text.utf8
            let at = { (offset: Int) in utf8.index(utf8.startIndex, offsetBy: offset) }
            return FrontMatterSplit(
                yaml: String(file.text[at(parts.yaml.lowerBound)..<at(parts.yaml.upperBound)]), yamlFirstLine: 2,
                body: String(file.text[at(parts.bodyStart)...]), bodyFirstLine: parts.bodyFirstLine)
        }
    }

    /// Byte offsets of the YAML and of the body's start, and the body's first line.
    private static func locate(
        _ bytes: UnsafeBufferPointer<UInt8>, path: String
    ) -> Result<(yaml: Range<Int>, bodyStart: Int, bodyFirstLine: Int), Diagnostic> {
        let start = SourceLocation.start(of: path)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
            return .failure(.error(
                "the paper is empty: it needs front matter between two '---' lines, then the Markdown body",
                at: start))
        }
        guard isFence(bytes, lineStart: 0) else {
            return .failure(.error(
                "a paper must start with front matter: a line '---', its fields (title, board, date ...), "
                    + "then another '---'", at: start))
        }
        var lineStart = lineEnd(bytes, from: 0) + 1
        var line = 2
        while lineStart < bytes.count {
            if isFence(bytes, lineStart: lineStart) {
                let yamlStart = lineEnd(bytes, from: 0) + 1
                let bodyStart = min(bytes.count, lineEnd(bytes, from: lineStart) + 1)
                return .success((yamlStart..<max(yamlStart, lineStart - 1), bodyStart, line + 1))
            }
            lineStart = lineEnd(bytes, from: lineStart) + 1
            line += 1
        }
        return .failure(.error(
            "the front matter that opens here is never closed: add a line '---' after its last field",
            at: start))
    }

    /// Offset of the newline ending the line that starts at `from` (or the end of the text).
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var index = from
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        return index
    }

    /// `---`, optionally followed by spaces or tabs.
    private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int) -> Bool {
        guard lineStart + 3 <= bytes.count, bytes[lineStart] == 0x2D, bytes[lineStart + 1] == 0x2D,
            bytes[lineStart + 2] == 0x2D
        else { return false }
        var index = lineStart + 3
        while index < bytes.count, bytes[index] != 0x0A {
            guard bytes[index] == 0x20 || bytes[index] == 0x09 else { return false }
            index += 1
        }
        return true
    }
}
