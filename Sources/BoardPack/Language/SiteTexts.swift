/// The site's own texts by language, where `site.yaml` writes them as maps
/// (`title: { en: Committee papers, cy: … }`). `Site.title` and `Site.organisation` stay the
/// main language's, so every page is as it was until pages are built per language.
public struct SiteTexts: Sendable, Hashable {
    public var title: LocalizedText?
    public var organisation: LocalizedText?

    public init(title: LocalizedText? = nil, organisation: LocalizedText? = nil) {
        self.title = title
        self.organisation = organisation
    }
}

extension Site {
    /// The site's title in `language`, falling back to the main language's.
    public func title(in language: Language) -> String { localized.title?.text(for: language) ?? title }

    /// The organisation's name in `language`, falling back to the main language's.
    public func organisation(in language: Language) -> String { localized.organisation?.text(for: language) ?? organisation }

    /// The main language: the first of `languages`.
    public var mainLanguage: Language { languages.first ?? .en }
}

extension Site.Board {
    /// The board's name in `language`, falling back to the main language's.
    public func name(in language: Language) -> String { names?.text(for: language) ?? name }
}
