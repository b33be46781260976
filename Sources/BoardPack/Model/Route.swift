import Foundation

/// The address of one output of a build: where its file goes (`path`), how pages link to it
/// (`relative(from:)`), the address lists outside the site use (`absolute(base:)`), and back from a
/// written path to what it is (`init?(path:)`). Every stage names outputs by a Route, so a new kind
/// of output, or a new language, is one more case here rather than a string in every stage.
public struct Route: Sendable, Hashable {
    /// What the output is.
    public enum Kind: Sendable, Hashable {
        /// The front page, `index.html`.
        case home
        /// A paper's page, `papers/<slug>/index.html`.
        case paper(slug: String)
        /// A paper printed on its own, `papers/<slug>.pdf`.
        case paperPDF(slug: String)
        /// A file a paper's page uses (an image), `papers/<slug>/<name>`.
        case paperFile(slug: String, name: String)
        /// A meeting's page, `meetings/<id>/index.html`.
        case meeting(id: String)
        /// A meeting's attachment, `meetings/<id>/<name>`.
        case meetingFile(id: String, name: String)
        /// A meeting or briefing pack, `packs/<id>.html`.
        case pack(id: String)
        /// A pack printed, `packs/<id>.pdf`.
        case packPDF(id: String)
        /// A pack as one bilingual document, the Welsh pack then the English one: `packs/<id>.cy-en.html`.
        case bilingualPack(id: String)
        /// The bilingual pack printed, `packs/<id>.cy-en.pdf`.
        case bilingualPackPDF(id: String)
        /// A dataset's download, `data/<id>.csv`, `.json` or `.records.csv`.
        case data(id: String, format: DataFormat)
        /// The Atom feed, `feed.xml`.
        case feed
        /// `sitemap.xml`.
        case sitemap
        /// The search page, `search/index.html`.
        case search
        /// Every paper for other tools, `search.json`.
        case searchIndex
        /// Every meeting as iCalendar, `meetings.ics`.
        case calendar
        /// One board's meetings as iCalendar, `meetings/<board>.ics`.
        case boardCalendar(board: String)
        /// A stylesheet or script from the templates, `assets/<name>`.
        case asset(name: String)
    }

    /// The downloads made of each dataset.
    public enum DataFormat: String, Sendable, Hashable, CaseIterable {
        /// The published summary as a table, `data/<id>.csv`.
        case csv
        /// The published summary, `data/<id>.json`.
        case json
        /// Every record, one a row (members' builds), `data/<id>.records.csv`.
        case records

        var fileExtension: String {
            switch self {
            case .csv: "csv"
            case .json: "json"
            case .records: "records.csv"
            }
        }
    }

    /// Which language's version this is (issue 13): the site's main language makes today's paths;
    /// another language's pages go under its code (`cy/papers/<slug>/index.html`), its packs beside
    /// the main ones (`packs/<id>.cy.html`). Outputs every language shares (images, attachments,
    /// data, assets, the sitemap) have the main language whatever is asked.
    public var language: Language
    /// The site's main language, whose outputs are where they have always been.
    public var mainLanguage: Language

    public var kind: Kind

    public init(_ kind: Kind, language: Language? = nil, main: Language = .en) {
        self.kind = kind
        mainLanguage = main
        self.language = Self.shared(kind) ? main : language ?? main
    }

    /// Whether the output is one file for every language.
    private static func shared(_ kind: Kind) -> Bool {
        switch kind {
        case .paperFile, .meetingFile, .data, .asset, .sitemap, .bilingualPack, .bilingualPackPDF: true
        default: false
        }
    }

    /// Whether this is the main language's version.
    public var isMain: Bool { language == mainLanguage }

    /// The same output in `language`: a page's link to its other version.
    public func alternate(_ language: Language) -> Route { Route(kind, language: language, main: mainLanguage) }

    /// This output in the language of `page`, for links between pages of one language.
    public func within(_ page: Route) -> Route { Route(kind, language: page.language, main: page.mainLanguage) }

    public static let home = Route(.home)
    public static let feed = Route(.feed)
    public static let sitemap = Route(.sitemap)
    public static let search = Route(.search)
    public static let searchIndex = Route(.searchIndex)
    public static let calendar = Route(.calendar)
    public static func paper(_ slug: String) -> Route { Route(.paper(slug: slug)) }
    public static func paperPDF(_ slug: String) -> Route { Route(.paperPDF(slug: slug)) }
    public static func paperFile(_ slug: String, _ name: String) -> Route { Route(.paperFile(slug: slug, name: name)) }
    public static func meeting(_ id: String) -> Route { Route(.meeting(id: id)) }
    public static func meetingFile(_ id: String, _ name: String) -> Route { Route(.meetingFile(id: id, name: name)) }
    public static func pack(_ id: String) -> Route { Route(.pack(id: id)) }
    public static func packPDF(_ id: String) -> Route { Route(.packPDF(id: id)) }
    public static func bilingualPack(_ id: String) -> Route { Route(.bilingualPack(id: id)) }
    public static func bilingualPackPDF(_ id: String) -> Route { Route(.bilingualPackPDF(id: id)) }
    public static func data(_ id: String, _ format: DataFormat) -> Route { Route(.data(id: id, format: format)) }
    public static func boardCalendar(_ board: String) -> Route { Route(.boardCalendar(board: board)) }
    public static func asset(_ name: String) -> Route { Route(.asset(name: name)) }

    /// The file's path inside the output folder, e.g. `papers/budget/index.html`.
    public var path: String { localised(mainPath) }

    /// The address links and lists use: a page's folder where the page is its folder's
    /// `index.html` (`papers/budget/`, `search/`, and "" for the front page), else the path.
    public var url: String {
        let path = path
        if path == "index.html" { return "" }
        if path.hasSuffix("/index.html") { return String(path.dropLast("index.html".count)) }
        return path
    }

    /// The pretty address with the site's base in front and the path percent-encoded, as feeds,
    /// the sitemap and calendars need (`https://example.org/board/papers/budget/`).
    public func absolute(base: String) -> String {
        let base = base.hasSuffix("/") ? base : base + "/"
        let url = url
        return base + (url.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? url)
    }

    /// The file's path as a link from the page at `page`: up from `page`'s folder to the folder
    /// both share, then down (`../../meetings/m/index.html` from a paper's page, `../b/index.html`
    /// from one paper's page to another's). Relative, so a site works from a sub-folder and from disk.
    public func relative(from page: Route) -> String {
        var from = page.path.split(separator: "/", omittingEmptySubsequences: false).dropLast()[...]
        var to = path.split(separator: "/", omittingEmptySubsequences: false)[...]
        while let folder = from.first, to.count > 1, to.first == folder {
            from = from.dropFirst()
            to = to.dropFirst()
        }
        return String(repeating: "../", count: from.count) + to.joined(separator: "/")
    }

    /// How many folders down the file is: a page's way back to the site's root is this many `../`.
    public var depth: Int { path.reduce(0) { $1 == "/" ? $0 + 1 : $0 } }

    /// The path of the main language's version.
    private var mainPath: String {
        switch kind {
        case .home: "index.html"
        case .paper(let slug): "\(Self.papersFolder)/\(slug)/index.html"
        case .paperPDF(let slug): "\(Self.papersFolder)/\(slug).pdf"
        case .paperFile(let slug, let name): "\(Self.papersFolder)/\(slug)/\(name)"
        case .meeting(let id): "\(Self.meetingsFolder)/\(id)/index.html"
        case .meetingFile(let id, let name): "\(Self.meetingsFolder)/\(id)/\(name)"
        case .pack(let id): "\(Self.packsFolder)/\(id).html"
        case .packPDF(let id): "\(Self.packsFolder)/\(id).pdf"
        case .bilingualPack(let id): "\(Self.packsFolder)/\(id).\(Self.bilingualSuffix).html"
        case .bilingualPackPDF(let id): "\(Self.packsFolder)/\(id).\(Self.bilingualSuffix).pdf"
        case .data(let id, let format): "\(Self.dataFolder)/\(id).\(format.fileExtension)"
        case .feed: "feed.xml"
        case .sitemap: "sitemap.xml"
        case .search: "\(Self.searchFolder)/index.html"
        case .searchIndex: "search.json"
        case .calendar: "meetings.ics"
        case .boardCalendar(let board): "\(Self.meetingsFolder)/\(board).ics"
        case .asset(let name): "\(Self.assetsFolder)/\(name)"
        }
    }

    /// Where this language's version of `mainPath` goes: the one place a language changes addresses.
    private func localised(_ mainPath: String) -> String {
        if isMain { return mainPath }
        switch kind {
        case .pack(let id): return "\(Self.packsFolder)/\(id).\(language.rawValue).html"
        case .packPDF(let id): return "\(Self.packsFolder)/\(id).\(language.rawValue).pdf"
        default: return language.rawValue + "/" + mainPath
        }
    }

    /// What a path in the output folder is, or nil for a file no build writes (`pagefind/…`, a
    /// stray file). The inverse of `path`: `Route(path: route.path) == route`. Cheap enough to ask
    /// of every output of a large site.
    public init?(path: String) {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false)[...]
        var language: Language?
        if parts.count > 1, let first = parts.first, let code = Language(rawValue: String(first)) {
            language = code
            parts = parts.dropFirst()
        }
        guard let first = parts.first, !parts.contains(where: \.isEmpty), var kind = Self.kind(first, parts.dropFirst()) else {
            return nil
        }
        if language == nil {
            // `packs/<id>.cy.html`: another language's pack.
            for code in Language.allCases {
                let suffix = "." + code.rawValue
                switch kind {
                case .pack(let id) where id.hasSuffix(suffix) && id.count > suffix.count:
                    kind = .pack(id: String(id.dropLast(suffix.count)))
                case .packPDF(let id) where id.hasSuffix(suffix) && id.count > suffix.count:
                    kind = .packPDF(id: String(id.dropLast(suffix.count)))
                default: continue
                }
                language = code
            }
        }
        // Two languages: the one a path names is not the main one.
        guard let language else {
            self.init(kind)
            return
        }
        if Self.shared(kind) { return nil }
        self.init(kind, language: language, main: Language.allCases.first { $0 != language } ?? .en)
    }

    private static func kind(_ folder: Substring, _ rest: ArraySlice<Substring>) -> Kind? {
        if folder == Self.assetsFolder { return rest.isEmpty ? nil : .asset(name: rest.joined(separator: "/")) }
        let folder = String(folder)
        guard let name = rest.last else { return topLevel[folder] }
        switch (folder, rest.count) {
        case (Self.searchFolder, 1): return name == "index.html" ? .search : nil
        case (Self.papersFolder, 1): return stem(name, ".pdf").map { .paperPDF(slug: $0) }
        case (Self.meetingsFolder, 1): return stem(name, ".ics").map { .boardCalendar(board: $0) }
        case (Self.packsFolder, 1):
            if let id = stem(name, ".\(bilingualSuffix).html") { return .bilingualPack(id: id) }
            if let id = stem(name, ".\(bilingualSuffix).pdf") { return .bilingualPackPDF(id: id) }
            if let id = stem(name, ".html") { return .pack(id: id) }
            return stem(name, ".pdf").map { .packPDF(id: $0) }
        case (Self.dataFolder, 1):
            for format in [DataFormat.records, .csv, .json] {
                if let id = stem(name, "." + format.fileExtension) { return .data(id: id, format: format) }
            }
            return nil
        case (Self.papersFolder, 2):
            let slug = String(rest[rest.startIndex])
            return name == "index.html" ? .paper(slug: slug) : .paperFile(slug: slug, name: String(name))
        case (Self.meetingsFolder, 2):
            let id = String(rest[rest.startIndex])
            return name == "index.html" ? .meeting(id: id) : .meetingFile(id: id, name: String(name))
        default: return nil
        }
    }

    /// The outputs at the top of the site.
    private static let topLevel: [String: Kind] = [
        "index.html": .home, "feed.xml": .feed, "sitemap.xml": .sitemap, "search.json": .searchIndex, "meetings.ics": .calendar,
    ]

    /// The site's folders, for stages that list one on disk.
    static let papersFolder = "papers"
    static let meetingsFolder = "meetings"
    static let packsFolder = "packs"
    static let dataFolder = "data"
    static let searchFolder = "search"
    static let assetsFolder = "assets"
    /// What names a bilingual pack: the Welsh first, then the English.
    static let bilingualSuffix = "cy-en"

    /// `name` without `suffix`, if it ends so and something is left.
    private static func stem(_ name: Substring, _ suffix: String) -> String? {
        guard name.hasSuffix(suffix), name.utf8.count > suffix.utf8.count else { return nil }
        return String(name.dropLast(suffix.count))
    }
}

extension Site {
    /// The absolute address of an output, for what is read away from the site (feed, sitemap,
    /// calendar). Slugs are file names, so they may hold characters a URL must escape.
    func link(to route: Route) -> String { route.absolute(base: baseURL) }
}
