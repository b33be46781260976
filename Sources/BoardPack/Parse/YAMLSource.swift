import Yams

/// Where a piece of YAML sits in its file, so that Yams's marks become true file positions.
public struct YAMLContext: Sendable {
    public var path: String
    /// File line on which the YAML text's first line stands.
    public var firstLine: Int

    public init(path: String, firstLine: Int = 1) {
        self.path = path
        self.firstLine = firstLine
    }

    public func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: firstLine, column: 1) }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    public func location(of node: Node) -> SourceLocation { location(node.mark) }
}

/// Parses YAML into Yams's node tree. Every scalar stays a string (the basic resolver): fields are
/// typed by the validators, which know what each one means and can say where it is wrong.
public enum YAMLSource {
    public static func compose(_ yaml: String, context: YAMLContext) -> Result<Node?, Diagnostic> {
        let text = singleBreaks(yaml)
        // Most texts are composed from libyaml's events; anything unusual, or wrong, is left to Yams.
        if let node = YAMLEvents.compose(text) { return .success(node) }
        do {
            // Naming the encoding skips Yams's per-call look-up of its default.
            return .success(try Yams.compose(yaml: text, .basic, .default, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, context: context))
        } catch {
            return .failure(.error("cannot read this YAML: \(error)", at: context.location(nil)))
        }
    }

    /// libyaml also ends a line at U+0085, U+2028 and U+2029 (pasted from Word or a web page), which
    /// editors and boardpack's messages do not: every later mark would name the wrong line. Read as
    /// spaces, each is still one character, so lines and columns stay those of the file.
    static func singleBreaks(_ yaml: String) -> String {
        // Looked for in the bytes (C2 85, E2 80 A8, E2 80 A9): a large dataset is read through here.
        var copy = yaml
        let found = copy.withUTF8 { bytes in
            var index = 0
            while index + 1 < bytes.count {
                let byte = bytes[index]
                if byte == 0xC2, bytes[index + 1] == 0x85 { return true }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 { return true }
                index += 1
            }
            return false
        }
        guard found else { return yaml }
        let breaks: Set<Unicode.Scalar> = ["\u{85}", "\u{2028}", "\u{2029}"]
        var text = String.UnicodeScalarView()
        text.append(contentsOf: yaml.unicodeScalars.lazy.map { breaks.contains($0) ? " " : $0 })
        return String(text)
    }

    static func diagnostic(for error: YamlError, context: YAMLContext) -> Diagnostic {
        switch error {
        case let .scanner(yamlContext, problem, mark, _), let .parser(yamlContext, problem, mark, _),
            let .composer(yamlContext, problem, mark, _):
            var message = "this is not valid YAML: \(problem)\(hint(for: problem))"
            // libyaml often notices a problem lines after its cause: an unclosed [ or quote.
            if let yamlContext, yamlContext.mark.line != mark.line {
                let start = context.location(yamlContext.mark)
                // A quote left open is fixed where it opens, so the problem is located there.
                if yamlContext.text.contains("quoted scalar") {
                    return .error(
                        "this quote is never closed: add the closing quote at the end of the value "
                            + "(YAML read on to line \(context.location(mark).line) looking for it)", at: start)
                }
                message += "; it starts with \(describe(context: yamlContext.text)) on line \(start.line), column \(start.column)"
            }
            return .error(message, at: context.location(mark))
        case let .duplicatedKeysInMapping(duplicates, yamlContext):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error("the field \(names) is given more than once", at: context.location(yamlContext.mark))
        case let .reader(problem, _, _, _):
            return .error("this is not valid YAML text: \(problem)", at: context.location(nil))
        default:
            return .error("this is not valid YAML: \(error)", at: context.location(nil))
        }
    }

    private static func describe(context text: String) -> String {
        if text.contains("flow sequence") { return "the list opened with '['" }
        if text.contains("flow mapping") { return "the group opened with '{'" }
        if text.contains("quoted scalar") { return "the quoted text" }
        if text.contains("block mapping") { return "the fields" }
        if text.contains("block collection") || text.contains("block sequence") { return "the list" }
        return "the value (\(text))"
    }

    /// libyaml's wording is terse; say what usually causes each problem.
    private static func hint(for problem: String) -> String {
        if problem.contains("mapping values are not allowed") {
            return " (a value that contains ': ' must be put in quotes)"
        }
        if problem.contains("found character that cannot start any token") {
            return " (values that start with @, ` or % must be put in quotes; indent with spaces, not tabs)"
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return " (check the indentation of this line and the one before)"
        }
        if problem.contains("could not find expected ':'") {
            return " (each field is written 'name: value')"
        }
        return ""
    }
}
