/// The view model of a meeting's page: its details and agenda, linking to each paper and the pack.
public enum MeetingPageView {
    public static func context(
        for meeting: Meeting, papers: [String: PaperListing], site: Site, audience: Audience, pdf: Bool,
        supplementPDF: (Supplement) -> Bool = { _ in false }
    ) -> [String: Any] {
        var context = PageContext.base(site: site, depth: 2, confidential: audience == .members)
        let boardName = site.boardName(meeting.board)
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
                let issued = item.paper.flatMap { meeting.supplement(issuing: $0.value) }
                // A paper to follow is not linked until a supplement issues it.
                let listing = item.paper.flatMap { papers[$0.value] }
                let paper = item.toFollow && issued == nil ? nil : listing
                // Decided from the paper itself, linked or not: what is attached to it is as exempt as it is.
                let exempt = listing?.exempt != nil && audience == .public
                let resolution = item.number == exclusion?.beforeItem ? exclusion?.values : nil
                return PackView.compact([
                    "urgent": item.urgent,
                    "toFollow": item.toFollow ? PackView.toFollowText(issued?.number ?? 0) : nil,
                    "supplementLink": item.toFollow ? issued.map { supplement in
                        ["url": Route.pack(supplement.packID(meeting: meeting.id)).relative(from: .meeting(meeting.id)), "title": supplement.title]
                    } : nil,
                    "number": item.number,
                    "title": item.title ?? listing?.title ?? item.paper?.value,
                    "url": paper.map { $0.route.relative(from: .meeting(meeting.id)) },
                    "purpose": exempt ? nil : paper?.purpose.frontSheetText,
                    "exempt": exempt ? listing?.exempt.map { ExemptNoticeView.values($0, site: site) } : nil,
                    "exclusion": resolution,
                    "attachments": item.attachments.isEmpty || exempt || item.toFollow ? nil : ["items": item.attachments.enumerated().map { index, attachment in
                        attachmentLink(attachment, index: index, item: item.number, meetingID: meeting.id)
                    }],
                ])
            },
            "supplements": meeting.supplements.isEmpty ? nil : ["items": meeting.supplements.map { supplement in
                [
                    "id": supplement.packID(meeting: meeting.id), "title": supplement.title, "pdf": supplementPDF(supplement),
                    "date": supplement.published.value.long, "dateISO": supplement.published.value.description,
                ] as [String: Any]
            }],
        ])
        return context
    }

    /// A PDF is published beside the meeting's page; Markdown is printed in the pack, after its item.
    static func attachmentLink(_ attachment: Attachment, index: Int, item: Int, meetingID: String) -> [String: Any] {
        if case let .pdf(_, pages) = attachment.content {
            return ["title": attachment.title, "url": attachment.publishedName, "kind": "PDF, \(pages == 1 ? "1 page" : "\(pages) pages")"]
        }
        return ["title": attachment.title, "url": Route.pack(meetingID).relative(from: .meeting(meetingID)) + "#item-\(item)-attachment-\(index + 1)", "kind": "in the meeting pack"]
    }
}
