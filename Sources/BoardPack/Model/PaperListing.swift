/// What lists of papers need to know about a paper (the front page, feeds, search, sitemap),
/// without its body: small enough to keep for every paper between builds.
public struct PaperListing: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var board: String
    public var date: CalendarDate
    public var purpose: Purpose
    /// The summary as written (Markdown, usually plain sentences).
    public var summary: String
    public var tags: [String]
    public var exempt: Exemption?

    public init(
        slug: String, title: String, board: String, date: CalendarDate, purpose: Purpose, summary: String,
        tags: [String], exempt: Exemption?
    ) {
        self.slug = slug
        self.title = title
        self.board = board
        self.date = date
        self.purpose = purpose
        self.summary = summary
        self.tags = tags
        self.exempt = exempt
    }

    /// The paper's page.
    public var route: Route { .paper(slug) }

    /// The page's path inside the site.
    public var path: String { route.path }

    /// Newest first; papers of the same day by title, then slug, so that no list's order depends
    /// on the order of files on disk. Every list of papers (front page, feed, search, packs) uses it.
    public static func newestFirst(_ a: PaperListing, _ b: PaperListing) -> Bool {
        if a.date != b.date { return a.date > b.date }
        if a.title != b.title { return a.title < b.title }
        return a.slug < b.slug
    }
}

extension Paper {
    public var listing: PaperListing {
        PaperListing(
            slug: slug, title: front.title, board: front.board, date: front.date, purpose: front.purpose,
            summary: front.summary, tags: front.tags, exempt: front.exempt)
    }
}
