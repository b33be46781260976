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
        let start = SourceLocation.start(of: file.path)
        if file.text.allSatisfy(\.isWhitespace) {
            return .failure(.error(
                "the paper is empty: it needs front matter between two '---' lines, then the Markdown body",
                at: start))
        }
        var lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isFence(first) else {
            return .failure(.error(
                "a paper must start with front matter: a line '---', its fields (title, board, date ...), "
                    + "then another '---'", at: start))
        }
        lines = lines.dropFirst()
        guard let closing = lines.firstIndex(where: isFence) else {
            return .failure(.error(
                "the front matter that opens here is never closed: add a line '---' after its last field",
                at: start))
        }
        let yaml = lines[lines.startIndex..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        // `closing` counts from 0 on line 1, so the body starts on line closing + 2.
        return .success(FrontMatterSplit(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing + 2))
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
