import Foundation
import Yams

/// Typing that YAML reads differently from what the author meant, found before YAML reads it:
/// curly quotes (Word's “smart quotes”) around a value, and tabs in indentation. libyaml's own
/// messages for these ("mapping values are not allowed here") point at the wrong thing.
public enum YAMLTyping {
    static let curlyQuotes: Set<Character> = ["“", "”", "‘", "’", "„"]

    public static func problems(_ yaml: String, context: YAMLContext) -> [Diagnostic] {
        var copy = yaml
        return copy.withUTF8 { bytes in
            // "\r\n" is one Character: such a text is read as Strings, as it always was (SourceReader leaves no "\r").
            if ByteText.firstIndex(of: 0x0D, in: bytes) != nil {
                return yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
                    problem(line, fileLine: context.firstLine + offset, context: context)
                }
            }
            // Only a line with a tab in its indent or a curly quote in it can have a problem: the
            // others are passed over in the bytes.
            var problems: [Diagnostic] = []
            var start = 0
            var offset = 0
            while start <= bytes.count {
                let end = ByteText.firstIndex(of: 0x0A, in: bytes, from: start) ?? bytes.count
                if mayHaveProblem(bytes, start..<end),
                    let found = problem(Substring(ByteText.string(bytes, start..<end)), fileLine: context.firstLine + offset, context: context)
                {
                    problems.append(found)
                }
                start = end + 1
                offset += 1
            }
            return problems
        }
    }

    /// A tab among the line's leading spaces and tabs, or a curly quote's bytes (E2 80 98, 99, 9C, 9D, 9E).
    private static func mayHaveProblem(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var index = line.lowerBound
        while index < line.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 {
            if bytes[index] == 0x09 { return true }
            index += 1
        }
        while index + 2 < line.upperBound {
            if bytes[index] == 0xE2, bytes[index + 1] == 0x80, [0x98, 0x99, 0x9C, 0x9D, 0x9E].contains(bytes[index + 2]) {
                return true
            }
            index += 1
        }
        return false
    }

    /// The problem on one line, if any.
    static func problem(_ line: Substring, fileLine: Int, context: YAMLContext) -> Diagnostic? {
        let indent = line.prefix { $0 == " " || $0 == "\t" }
        if let tab = indent.firstIndex(of: "\t") {
            return .error("use spaces, not tabs, to indent", at: location(context, fileLine, line, tab))
        }
        if line.dropFirst(indent.count).hasPrefix("#") { return nil }
        // Only a value wrapped in curly quotes: one that merely starts with a quotation is fine.
        guard let value = valueStart(line), let quote = line[value...].first, curlyQuotes.contains(quote),
            let last = line[value...].dropFirst().last(where: { $0 != " " }), curlyQuotes.contains(last)
        else { return nil }
        return .error(
            "the value starts with a curly quote \(quote) (as Word types them), which YAML does not read as a quote; "
                + "use straight quotes (\") around the value, or none", at: location(context, fileLine, line, value))
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
