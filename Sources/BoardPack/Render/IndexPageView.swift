/// The view model of the site's front page.
public enum IndexPageView {
    public static func context(for index: SiteIndex, site: Site, audience: Audience) -> [String: Any] {
        var context = PageContext.base(site: site, depth: 0, confidential: audience == .members)
        context["boards"] = index.boards.map { entry in
            var board: [String: Any] = ["id": entry.board.id, "name": entry.board.name]
            if !entry.meetings.isEmpty {
                board["meetings"] = ["items": entry.meetings.map { meeting in
                    PackView.compact([
                        "title": "\(entry.board.name), \(meeting.date.long)",
                        "url": "meetings/\(meeting.id)/index.html",
                        "packURL": "packs/\(meeting.id).html",
                        "dateISO": meeting.date.description,
                        "dateLong": meeting.date.long,
                        "venue": meeting.venue,
                    ])
                }]
            }
            if !entry.papers.isEmpty {
                board["papers"] = ["items": entry.papers.map { paper in
                    [
                        "title": paper.title,
                        "url": paper.path,
                        "dateISO": paper.date.description,
                        "dateLong": paper.date.long,
                        "purpose": paper.purpose.frontSheetText,
                        "exempt": paper.exempt != nil,
                    ] as [String: Any]
                }]
            }
            return board
        }
        if !index.briefingPacks.isEmpty {
            context["briefingPacks"] = ["items": index.briefingPacks.map { ["title": $0.title, "url": "packs/\($0.id).html"] }]
        }
        return context
    }
}
