import Mustache

/// What search needs of every paper: `search.json` for other tools, and the view model of the search
/// page (`search/index.html`), which lists every paper and filters the list in the browser.
public enum SearchIndex {
    /// A JSON array, newest first, one paper a line so that a change to one paper is one line of diff.
    public static func json(site: Site, papers: [PaperListing]) -> String {
        let objects = papers.sorted(by: PaperListing.newestFirst).map { paper -> JSONValue in
            var fields: [(key: String, value: JSONValue)] = [
                ("title", .string(paper.title)),
                ("board", .string(boardName(paper, site: site))),
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
            fields.append(("url", .string(paper.path)))
            return .object(fields)
        }
        return JSONValue.array(objects, objects.isEmpty ? .inline : .block).text + "\n"
    }

    /// The search page's view model. It is written at `search/index.html`, one folder down.
    public static func page(site: Site, papers: [PaperListing], audience: Audience = .public) -> SearchPageView {
        SearchPageView(site: site, papers: papers, audience: audience)
    }

    /// A purpose as the search page's filter names it: "Discussion".
    static func filterName(_ purpose: Purpose) -> String { purpose.rawValue.capitalized }

    /// "1 paper", "12 papers": the same words the page's script writes as the list is filtered.
    static func count(_ number: Int) -> String { number == 1 ? "1 paper" : "\(number) papers" }

    static func boardName(_ paper: PaperListing, site: Site) -> String { site.boardName(paper.board) }
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
    init(site: Site, papers: [PaperListing], audience: Audience) {
        base = PageBase(site: site, depth: 1, confidential: audience == .members)
        self.papers = papers.sorted(by: PaperListing.newestFirst).map { Entry(paper: $0, site: site) }
        boards = Set(papers.map { SearchIndex.boardName($0, site: site) }).sorted()
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

        func child(named name: String) -> Any? {
            switch name {
            case "title": paper.title
            case "url": paper.route.relative(from: .search)
            case "board": SearchIndex.boardName(paper, site: site)
            case "dateLong": paper.date.long
            case "dateISO": paper.date.description
            case "purpose": paper.exempt == nil ? paper.purpose.frontSheetText : "Exempt."
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
            var text = "<li>\n<a href=\"\(values[1])\">\(values[0])</a>\n"
                + "<span class=\"paper-meta\">\(values[2]). <time datetime=\"\(values[4])\">\(values[3])</time>. \(values[5])</span>\n"
                + "<span class=\"search-summary\">\(values[6])</span>\n"
            if let tags { text += "<span class=\"tags\">Tags: \(HTMLText.escaped(tags))</span>\n" }
            return text + "</li>"
        }
    }
}
