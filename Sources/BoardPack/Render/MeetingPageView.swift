import Mustache

/// The view model of a meeting's page: its details and agenda, linking to each paper and the pack.
public struct MeetingPageView: PageView {
    var base: PageBase
    var meeting: MeetingView

    public init(
        for meeting: Meeting, papers: [String: PaperListing], site: Site, audience: Audience, pdf: Bool,
        supplementPDF: (Supplement) -> Bool = { _ in false }, language: Language = .en, labels: Labels = .english,
        bilingualPDF: (String) -> Bool = { _ in false }, untranslated: Set<String> = []
    ) {
        base = PageBase(site: site, depth: 2, confidential: audience == .members)
        let meeting = meeting.localized(language, main: site.mainLanguage)
        let boardName = site.boardName(meeting.board)
        let exclusion = ExclusionResolution.make(
            meeting.items.map { ($0.number, $0.paper.flatMap { papers[$0.value] }?.exempt) }, site: site)
        let page = Route(.meeting(id: meeting.id), language: language, main: site.mainLanguage)
        self.meeting = MeetingView(
            meeting: meeting, boardName: boardName, pdf: pdf, language: language,
            bilingual: site.bilingualPacks, bilingualPDF: site.bilingualPacks && bilingualPDF(meeting.id),
            items: meeting.items.map { item in
                var entry = AgendaEntry(
                    item, meeting: meeting, papers: papers, site: site, audience: audience, exclusion: exclusion, page: page, labels: labels)
                // A paper with no version in the page's language is named by its main-language title, marked so.
                if item.title == nil, let slug = item.paper?.value, untranslated.contains(slug) {
                    entry.titleLang = site.languageCode(site.mainLanguage)
                }
                return entry
            },
            supplements: meeting.supplements.isEmpty ? nil : Named("items", meeting.supplements.map { supplement in
                SupplementView(
                    supplement: supplement, id: supplement.packID(meeting: meeting.id), pdf: supplementPDF(supplement), language: language,
                    labels: labels, bilingualPDF: site.bilingualPacks && bilingualPDF(supplement.packID(meeting: meeting.id)))
            }))
    }

    public func child(named name: String) -> Any? { name == "meeting" ? meeting : base.child(named: name) }

    struct MeetingView: MustacheParent {
        var meeting: Meeting
        var boardName: String
        var pdf: Bool
        var language: Language
        /// Whether the site makes bilingual packs, and whether this one's PDF is linked.
        var bilingual: Bool
        var bilingualPDF: Bool
        var items: [AgendaEntry]
        var supplements: Named<SupplementView>?

        func child(named name: String) -> Any? {
            switch name {
            case "id": meeting.id
            case "title": "\(boardName), \(DateText.long(meeting.date, in: language))"
            case "boardName": boardName
            case "dateISO": meeting.date.description
            case "dateLong": DateText.long(meeting.date, in: language)
            case "time": meeting.time.map { DateText.time($0, in: language) }
            case "venue": meeting.venue
            case "pdf": pdf ? true : nil
            case "bilingual": bilingual ? true : nil
            case "bilingualPDF": bilingualPDF ? true : nil
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
        /// `toFollow`'s `lang` when the page's language borrows its words from the main language.
        var toFollowLang: String?
        var supplementLink: TitleLink?
        var url: String?
        var purpose: String?
        var exempt: ExemptNoticeView?
        var exclusion: ExclusionResolution?
        /// On a page in another language: the item's `lang` while its title is English, else the
        /// resolution's (the council's or the Act's English words; see `ExclusionResolution.shown`).
        var exclusionLang: String?
        var exclusionResolutionLang: String?
        var attachments: Named<AttachmentLink>?
        /// The title's `lang` where it is a paper's main-language title on another language's page.
        var titleLang: String?

        init(
            _ item: AgendaItem, meeting: Meeting, papers: [String: PaperListing], site: Site, audience: Audience,
            exclusion: ExclusionResolution?, page: Route, labels: Labels
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
                toFollow = labels.language == .en
                    ? PackView.toFollowText(issued?.number ?? 0)
                    : issued.map { labels.text("agenda.to_follow_issued", ["number": String($0.number)]) } ?? labels["agenda.to_follow"]
                let key = issued == nil ? "agenda.to_follow" : "agenda.to_follow_issued"
                toFollowLang = labels.lang(key)
                supplementLink = issued.map { supplement in
                    TitleLink(
                        title: labels.text("agenda.supplement", ["number": String(supplement.number)]),
                        url: Route.pack(supplement.packID(meeting: meeting.id)).within(page).relative(from: page))
                }
            }
            title = item.title ?? listing?.title ?? item.paper?.value
            url = paper.map { $0.route.within(page).relative(from: page) }
            purpose = exempt ? nil : paper.map { labels["purpose.\($0.purpose.rawValue)"] }
            self.exempt = exempt ? listing?.exempt.map { ExemptNoticeView($0, site: site, labels: labels) } : nil
            if let exclusion, item.number == exclusion.beforeItem {
                (self.exclusion, exclusionLang, exclusionResolutionLang) = exclusion.shown(in: labels, site: site)
            }
            if !(item.attachments.isEmpty || exempt || item.toFollow) {
                attachments = Named("items", item.attachments.enumerated().map { index, attachment in
                    AttachmentLink(attachment, index: index, item: item.number, page: page, labels: labels)
                })
            }
        }

        func child(named name: String) -> Any? {
            switch name {
            case "urgent": urgent
            case "toFollow": toFollow
            case "toFollowLang": toFollowLang
            case "supplementLink": supplementLink
            case "number": number
            case "title": title
            case "titleLang": titleLang
            case "url": url
            case "purpose": purpose
            case "exempt": exempt
            case "exclusion": exclusion
            case "exclusionLang": exclusionLang
            case "exclusionResolutionLang": exclusionResolutionLang
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

        init(_ attachment: Attachment, index: Int, item: Int, page: Route, labels: Labels) {
            title = attachment.title
            guard case .meeting(let meetingID) = page.kind else {
                url = ""
                kind = ""
                return
            }
            if case let .pdf(_, pages) = attachment.content {
                url = Route.meetingFile(meetingID, attachment.publishedName).relative(from: page)
                let count = pages == 1 ? labels["attachment.pages_one"] : labels.text("attachment.pages_other", ["count": String(pages)])
                kind = labels.text("meeting.attachment_pdf", ["pages": count])
            } else {
                url = Route.pack(meetingID).within(page).relative(from: page) + "#item-\(item)-attachment-\(index + 1)"
                kind = labels["meeting.attachment_in_pack"]
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
        var language: Language
        var labels: Labels
        /// Whether the supplement's bilingual pack has a PDF linked (false, not nil: never the meeting's).
        var bilingualPDF = false

        func child(named name: String) -> Any? {
            switch name {
            case "id": id
            case "bilingualPDF": bilingualPDF
            case "title": labels.text("agenda.supplement", ["number": String(supplement.number)])
            case "pdf": pdf
            case "date": DateText.long(supplement.published.value, in: language)
            case "dateISO": supplement.published.value.description
            // "issued {date}" with the date marked up: the label's placeholder.
            case "dateHTML":
                "<time datetime=\"\(supplement.published.value.description)\">\(HTMLText.escaped(DateText.long(supplement.published.value, in: language)))</time>"
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
