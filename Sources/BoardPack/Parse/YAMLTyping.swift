import Foundation
import Yams

/// Typing that YAML reads differently from what the author meant, found before YAML reads it:
/// curly quotes (Word's “smart quotes”) around a value, and tabs in indentation. libyaml's own
/// messages for these ("mapping values are not allowed here") point at the wrong thing.
public enum YAMLTyping {
    static let curlyQuotes: Set<Character> = ["“", "”", "‘", "’", "„"]

    public static func problems(_ yaml: String, context: YAMLContext) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (offset, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fileLine = context.firstLine + offset
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            if let tab = indent.firstIndex(of: "\t") {
                problems.append(.error(
                    "use spaces, not tabs, to indent", at: location(context, fileLine, line, tab)))
                continue
            }
            if line.dropFirst(indent.count).hasPrefix("#") { continue }
            // Only a value wrapped in curly quotes: one that merely starts with a quotation is fine.
            guard let value = valueStart(line), let quote = line[value...].first, curlyQuotes.contains(quote),
                let last = line[value...].dropFirst().last(where: { $0 != " " }), curlyQuotes.contains(last)
            else { continue }
            problems.append(.error(
                "the value starts with a curly quote \(quote) (as Word types them), which YAML does not read as a quote; "
                    + "use straight quotes (\") around the value, or none", at: location(context, fileLine, line, value)))
        }
        return problems
    }

    /// Where the value of a `name: value` or `- value` line starts, or nil.
    private static func valueStart(_ line: Substring) -> Substring.Index? {
        var rest = line.drop { $0 == " " }
        while rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
        if let first = rest.first, curlyQuotes.contains(first) { return rest.startIndex }
        guard let colon = rest.range(of: ": ") else { return nil }
        let value = rest[colon.upperBound...].drop { $0 == " " }
        return value.isEmpty ? nil : value.startIndex
    }

    /// Columns count Unicode scalars, as Diagnostic's do.
    private static func location(_ context: YAMLContext, _ fileLine: Int, _ line: Substring, _ index: Substring.Index) -> SourceLocation {
        SourceLocation(path: context.path, line: fileLine, column: line.unicodeScalars[..<index].count + 1)
    }
}

extension YAMLSource {
    /// `compose`, with mistyped quotes and tabs reported in the author's words; when they are what
    /// stops YAML reading the text, libyaml's own message is left out.
    public static func read(_ yaml: String, context: YAMLContext) -> (Node?, [Diagnostic]) {
        let typing = YAMLTyping.problems(yaml, context: context)
        switch compose(yaml, context: context) {
        case let .success(node):
            return (node, typing)
        case let .failure(problem):
            if let first = typing.first, first.line <= problem.line { return (nil, typing) }
            return (nil, typing + [problem])
        }
    }
}
