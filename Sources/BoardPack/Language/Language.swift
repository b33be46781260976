import Yams

/// A language a project publishes in (issue 13): English, and Welsh for Welsh councils.
/// `site.yaml` lists them as `languages: [en, cy]`, the first being the main one.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case en, cy

    /// The code as written in content: `en` or `cy`, in any case; `en-GB` and `cy-GB` (the forms
    /// StatsWales and the Senedd use) read as `en` and `cy`. nil for anything else.
    public init?(code: String) {
        let lowered = code.trimmed.lowercased().replacingOccurrences(of: "_", with: "-")
        let bare = lowered.hasSuffix("-gb") ? String(lowered.dropLast(3)) : lowered
        guard let language = Language(rawValue: bare) else { return nil }
        self = language
    }

    /// The language's name in English, for messages: "Welsh".
    public var englishName: String {
        switch self {
        case .en: "English"
        case .cy: "Welsh"
        }
    }

    /// The language's name in itself, as a language switch labels it: "Cymraeg" on an English page
    /// points to Welsh; "English" on a Welsh page points to English (glossary: high).
    public var ownName: String {
        switch self {
        case .en: "English"
        case .cy: "Cymraeg"
        }
    }

    /// The message for a code that is not a language boardpack publishes in.
    static func unknownCode(_ code: String, field: String) -> String {
        "'\(field)' names the language '\(code)', which boardpack does not publish in: write en (English) or cy (Welsh)"
    }
}

/// Reads `languages:` in site.yaml: a list of codes, the first the main language; `[en]` when not given.
enum LanguagesReader {
    static let field = "languages"

    static func read(_ fields: inout Fields) -> [Language] {
        guard let node = fields.node(field), !Fields.isNull(node) else { return [.en] }
        if case .mapping = node {
            fields.error("'languages' is a list of language codes, the main one first: 'languages: [en, cy]'", at: node)
            return [.en]
        }
        var languages: [Language] = []
        for item in Fields.items(node) {
            guard let code = Fields.scalarText(item)?.trimmed, !code.isEmpty else {
                fields.error("each entry of 'languages' is a language code, en or cy: 'languages: [en, cy]'", at: item)
                continue
            }
            guard let language = Language(code: code) else {
                fields.error(Language.unknownCode(code, field: field), at: item)
                continue
            }
            if languages.contains(language) {
                fields.error("'languages' lists \(language.rawValue) (\(language.englishName)) twice: remove one", at: item)
                continue
            }
            languages.append(language)
        }
        return languages.isEmpty ? [.en] : languages
    }
}
