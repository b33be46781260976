import Mustache

/// The view model of a meeting's page: its details and agenda, linking to each paper and the pack.
public struct MeetingPageView: PageView {
    var base: PageBase
    var meeting: MeetingView

    public init(
        for meeting: Meeting, papers: [String: PaperListing], site: Site, audience: Audience, pdf: Bool,
        supplementPDF: (Supplement) -> Bool = { _ in false }
    ) {
        base = PageBase(site: site, depth: 2, confidential: audience == .members)
        let boardName = site.boardName(meeting.board)
        let exclusion = ExclusionResolution.make(
            meeting.items.map { ($0.number, $0.paper.flatMap { papers[$0.value] }?.exempt) }, site: site)
        self.meeting = MeetingView(
            meeting: meeting, boardName: boardName, pdf: pdf,
            items: meeting.items.map { item in
                AgendaEntry(item, meeting: meeting, papers: papers, site: site, audience: audience, exclusion: exclusion)
            },
            supplements: meeting.supplements.isEmpty ? nil : Named("items", meeting.supplements.map { supplement in
                SupplementView(supplement: supplement, id: supplement.packID(meeting: meeting.id), pdf: supplementPDF(supplement))
            }))
    }

    public func child(named name: String) -> Any? { name == "meeting" ? meeting : base.child(named: name) }

    struct MeetingView: MustacheParent {
        var meeting: Meeting
        var boardName: String
        var pdf: Bool
        var items: [AgendaEntry]
        var supplements: Named<SupplementView>?

        func child(named name: String) -> Any? {
            switch name {
            case "id": meeting.id
            case "title": "\(boardName), \(meeting.date.long)"
            case "boardName": boardName
            case "dateISO": meeting.date.description
            case "dateLong": meeting.date.long
            case "time": meeting.time
            case "venue": meeting.venue
            case "pdf": pdf ? true : nil
            case "items": items
            case "supplements": supplements
            default: nil
            }
        }
    }

    /// One line of the agenda.
    struct AgendaEntry: MustacheParent {
        var number: Int
        var title: String?
        var urgent: String?
        var toFollow: String?
        var supplementLink: TitleLink?
        var url: String?
        var purpose: String?
        var exempt: ExemptNoticeView?
        var exclusion: ExclusionResolution?
        var attachments: Named<AttachmentLink>?

        init(
            _ item: AgendaItem, meeting: Meeting, papers: [String: PaperListing], site: Site, audience: Audience,
            exclusion: ExclusionResolution?
        ) {
            let issued = item.paper.flatMap { meeting.supplement(issuing: $0.value) }
            // A paper to follow is not linked until a supplement issues it.
            let listing = item.paper.flatMap { papers[$0.value] }
            let paper = item.toFollow && issued == nil ? nil : listing
            // Decided from the paper itself, linked or not: what is attached to it is as exempt as it is.
            let exempt = listing?.exempt != nil && audience == .public
            number = item.number
            urgent = item.urgent
            if item.toFollow {
                toFollow = PackView.toFollowText(issued?.number ?? 0)
                supplementLink = issued.map { supplement in
                    TitleLink(title: supplement.title, url: Route.pack(supplement.packID(meeting: meeting.id)).relative(from: .meeting(meeting.id)))
                }
            }
            title = item.title ?? listing?.title ?? item.paper?.value
            url = paper.map { $0.route.relative(from: .meeting(meeting.id)) }
            purpose = exempt ? nil : paper?.purpose.frontSheetText
            self.exempt = exempt ? listing?.exempt.map { ExemptNoticeView($0, site: site) } : nil
            self.exclusion = item.number == exclusion?.beforeItem ? exclusion : nil
            if !(item.attachments.isEmpty || exempt || item.toFollow) {
                attachments = Named("items", item.attachments.enumerated().map { index, attachment in
                    AttachmentLink(attachment, index: index, item: item.number, meetingID: meeting.id)
                })
            }
        }

        func child(named name: String) -> Any? {
            switch name {
            case "urgent": urgent
            case "toFollow": toFollow
            case "supplementLink": supplementLink
            case "number": number
            case "title": title
            case "url": url
            case "purpose": purpose
            case "exempt": exempt
            case "exclusion": exclusion
            case "attachments": attachments
            default: nil
            }
        }
    }

    /// A PDF is published beside the meeting's page; Markdown is printed in the pack, after its item.
    struct AttachmentLink: MustacheParent {
        var title: String
        var url: String
        var kind: String

        init(_ attachment: Attachment, index: Int, item: Int, meetingID: String) {
            title = attachment.title
            if case let .pdf(_, pages) = attachment.content {
                url = attachment.publishedName
                kind = "PDF, \(pages == 1 ? "1 page" : "\(pages) pages")"
            } else {
                url = Route.pack(meetingID).relative(from: .meeting(meetingID)) + "#item-\(item)-attachment-\(index + 1)"
                kind = "in the meeting pack"
            }
        }

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "url": url
            case "kind": kind
            default: nil
            }
        }
    }

    struct SupplementView: MustacheParent {
        var supplement: Supplement
        var id: String
        var pdf: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "id": id
            case "title": supplement.title
            case "pdf": pdf
            case "date": supplement.published.value.long
            case "dateISO": supplement.published.value.description
            // "issued {date}" with the date marked up: the label's placeholder.
            case "dateHTML":
                "<time datetime=\"\(supplement.published.value.description)\">\(HTMLText.escaped(supplement.published.value.long))</time>"
            default: nil
            }
        }
    }
}

/// The agenda entry of the resolution to exclude the press and public, given to the item it stands before.
extension ExclusionResolution: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "resolution": resolution
        default: nil
        }
    }
}
