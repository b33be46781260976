/// The site's front page: each board in site.yaml's order, with its meetings and papers newest
/// first, then the briefing packs.
public struct SiteIndex: Sendable {
    public struct BoardEntries: Sendable {
        public var board: Site.Board
        public var meetings: [Meeting]
        public var papers: [PaperListing]
    }

    public var boards: [BoardEntries]
    public var briefingPacks: [BriefingPackSpec]

    public init(site: Site, papers: [PaperListing], meetings: [Meeting] = [], briefingPacks: [BriefingPackSpec] = []) {
        let byBoard = Dictionary(grouping: papers.indices, by: { papers[$0].board })
        let meetingsByBoard = Dictionary(grouping: meetings, by: \.board)
        boards = site.boards.compactMap { board in
            let list = byBoard[board.id] ?? []
            let boardMeetings = (meetingsByBoard[board.id] ?? []).sorted { ($0.date, $1.id) > ($1.date, $0.id) }
            guard !list.isEmpty || !boardMeetings.isEmpty else { return nil }
            let order = list.sorted { PaperListing.newestFirst(papers[$0], papers[$1]) }
            return BoardEntries(board: board, meetings: boardMeetings, papers: order.map { papers[$0] })
        }
        self.briefingPacks = briefingPacks.sorted { $0.title < $1.title }
    }
}
