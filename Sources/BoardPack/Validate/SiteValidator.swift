import Yams

/// Reads `content/site.yaml` into `Site`.
public enum SiteValidator {
    static let knownFields = ["title", "organisation", "base-url", "language", "boards", "categories", "jurisdiction", "wording"]
        + NoticeSettingsReader.fields + [LanguagesReader.field, bilingualPacksField]

    public static func validate(_ file: SourceFile) -> (Site?, [Diagnostic]) {
        var (document, diagnostics) = Fields.document(file, owner: "site.yaml")
        guard var fields = document else { return (nil, diagnostics) }
        let languages = LanguagesReader.read(&fields)
        let titles = fields.localizedText("title", languages: languages)
        let organisations = fields.localizedText("organisation", languages: languages)
        let title = titles?.main, organisation = organisations?.main
        let baseURL = readBaseURL(&fields)
        let language = readLanguage(&fields, main: languages.first ?? .en)
        let bilingualPacks = readBilingualPacks(&fields, languages: languages)
        let boards = readBoards(&fields, languages: languages)
        let categories = readCategories(&fields)
        let jurisdiction = readJurisdiction(&fields)
        let wording = WordingReader.read(&fields, jurisdiction: jurisdiction ?? .england)
        let notice = NoticeSettingsReader.read(&fields, jurisdiction: jurisdiction ?? .england)
        fields.warnAboutUnknownFields(known: knownFields, deciding: ["jurisdiction"])
        diagnostics += fields.diagnostics
        guard let title, let organisation, let boards, let baseURL else { return (nil, diagnostics) }
        var site = Site(
            title: title, organisation: organisation,
            baseURL: baseURL.hasSuffix("/") ? baseURL : baseURL + "/",
            language: language, boards: boards, categories: categories,
            jurisdiction: jurisdiction ?? .england, wording: wording)
        site.notice = notice
        site.languages = languages
        site.bilingualPacks = bilingualPacks
        site.localized = SiteTexts(title: LocalizedText.translated(titles), organisation: LocalizedText.translated(organisations))
        return (site, diagnostics)
    }

    /// The address the feed, sitemap and calendar link to: "/" when not given. Written into
    /// calendar and XML files as it stands, so anything but a plain absolute http(s) address is refused.
    /// nil when it is wrong.
    private static func readBaseURL(_ fields: inout Fields) -> String? {
        guard let node = fields.node("base-url") else { return "/" }
        let text = Fields.isNull(node) ? "" : (Fields.scalarText(node) ?? "").trimmed
        guard let problem = BaseURL.problem(text) else { return text }
        fields.error(
            "'base-url' \(problem): it must be the site's full address, such as https://example.org/briefings/", at: node)
        return nil
    }

    /// England when not given, as boardpack always was; given but empty is a slip, not a choice.
    private static func readJurisdiction(_ fields: inout Fields) -> Jurisdiction? {
        if let node = fields.node("jurisdiction"), Fields.isNull(node) || Fields.scalarText(node)?.trimmed.isEmpty == true {
            fields.error("'jurisdiction' is empty: write 'jurisdiction: england' or 'jurisdiction: wales', "
                + "or remove the line for England", at: node)
            return nil
        }
        return fields.choice("jurisdiction", of: Jurisdiction.self, required: false)
    }

    static let bilingualPacksField = "bilingual_packs"

    /// `bilingual_packs: true`: each pack also as one document, the Welsh pack then the English
    /// one. Only true or false, and true only in a site that publishes both Welsh and English.
    private static func readBilingualPacks(_ fields: inout Fields, languages: [Language]) -> Bool {
        let field = bilingualPacksField
        guard let node = fields.node(field) else { return false }
        let text = Fields.isNull(node) ? "" : (Fields.scalarText(node) ?? "").trimmed
        switch text {
        case "true", "True", "TRUE":
            guard languages.contains(.cy), languages.contains(.en) else {
                fields.error(
                    "'\(field): true' makes one pack with the Welsh first and the English after it, so the site must publish "
                        + "in Welsh and in English: add 'languages: [en, cy]' (or '[cy, en]' for a Welsh-first site), or remove the '\(field)' line",
                    at: node)
                return false
            }
            return true
        case "false", "False", "FALSE":
            return false
        default:
            fields.error(
                "'\(field)' must be true or false, not '\(text)': write '\(field): true' for one pack with the Welsh first and the "
                    + "English after it (beside the separate Welsh and English packs), or '\(field): false' (or no line) for separate packs only",
                at: node)
            return false
        }
    }

    /// `language:`, the `lang` code of the main language's pages: `en-GB` unless given, or `cy` in a
    /// site whose `languages` puts Welsh first. A code of the other language is a warning (the
    /// pages would tell screen readers the wrong language), and the main language's code is used.
    private static func readLanguage(_ fields: inout Fields, main: Language) -> String {
        let fallback = main == .en ? "en-GB" : main.rawValue
        guard let language = fields.string("language", required: false) else { return fallback }
        if let code = Language(code: language), code != main, let node = fields.node("language") {
            fields.warning(
                "'language: \(language)' is \(code.englishName), but 'languages' makes \(main.englishName) the main language, "
                    + "whose pages are at the top of the site: they are marked '\(fallback)'; write 'language: \(fallback)' or remove the line",
                at: node)
            return fallback
        }
        return language
    }

    private static func readBoards(_ fields: inout Fields, languages: [Language]) -> [Site.Board]? {
        guard let node = fields.node("boards"), case let .sequence(list) = node, !list.isEmpty else {
            if let node = fields.node("boards") {
                fields.error("'boards' must be a list of boards, each with 'id' and 'name'", at: node)
            } else {
                fields.diagnostics.append(.error("site.yaml is missing the required field 'boards'", at: fields.ownerLocation))
            }
            return nil
        }
        var boards: [Site.Board] = []
        var ids: Set<String> = []
        for entry in list {
            guard case let .mapping(mapping) = entry else {
                fields.error("each board needs 'id' and 'name', e.g. '- id: sscb' then '  name: Safer and Stronger Communities Board'", at: entry)
                continue
            }
            var board = Fields(mapping, context: fields.context, owner: "a board")
            let id = board.string("id")
            let names = board.localizedText("name", languages: languages)
            let name = names?.main
            board.warnAboutUnknownFields(known: ["id", "name"])
            fields.diagnostics += board.diagnostics
            guard let id, let name else { continue }
            if !ids.insert(id).inserted {
                fields.error("the board id '\(id)' is used twice", at: mapping["id"] ?? entry)
                continue
            }
            boards.append(Site.Board(id: id, name: name, names: LocalizedText.translated(names)))
        }
        return boards
    }

    private static func readCategories(_ fields: inout Fields) -> [(key: String, label: String)] {
        guard let node = fields.node("categories"), !Fields.isNull(node) else { return [] }
        guard case let .mapping(mapping) = node else {
            fields.error("'categories' must map each category key to its label, e.g. 'hate-crime: Hate crime'", at: node)
            return []
        }
        return mapping.compactMap { key, value in
            guard let key = key.scalar?.string, let label = Fields.scalarText(value) else {
                fields.error("each category is written 'key: Label'", at: value)
                return nil
            }
            return (key, label)
        }
    }
}
