/// The view model of a meeting's page: its details and agenda, linking to each paper and the pack.
public enum MeetingPageView {
    public static func context(for pack: Pack, meeting: Meeting, site: Site, audience: Audience, pdf: Bool) -> [String: Any] {
        var context = PageContext.base(site: site, depth: 2, confidential: false)
        let boardName = pack.boardName ?? meeting.board
        context["meeting"] = PackView.compact([
            "id": meeting.id,
            "title": "\(boardName), \(meeting.date.long)",
            "boardName": boardName,
            "dateISO": meeting.date.description,
            "dateLong": meeting.date.long,
            "time": meeting.time,
            "venue": meeting.venue,
            "pdf": pdf ? true : nil,
            "items": pack.items.map { item -> [String: Any] in
                let exempt = item.paper?.front.exempt != nil && audience == .public
                return PackView.compact([
                    "number": item.number,
                    "title": item.title,
                    "url": item.paper.map { "../../papers/\($0.slug)/index.html" },
                    "purpose": exempt ? nil : item.paper?.front.purpose.frontSheetText,
                    "exempt": exempt ? true : nil,
                ])
            },
        ])
        return context
    }
}
