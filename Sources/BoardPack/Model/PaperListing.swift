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

    /// The page's path inside the site.
    public var path: String { "papers/\(slug)/index.html" }
}

extension Paper {
    public var listing: PaperListing {
        PaperListing(
            slug: slug, title: front.title, board: front.board, date: front.date, purpose: front.purpose,
            summary: front.summary, tags: front.tags, exempt: front.exempt)
    }
}
