/// How diagnostics are printed: for people, for GitHub Actions annotations, as JSON lines, or as
/// GitLab's Code Quality report.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case json
    case github
    case gitlab

    /// Everything `check` prints for `diagnostics`: a line each, except GitLab's report, which is one
    /// JSON array (`[]` when there is no problem, so that GitLab still reads it).
    public func report(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map(format)
        guard self == .gitlab else { return items.joined(separator: "\n") }
        return items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n]"
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        switch self {
        case .text:
            return "\(diagnostic.path):\(diagnostic.line):\(diagnostic.column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        case .github:
            let kind = diagnostic.severity == .note ? "notice" : diagnostic.severity.rawValue
            let file = Self.githubProperty(diagnostic.path)
            return "::\(kind) file=\(file),line=\(diagnostic.line),col=\(diagnostic.column)::\(Self.githubData(diagnostic.message))"
        case .json:
            return JSONValue.object([
                ("path", .string(diagnostic.path)), ("line", .integer(diagnostic.line)), ("column", .integer(diagnostic.column)),
                ("severity", .string(diagnostic.severity.rawValue)), ("message", .string(diagnostic.message)),
            ]).text
        case .gitlab:
            return Self.codeQualityIssue(diagnostic)
        }
    }

    /// One issue of GitLab's Code Quality report. The fingerprint tells GitLab whether a problem is
    /// the same one as on the target branch, so it is made of what identifies the problem.
    private static func codeQualityIssue(_ diagnostic: Diagnostic) -> String {
        var fingerprint = ContentHash()
        for part in [diagnostic.path, String(diagnostic.line), String(diagnostic.column), diagnostic.message] {
            fingerprint.add(part)
        }
        let severity = diagnostic.severity == .error ? "major" : "minor"
        return JSONValue.object([
            ("description", .string(diagnostic.message)), ("check_name", .string("boardpack-\(diagnostic.severity.rawValue)")),
            ("fingerprint", .string(ContentHash.hex(fingerprint.value))), ("severity", .string(severity)),
            ("location", .object([("path", .string(diagnostic.path)), ("lines", .object([("begin", .integer(diagnostic.line))]))])),
        ]).text
    }

    /// GitHub's workflow-command escaping for the message part.
    private static func githubData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Properties also escape the separators `:` and `,`.
    private static func githubProperty(_ text: String) -> String {
        githubData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
