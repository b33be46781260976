import Mustache

/// What search needs of every paper: `search.json` for other tools, and the view model of the search
/// page (`search/index.html`), which lists every paper and filters the list in the browser.
public enum SearchIndex {
    /// A JSON array, newest first, one paper a line so that a change to one paper is one line of diff.
    /// `version`: another language's `search.json` (`cy/search.json`): its titles, summaries and
    /// tags where the paper has a version in it, and links to its pages.
    public static func json(site: Site, papers: [PaperListing], version: OutputLanguage? = nil) -> String {
        let version = version.flatMap { $0.language == site.mainLanguage ? nil : $0 }
        let objects = papers.sorted(by: PaperListing.newestFirst).map { listed -> JSONValue in
            let paper = version.flatMap { $0.translated[listed.slug] } ?? listed
            var fields: [(key: String, value: JSONValue)] = [
                ("title", .string(paper.title)),
                ("board", .string(boardName(paper, site: site, in: version?.language))),
                ("date", .string(paper.date.description)),
            ]
            // An exempt paper is public only as its title and the notice.
            if let exempt = paper.exempt {
                fields += [("summary", .string(exempt.plainText(publicInterestLabel: site.wording.publicInterestLabel))), ("tags", .array([]))]
            } else {
                fields += [
                    ("purpose", .string(paper.purpose.rawValue)),
                    ("summary", .string(PaperListing.plainSummary(paper.summary))),
                    ("tags", .array(paper.tags.map(JSONValue.string))),
                ]
            }
            fields.append(("url", .string(version.map { listed.route.version(in: $0.language, site: site).path } ?? listed.path)))
            return .object(fields)
        }
        return JSONValue.array(objects, objects.isEmpty ? .inline : .block).text + "\n"
    }

    /// The search page's view model. It is written at `search/index.html`, one folder down.
    /// `version`: another language's search page (`cy/search/index.html`), which lists that
    /// language's titles and links its pages; Pagefind loads the index of the page's `<html lang>`.
    public static func page(
        site: Site, papers: [PaperListing], audience: Audience = .public, version: OutputLanguage? = nil
    ) -> SearchPageView {
        // A Welsh-first site's own list is in its labels' words, every paper in its own language.
        let main = site.mainLanguage == .en ? nil : version.map { OutputLanguage($0.language, translated: Self.bySlug(papers), labels: $0.labels) }
        return SearchPageView(
            site: site, papers: papers, audience: audience, version: version.flatMap { $0.language == site.mainLanguage ? main : $0 })
    }

    private static func bySlug(_ papers: [PaperListing]) -> [String: PaperListing] {
        Dictionary(papers.map { ($0.slug, $0) }) { first, _ in first }
    }

    /// A purpose as the search page's filter names it: "Discussion".
    static func filterName(_ purpose: Purpose) -> String { purpose.rawValue.capitalized }

    /// "1 paper", "12 papers": the same words the page's script writes as the list is filtered.
    static func count(_ number: Int) -> String { number == 1 ? "1 paper" : "\(number) papers" }

    static func boardName(_ paper: PaperListing, site: Site, in language: Language? = nil) -> String {
        language.flatMap { site.board(paper.board)?.name(in: $0) } ?? site.boardName(paper.board)
    }
}

/// The search page: every paper, newest first, and the choices of the full-text search's filters.
public struct SearchPageView: PageView {
    var base: PageBase
    var papers: [Entry]
    var boards: [String]
    var years: [String]
    var purposes: [String]

    /// The choices are the values paper pages give Pagefind, made here rather than asked of
    /// Pagefind, which would fetch every filter's index on each visit. An exempt paper's purpose is
    /// not public, so it adds no purpose.
    init(site: Site, papers: [PaperListing], audience: Audience, version: OutputLanguage? = nil) {
        let route = version.map { Route.search.version(in: $0.language, site: site) } ?? .search
        base = PageBase(site: site, depth: route.depth, confidential: audience == .members)
        if let language = version?.language {
            base.site = PageBase.SiteNames(title: site.title(in: language), organisation: site.organisation(in: language), language: language.rawValue)
        }
        self.papers = papers.sorted(by: PaperListing.newestFirst).map { paper in
            guard let version else { return Entry(paper: paper, site: site) }
            return Entry(paper: version.translated[paper.slug] ?? paper, site: site, page: route, version: version)
        }
        boards = Set(papers.map { SearchIndex.boardName($0, site: site, in: version?.language) }).sorted()
        years = Set(papers.map(\.date.year)).sorted(by: >).map(String.init)
        purposes = Set(papers.filter { $0.exempt == nil }.map(\.purpose)).map(SearchIndex.filterName).sorted()
    }

    public func child(named name: String) -> Any? {
        switch name {
        case "papers": papers
        case "status": SearchIndex.count(papers.count)
        case "boards": boards
        case "years": years
        case "purposes": purposes
        default: base.child(named: name)
        }
    }

    struct Entry: MustacheParent {
        var paper: PaperListing
        var site: Site
        /// The search page that lists it, and its language (the main one's: today's page).
        var page: Route = .search
        var version: OutputLanguage?
        var language: Language? { version?.language }

        func child(named name: String) -> Any? {
            switch name {
            case "title": paper.title
            case "url": (language.map { paper.route.version(in: $0, site: site) } ?? paper.route).relative(from: page)
            case "board": SearchIndex.boardName(paper, site: site, in: language)
            case "dateLong": language.map { DateText.long(paper.date, in: $0) } ?? paper.date.long
            case "dateISO": paper.date.description
            case "purpose":
                if let labels = version?.labels {
                    labels[paper.exempt == nil ? "purpose.\(paper.purpose.rawValue)" : "paper.exempt"]
                } else {
                    paper.exempt == nil ? paper.purpose.frontSheetText : "Exempt."
                }
            case "summary":
                paper.exempt?.plainText(publicInterestLabel: site.wording.publicInterestLabel) ?? PaperListing.plainSummary(paper.summary)
            case "tags": tags
            case "html": html
            default: nil
            }
        }

        var tags: String? { paper.exempt != nil || paper.tags.isEmpty ? nil : paper.tags.joined(separator: ", ") }

        /// The entry as the built-in template lists it, escaped once, without its last line break.
        var html: String {
            let values = ["title", "url", "board", "dateLong", "dateISO", "purpose", "summary"].map { HTMLText.escaped(child(named: $0) as? String ?? "") }
            // On another language's page, a paper not yet translated keeps its main-language title
            // and summary, and an exempt paper's notice is the council's wording: marked with `lang`.
            let untranslated = version.map { $0.translated[paper.slug] == nil } ?? false
            let mainLanguage = { (english: Bool) in english ? " lang=\"\(HTMLText.escaped(site.language))\"" : "" }
            var text = "<li>\n<a href=\"\(values[1])\"\(mainLanguage(untranslated))>\(values[0])</a>\n"
                + "<span class=\"paper-meta\">\(values[2]). <time datetime=\"\(values[4])\">\(values[3])</time>. \(values[5])</span>\n"
                + "<span class=\"search-summary\"\(mainLanguage(version != nil && (untranslated || paper.exempt != nil)))>\(values[6])</span>\n"
            if let tags { text += "<span class=\"tags\">\(HTMLText.escaped(version?.labels["paper.tags"] ?? "Tags:")) \(HTMLText.escaped(tags))</span>\n" }
            return text + "</li>"
        }
    }
}
