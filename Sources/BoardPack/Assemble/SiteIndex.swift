/// The site's front page: each board in site.yaml's order, with its papers newest first.
public struct SiteIndex: Sendable {
    public struct BoardPapers: Sendable {
        public var board: Site.Board
        public var papers: [Paper]
    }

    public var boards: [BoardPapers]

    public init(site: Site, papers: [Paper]) {
        // Sorting positions, not papers: a Paper is a large value and swapping it is costly.
        let byBoard = Dictionary(grouping: papers.indices, by: { papers[$0].front.board })
        boards = site.boards.compactMap { board in
            guard let list = byBoard[board.id], !list.isEmpty else { return nil }
            let order = list.sorted { Self.newestFirst(papers[$0], papers[$1]) }
            return BoardPapers(board: board, papers: order.map { papers[$0] })
        }
    }

    /// Newest first; papers of the same day by title, then slug, so the order never depends on disk order.
    static func newestFirst(_ a: Paper, _ b: Paper) -> Bool {
        if a.front.date != b.front.date { return a.front.date > b.front.date }
        if a.front.title != b.front.title { return a.front.title < b.front.title }
        return a.slug < b.slug
    }
}
