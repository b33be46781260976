/// Caps the width of Markdown tables before the text reaches cmark-gfm, whose table extension takes
/// time that grows with the square of a row's cells: a 40,000-cell row stalls a build. No paper
/// needs a table this wide; it is a paste gone wrong, reported where it stands.
enum TableWidth {
    static let maximumColumns = 1_000

    /// An error at every line with more than `maximumColumns` cell separators (unescaped `|`),
    /// whether or not cmark would take it for a table row: counting is cheap, parsing it is not.
    static func check(_ body: String, path: String, firstLine: Int) -> [Diagnostic] {
        var copy = body
        return copy.withUTF8 { bytes in
            // No line can have more separators than the body has '|': most bodies stop here, the
            // '|'s found with memchr (a loop over every byte cost some 50,000 instructions a paper).
            var total = 0
            var index = 0
            while total <= maximumColumns, let found = ByteText.firstIndex(of: UInt8(ascii: "|"), in: bytes, from: index) {
                total += 1
                index = found + 1
            }
            guard total > maximumColumns else { return [] }
            return tooWideLines(bytes, path: path, firstLine: firstLine)
        }
    }

    private static func tooWideLines(_ bytes: UnsafeBufferPointer<UInt8>, path: String, firstLine: Int) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var line = firstLine
        var pipes = 0
        var escaped = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\n"):
                if pipes > maximumColumns { problems.append(tooWide(pipes, path: path, line: line)) }
                line += 1
                pipes = 0
                escaped = false
                continue
            case UInt8(ascii: "|") where !escaped:
                pipes += 1
            default:
                break
            }
            escaped = byte == UInt8(ascii: "\\") && !escaped
        }
        if pipes > maximumColumns { problems.append(tooWide(pipes, path: path, line: line)) }
        return problems
    }

    private static func tooWide(_ pipes: Int, path: String, line: Int) -> Diagnostic {
        .error(
            "this line has \(pipes) '|' column separators: a table may have at most 1,000 columns; "
                + "split the table, or publish the figures as a dataset", at: SourceLocation(path: path, line: line, column: 1))
    }
}
