import Yams

/// A text that may differ by language: `venue: { en: Council Chamber, cy: Siambr y Cyngor }`. A
/// plain string serves every language. A language without its own text falls back to the main one.
public struct LocalizedText: Sendable, Hashable {
    /// The text in the main language: what every page shows until pages are built per language.
    public var main: String
    /// Texts written for other languages (never the main one).
    public var others: [Language: String]

    public init(_ main: String, others: [Language: String] = [:]) {
        self.main = main
        self.others = others
    }

    /// The text for `language`: its own where written, the main language's otherwise.
    public func text(for language: Language) -> String { others[language] ?? main }

    /// `text` when it has a text in another language than the main one; nil when it is one text for all.
    static func translated(_ text: LocalizedText?) -> LocalizedText? {
        text?.others.isEmpty == false ? text : nil
    }

    /// Where the main language's text is written: the value of its entry in a map by language, or
    /// the node itself when it is one text for all.
    static func mainNode(_ node: Node, languages: [Language]) -> Node {
        guard case let .mapping(map) = node else { return node }
        let main = languages.first ?? .en
        return map.first { Language(code: $0.key.scalar?.string ?? "") == main }?.value ?? node
    }

    /// Whether `language` has its own text (rather than falling back to the main language's).
    public func isWritten(in language: Language, main mainLanguage: Language) -> Bool {
        language == mainLanguage || others[language] != nil
    }
}

extension Fields {
    /// A text field that may be a map by language. Returns the main-language text (the same as
    /// `string(_:)` for a plain value, with the same messages) and the whole text. A map's problems
    /// are located at the entry: a key that is not a language, a language not in `languages`, a
    /// value that is not a single text, and no text for the main language.
    public mutating func localizedText(
        _ key: String, languages: [Language], required: Bool = true
    ) -> LocalizedText? {
        guard let node = node(key), case let .mapping(map) = node else {
            return string(key, required: required).map { LocalizedText($0) }
        }
        let main = languages.first ?? .en
        let problemsBefore = diagnostics.count
        var texts: [Language: String] = [:]
        for (keyNode, valueNode) in map {
            let code = keyNode.scalar?.string ?? ""
            guard let language = Language(code: code) else {
                error("'\(key)' is written by language, and '\(code)' is not a language code: write en (English) or cy (Welsh), "
                    + "e.g. '\(key): { en: …, cy: … }'", at: keyNode)
                continue
            }
            guard languages.contains(language) else {
                error("'\(key)' has \(language.englishName) text (\(code)), but site.yaml does not publish in \(language.englishName): "
                    + "add it to 'languages' in site.yaml (languages: [\((languages + [language]).map(\.rawValue).joined(separator: ", "))]) "
                    + "or remove this line", at: keyNode)
                continue
            }
            guard let text = Fields.isNull(valueNode) ? "" : Fields.scalarText(valueNode) else {
                error("the \(language.englishName) text of '\(key)' must be a single value, not a list or a group of fields", at: valueNode)
                continue
            }
            if texts[language] != nil {
                error("'\(key)' gives \(language.englishName) text twice: keep one", at: keyNode)
                continue
            }
            let trimmed = text.trimmed
            guard !trimmed.isEmpty else {
                error("the \(language.englishName) text of '\(key)' is empty: write it, or remove the line to use the "
                    + "\(main.englishName) text", at: valueNode)
                continue
            }
            texts[language] = trimmed
        }
        guard let mainText = texts.removeValue(forKey: main) else {
            if diagnostics.count > problemsBefore { return nil }
            if texts.isEmpty {
                if required { error("'\(key)' is empty", at: node) }
                return nil
            }
            error("'\(key)' has no \(main.englishName) text, the site's main language: add '\(main.rawValue): …'", at: node)
            return nil
        }
        return LocalizedText(mainText, others: texts)
    }
}
