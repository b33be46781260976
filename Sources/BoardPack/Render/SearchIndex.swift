import Mustache

/// What search needs of every paper: `search.json` for other tools, and the view model of the search
/// page (`search/index.html`), which lists every paper and filters the list in the browser.
public enum SearchIndex {
    /// A JSON array, newest first, one paper a line so that a change to one paper is one line of diff.
    /// `version`: another language's `search.json` (`cy/search.json`): its titles, summaries and
    /// tags where the paper has a version in it, and links to its pages.
    /// `labels`: the main language's, for a main language other than English (a Welsh-first site).
    public static func json(site: Site, papers: [PaperListing], version: OutputLanguage? = nil, labels: Labels? = nil) -> String {
        let version = version.flatMap { $0.language == site.mainLanguage ? nil : $0 }
        let words = version?.labels ?? labels.flatMap { $0.language == .en ? nil : $0 }
        guard !papers.isEmpty else { return "[]\n" }
        // Written straight into one string, one object a line, keys in this order (see `JSONValue`).
        var out = "[\n"
        out.reserveCapacity(papers.count * 400)
        for (index, listed) in PaperListing.sortedNewestFirst(papers).enumerated() {
            let paper = version.flatMap { $0.translated[listed.slug] } ?? listed
            if index > 0 { out += ",\n" }
            field(&out, "{\"title\":", paper.title)
            field(&out, ",\"board\":", boardName(paper, site: site, in: version?.language))
            field(&out, ",\"date\":", paper.date.description)
            // An exempt paper is public only as its title and the notice.
            if let exempt = paper.exempt {
                field(&out, ",\"summary\":", words.map { exempt.mixed(site: site, labels: $0).plain }
                    ?? exempt.plainText(publicInterestLabel: site.wording.publicInterestLabel))
                out += ",\"tags\":[]"
            } else {
                field(&out, ",\"purpose\":", paper.purpose.rawValue)
                field(&out, ",\"summary\":", PaperListing.plainSummary(paper.summary))
                out += ",\"tags\":["
                for (number, tag) in paper.tags.enumerated() {
                    if number > 0 { out += "," }
                    JSONText.append(quoted: tag, to: &out)
                }
                out += "]"
            }
            field(&out, ",\"url\":", version.map { listed.route.version(in: $0.language, site: site).path } ?? listed.path)
            out += "}"
        }
        return out + "\n]\n"
    }

    /// `"key":` (given with its comma and quotes) and the value, quoted.
    private static func field(_ out: inout String, _ key: String, _ value: String) {
        out += key
        JSONText.append(quoted: value, to: &out)
    }

    /// The search page's view model. It is written at `search/index.html`, one folder down.
    /// `version`: another language's search page (`cy/search/index.html`), which lists that
    /// language's titles and links its pages; Pagefind loads the index of the page's `<html lang>`.
    /// `labels`: the main language's, with the project's overrides (another language's come with `version`).
    public static func page(
        site: Site, papers: [PaperListing], audience: Audience = .public, version: OutputLanguage? = nil, labels: Labels = .english
    ) -> SearchPageView {
        // A Welsh-first site's own list is in its labels' words, every paper in its own language.
        let main = site.mainLanguage == .en ? nil : version.map { OutputLanguage($0.language, translated: Self.bySlug(papers), labels: $0.labels) }
        return SearchPageView(
            site: site, papers: papers, audience: audience, version: version.flatMap { $0.language == site.mainLanguage ? main : $0 }, labels: labels)
    }

    private static func bySlug(_ papers: [PaperListing]) -> [String: PaperListing] {
        Dictionary(papers.map { ($0.slug, $0) }) { first, _ in first }
    }

    /// A purpose as the search page's filter names it: "Discussion", "I'w drafod". Paper pages give
    /// Pagefind the same words, so a choice finds its papers.
    static func filterName(_ purpose: Purpose, labels: Labels = .english) -> String {
        switch purpose {
        case .discussion: labels["search.filter.discussion"]
        case .decision: labels["search.filter.decision"]
        case .information: labels["search.filter.information"]
        case .noting: labels["search.filter.noting"]
        }
    }

    /// "1 paper", "12 papers": the same words the page's script writes as the list is filtered.
    static func count(_ number: Int, labels: Labels = .english) -> String {
        number == 1 ? labels["search.papers_one"] : labels.text("search.papers_other", ["count": String(number)])
    }

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
    var labels: Labels

    /// The choices are the values paper pages give Pagefind, made here rather than asked of
    /// Pagefind, which would fetch every filter's index on each visit. An exempt paper's purpose is
    /// not public, so it adds no purpose.
    init(site: Site, papers: [PaperListing], audience: Audience, version: OutputLanguage? = nil, labels: Labels = .english) {
        let labels = version?.labels ?? labels
        self.labels = labels
        let route = version.map { Route.search.version(in: $0.language, site: site) } ?? .search
        base = PageBase(site: site, depth: route.depth, confidential: audience == .members)
        if let language = version?.language {
            base.site = PageBase.SiteNames(title: site.title(in: language), organisation: site.organisation(in: language), language: language.rawValue)
        }
        self.papers = PaperListing.sortedNewestFirst(papers).map { paper in
            guard let version else { return Entry(paper: paper, site: site) }
            return Entry(paper: version.translated[paper.slug] ?? paper, site: site, page: route, version: version)
        }
        boards = Set(papers.map { SearchIndex.boardName($0, site: site, in: version?.language) }).sorted()
        years = Set(papers.map(\.date.year)).sorted(by: >).map(String.init)
        purposes = Set(papers.filter { $0.exempt == nil }.map(\.purpose)).map { SearchIndex.filterName($0, labels: labels) }.sorted()
    }

    public func child(named name: String) -> Any? {
        switch name {
        case "papers": papers
        case "status": SearchIndex.count(papers.count, labels: labels)
        case let name where name.hasPrefix("script"): SearchScriptWords(labels: labels).child(named: name)
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
                paper.exempt.map { exempt in
                    version.map { exempt.mixed(site: site, labels: $0.labels).plain } ?? exempt.plainText(publicInterestLabel: site.wording.publicInterestLabel)
                } ?? PaperListing.plainSummary(paper.summary)
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
            var purpose = values[5], summary = "<span class=\"search-summary\"\(mainLanguage(version != nil && untranslated))>\(values[6])</span>"
            var tagsLabel = "Tags:"
            if let labels = version?.labels {
                // The words its labels lack (the notice's, "Exempt.", "Tags:"), marked with their language.
                if let exempt = paper.exempt { summary = Self.summaryHTML(exempt.mixed(site: site, labels: labels), page: labels.language, site: site) }
                purpose = paper.exempt == nil ? purpose : labels.html("paper.exempt")
                tagsLabel = labels.html("paper.tags")
            }
            var text = "<li>\n<a href=\"\(values[1])\"\(mainLanguage(untranslated))>\(values[0])</a>\n"
                + "<span class=\"paper-meta\">\(values[2]). <time datetime=\"\(values[4])\">\(values[3])</time>. \(purpose)</span>\n"
                + summary + "\n"
            if let tags { text += "<span class=\"tags\">\(tagsLabel) \(HTMLText.escaped(tags))</span>\n" }
            return text + "</li>"
        }

        /// An exempt paper's summary on a list in `page`'s language: marked as a whole when it is all
        /// in one other language, else run by run. The main language's code is the site's `language:`.
        static func summaryHTML(_ text: MixedText, page: Language, site: Site) -> String {
            let code = { (language: Language) in HTMLText.escaped(language == site.mainLanguage ? site.language : language.rawValue) }
            let languages = text.languages
            if languages.count == 1, let only = languages.first, only != page {
                return "<span class=\"search-summary\" lang=\"\(code(only))\">\(HTMLText.escaped(text.plain))</span>"
            }
            return "<span class=\"search-summary\">" + text.html(in: page, code: code) + "</span>"
        }
    }
}
