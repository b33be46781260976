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
    public static func pageContext(site: Site, papers: [PaperListing]) -> [String: Any] {
        var context = PageContext.base(site: site, depth: 1, confidential: false)
        let items = papers.sorted(by: PaperListing.newestFirst).map { item($0, site: site) }
        context["papers"] = items
        context["status"] = count(items.count)
        context.merge(filterChoices(site: site, papers: papers)) { $1 }
        return context
    }

    /// The choices of the full-text search's filters, the values paper pages give Pagefind. Made
    /// here rather than asked of Pagefind, which would fetch every filter's index on each visit.
    /// An exempt paper's purpose is not public, so it adds no purpose.
    static func filterChoices(site: Site, papers: [PaperListing]) -> [String: Any] {
        let boards = Set(papers.map { boardName($0, site: site) }).sorted()
        let years = Set(papers.map(\.date.year)).sorted(by: >).map(String.init)
        let purposes = Set(papers.filter { $0.exempt == nil }.map(\.purpose)).map(filterName).sorted()
        return ["boards": boards, "years": years, "purposes": purposes]
    }

    /// A purpose as the search page's filter names it: "Discussion".
    static func filterName(_ purpose: Purpose) -> String { purpose.rawValue.capitalized }

    private static func item(_ paper: PaperListing, site: Site) -> [String: Any] {
        let board = boardName(paper, site: site)
        let purpose = paper.exempt == nil ? paper.purpose.frontSheetText : "Exempt."
        let summary = paper.exempt?.plainText(publicInterestLabel: site.wording.publicInterestLabel)
            ?? PaperListing.plainSummary(paper.summary)
        let tags = paper.exempt == nil ? paper.tags : []
        return PackView.compact([
            "title": paper.title,
            "url": paper.route.relative(from: .search),
            "board": board,
            "dateLong": paper.date.long,
            "dateISO": paper.date.description,
            "purpose": purpose,
            "summary": summary,
            "tags": tags.isEmpty ? nil : tags.joined(separator: ", "),
        ])
    }

    /// "1 paper", "12 papers": the same words the page's script writes as the list is filtered.
    static func count(_ number: Int) -> String { number == 1 ? "1 paper" : "\(number) papers" }

    private static func boardName(_ paper: PaperListing, site: Site) -> String { site.boardName(paper.board) }
}
