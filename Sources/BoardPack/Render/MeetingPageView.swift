/// The view model of a meeting's page: its details and agenda, linking to each paper and the pack.
public enum MeetingPageView {
    public static func context(
        for meeting: Meeting, papers: [String: PaperListing], site: Site, audience: Audience, pdf: Bool
    ) -> [String: Any] {
        var context = PageContext.base(site: site, depth: 2, confidential: audience == .members)
        let boardName = site.board(meeting.board)?.name ?? meeting.board
        let exclusion = ExclusionResolution.make(
            meeting.items.map { ($0.number, $0.paper.flatMap { papers[$0.value] }?.exempt) }, site: site)
        context["meeting"] = PackView.compact([
            "id": meeting.id,
            "title": "\(boardName), \(meeting.date.long)",
            "boardName": boardName,
            "dateISO": meeting.date.description,
            "dateLong": meeting.date.long,
            "time": meeting.time,
            "venue": meeting.venue,
            "pdf": pdf ? true : nil,
            "items": meeting.items.map { item -> [String: Any] in
                let paper = item.paper.flatMap { papers[$0.value] }
                let exempt = paper?.exempt != nil && audience == .public
                let resolution = item.number == exclusion?.beforeItem ? exclusion?.values : nil
                return PackView.compact([
                    "number": item.number,
                    "title": item.title ?? paper?.title ?? item.paper?.value,
                    "url": paper.map { "../../\($0.path)" },
                    "purpose": exempt ? nil : paper?.purpose.frontSheetText,
                    "exempt": exempt ? paper?.exempt.map { ExemptNoticeView.values($0, site: site) } : nil,
                    "exclusion": resolution,
                    "attachments": item.attachments.isEmpty || exempt ? nil : ["items": item.attachments.enumerated().map { index, attachment in
                        attachmentLink(attachment, index: index, item: item.number, meetingID: meeting.id)
                    }],
                ])
            },
        ])
        return context
    }

    /// A PDF is published beside the meeting's page; Markdown is printed in the pack, after its item.
    static func attachmentLink(_ attachment: Attachment, index: Int, item: Int, meetingID: String) -> [String: Any] {
        if case let .pdf(_, pages) = attachment.content {
            return ["title": attachment.title, "url": attachment.publishedName, "kind": "PDF, \(pages == 1 ? "1 page" : "\(pages) pages")"]
        }
        return ["title": attachment.title, "url": "../../packs/\(meetingID).html#item-\(item)-attachment-\(index + 1)", "kind": "in the meeting pack"]
    }
}
