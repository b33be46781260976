import Mustache

/// The view model of a printable pack: cover, agenda, contents, each item, and the two appendices.
public struct PackView: MustacheParent {
    var language: String
    var organisation: String
    var siteTitle: String
    var css: String
    var title: String
    var confidential: Bool
    var footer: String
    var items: [ItemView]
    var contents: [ContentsEntry]
    var pointsAppendix: PointsAppendix
    var scopeAppendix: ScopeAppendix
    var kind: String
    var cover: Cover
    var agenda: Named<AgendaEntry>?
    var single = false

    /// `body` gives a paper's body as the pack prints it: assembled, with its incident summaries
    /// and images in place.
    public init(for pack: Pack, site: Site, audience: Audience, css: String, body: (Paper) -> PaperBody) {
        let shown = { (paper: Paper) in audience == .members || paper.front.exempt == nil }
        confidential = audience == .members
        let footer = confidential ? Self.membersFooter : ""
        language = site.language
        organisation = site.organisation
        siteTitle = site.title
        self.css = css
        title = pack.title
        self.footer = footer
        items = pack.items.map { ItemView($0, shown: shown, site: site, footer: footer, packID: pack.id, body: body) }
        contents = pack.items.map { ContentsEntry($0, attachments: $0.paper.map(shown) == false ? [] : Self.attachments($0, meetingID: pack.id)) }
        pointsAppendix = PointsAppendix(pack.items, shown: shown)
        scopeAppendix = ScopeAppendix(pack.items, shown: shown)
        switch pack.kind {
        case let .meeting(meeting):
            kind = "Meeting pack"
            cover = Cover(board: pack.boardName, date: meeting.date, time: meeting.time, venue: meeting.venue)
            let exclusion = ExclusionResolution.make(
                pack.items.map { ($0.number, $0.paper?.front.exempt ?? $0.exemptToFollow) }, site: site)
            agenda = Named("items", pack.items.map { item in
                AgendaEntry(
                    item: item, purpose: item.paper.map { shown($0) ? $0.front.purpose.frontSheetText : "Exempt." },
                    exclusion: exclusion?.beforeItem == item.number ? exclusion : nil)
            })
        case let .briefing(spec):
            kind = "Briefing pack"
            cover = Cover(introHTML: spec.introHTML)
        case let .supplement(meeting, supplement):
            kind = supplement.title
            cover = Cover(board: pack.boardName, date: meeting.date, time: meeting.time, venue: meeting.venue)
            cover.issued = supplement.published.value
        case .paper:
            kind = "Paper"
            single = true
            cover = Cover(board: pack.boardName, date: pack.items.first?.paper?.front.date)
        }
    }

    public func child(named name: String) -> Any? {
        switch name {
        case "language": language
        case "organisation": organisation
        case "siteTitle": siteTitle
        case "css": css
        case "title", "running": title
        case "confidential": confidential
        case "footer": footer
        case "items": items
        case "contents": contents
        case "pointsAppendix": pointsAppendix
        case "scopeAppendix": scopeAppendix
        case "kind": kind
        case "cover": cover
        case "agenda": agenda
        case "single": single ? true : nil
        default: nil
        }
    }

    static func anchor(_ item: PackItem) -> String { "item-\(item.number)" }

    /// The printed pages' running footer in a members' edition; an exempt item's pages say more.
    static let membersFooter = "Confidential: members only"

    /// "To follow", then "To follow: issued in supplementary agenda 1" once a supplement issues it.
    static func toFollowText(_ supplement: Int) -> String {
        supplement > 0 ? "To follow: issued in supplementary agenda \(supplement)" : "To follow"
    }

    struct Cover: MustacheParent {
        var board: String?
        var date: CalendarDate?
        var time: String?
        var venue: String?
        var issued: CalendarDate?
        var introHTML: String?

        func child(named name: String) -> Any? {
            switch name {
            case "board": board
            case "date": date?.long
            case "dateISO": date?.description
            case "time": time
            case "venue": venue
            case "issued": issued?.long
            case "issuedISO": issued?.description
            case "introHTML": introHTML
            default: nil
            }
        }
    }

    /// A line of the pack's agenda.
    struct AgendaEntry: MustacheParent {
        var item: PackItem
        var purpose: String?
        var exclusion: ExclusionResolution?

        func child(named name: String) -> Any? {
            switch name {
            case "number": item.number
            case "title": item.title
            case "anchor": PackView.anchor(item)
            case "purpose": purpose
            case "exclusion": exclusion
            case "urgent": item.urgent
            case "toFollow": item.toFollow.map(PackView.toFollowText)
            default: nil
            }
        }
    }

    /// A line of the contents, with the item's attachments under it.
    struct ContentsEntry: MustacheParent {
        var item: PackItem
        var attachments: [AttachmentView]

        init(_ item: PackItem, attachments: [AttachmentView]) {
            self.item = item
            self.attachments = attachments
        }

        func child(named name: String) -> Any? {
            switch name {
            case "number": item.number
            case "title": item.title
            case "anchor": PackView.anchor(item)
            case "hasPages": item.paper != nil
            case "attachments": attachments
            case "toFollow": item.toFollow.map(PackView.toFollowText)
            default: nil
            }
        }
    }

    /// An item: a procedural one's title, an exempt paper's notice, or the paper's front sheet and body.
    struct ItemView: MustacheParent {
        var item: PackItem
        var footer: String
        var attachments: [AttachmentView]
        var procedural = false
        var exempt: ExemptNoticeView?
        var paper: PaperView?
        var exemptMarking: String?

        init(_ item: PackItem, shown: (Paper) -> Bool, site: Site, footer: String, packID: String, body: (Paper) -> PaperBody) {
            self.item = item
            self.footer = footer
            attachments = PackView.attachments(item, meetingID: packID)
            guard let paper = item.paper else {
                procedural = true
                return
            }
            if let exempt = paper.front.exempt, !shown(paper) {
                self.exempt = ExemptNoticeView(exempt, site: site)
                // What is attached to an exempt paper is as exempt as the paper.
                attachments = []
                return
            }
            var packed = paper
            packed.body = body(paper)
            var values = PaperView(packed, boardName: nil)
            values.frontSheet = FrontSheetView(packed, item: item.number, idPrefix: paper.packPrefix, headingLevel: 3)
            self.paper = values
            if let exempt = paper.front.exempt {
                exemptMarking = "Confidential: members only. " + exempt.notice
                self.footer = "\(membersFooter). Exempt information: paragraph \(exempt.paragraph) of Schedule 12A"
            }
        }

        func child(named name: String) -> Any? {
            switch name {
            case "number": item.number
            case "title": item.title
            case "anchor": PackView.anchor(item)
            case "footer": footer
            case "attachments": attachments
            case "urgent": item.urgent
            case "toFollow": item.toFollow.map(PackView.toFollowText)
            case "procedural": procedural ? true : nil
            case "endAnchor": procedural ? nil : "\(PackView.anchor(item))-end"
            case "exempt": exempt
            case "paper": paper
            case "exemptMarking": exemptMarking
            default: nil
            }
        }
    }

    /// An item's attachments: Markdown printed in full; a PDF linked on screen and, in print, as
    /// many blank pages as it has, which the PDF's own pages replace once printed (`PDFStage`).
    static func attachments(_ item: PackItem, meetingID: String?) -> [AttachmentView] {
        item.attachments.enumerated().compactMap { index, attachment in
            guard let content = attachment.content else { return nil }
            return AttachmentView(
                number: item.number, title: attachment.title, anchor: "\(anchor(item))-attachment-\(index + 1)", content: content,
                href: Route.meetingFile(meetingID ?? "", attachment.publishedName).relative(from: .pack(meetingID ?? "")))
        }
    }

    struct AttachmentView: MustacheParent {
        var number: Int
        var title: String
        var anchor: String
        var content: Attachment.Content
        var href: String

        func child(named name: String) -> Any? {
            switch (name, content) {
            case ("number", _): number
            case ("title", _): title
            case ("anchor", _): anchor
            case let ("html", .markdown(html)): html
            case let ("pdf", .pdf(_, pages)): PDFPages(pages: pages, href: href)
            default: nil
            }
        }
    }

    struct PDFPages: MustacheParent {
        var pages: Int
        var href: String

        func child(named name: String) -> Any? {
            switch name {
            case "pages": pages
            case "pagesText": pages == 1 ? "1 page" : "\(pages) pages"
            case "blankPages": Array(repeating: true, count: max(0, pages - 1))
            case "href": href
            default: nil
            }
        }
    }

    /// Appendix A: every shown paper's discussion points, by item.
    struct PointsAppendix: MustacheParent {
        var groups: [Group]

        init(_ items: [PackItem], shown: (Paper) -> Bool) {
            groups = items.compactMap { item in
                guard let paper = item.paper, shown(paper), !paper.body.discussionPoints.isEmpty else { return nil }
                return Group(
                    item: item,
                    points: DiscussionNumbering.number(paper.body.discussionPoints, item: item.number, idPrefix: paper.packPrefix))
            }
        }

        func child(named name: String) -> Any? {
            switch name {
            case "empty": groups.isEmpty ? true : nil
            case "groups": groups.isEmpty ? nil : groups
            default: nil
            }
        }

        struct Group: MustacheParent {
            var item: PackItem
            var points: [NumberedPoint]

            func child(named name: String) -> Any? {
                switch name {
                case "number": item.number
                case "title": item.title
                case "anchor": PackView.anchor(item)
                case "points": points
                default: nil
                }
            }
        }
    }

    /// Appendix B: the nations each subject of each shown paper covers, beside its Wales section.
    struct ScopeAppendix: MustacheParent {
        var summary: String
        var groups: [Group]

        init(_ items: [PackItem], shown: (Paper) -> Bool) {
            let visible = items.filter { $0.paper.map(shown) ?? false }
            groups = visible.compactMap { item in
                guard let paper = item.paper, !paper.front.scope.isEmpty else { return nil }
                return Group(item: item, paper: paper)
            }
            summary = PackAssembler.scopeSummary(visible)
        }

        func child(named name: String) -> Any? {
            switch name {
            case "summary": summary
            case "groups": groups
            case "nations": Nation.allCases.map(\.name)
            default: nil
            }
        }

        struct Group: MustacheParent {
            var item: PackItem
            var paper: Paper

            func child(named name: String) -> Any? {
                switch name {
                case "number": item.number
                case "title": item.title
                case "rows":
                    // The paper's Wales section stands once, beside all of its subjects.
                    paper.front.scope.enumerated().map { index, entry in
                        Row(entry: entry, walesCell: index == 0 ? WalesCell(rows: paper.front.scope.count, html: walesHTML) : nil)
                    }
                default: nil
                }
            }

            var walesHTML: String {
                paper.body.walesImplications?.html ?? "<p>The paper has no ‘Implications for Wales’ section.</p>"
            }
        }

        struct Row: MustacheParent {
            var entry: ScopeEntry
            var walesCell: WalesCell?

            func child(named name: String) -> Any? {
                switch name {
                case "subject": entry.subject ?? "The whole paper"
                case "nations": Nation.allCases.map { Covers(covers: entry.nations.contains($0)) }
                case "walesCell": walesCell
                default: nil
                }
            }
        }

        struct Covers: MustacheParent {
            var covers: Bool

            func child(named name: String) -> Any? { name == "covers" ? (covers ? "Yes" : "No") : nil }
        }

        struct WalesCell: MustacheParent {
            var rows: Int
            var html: String

            func child(named name: String) -> Any? {
                switch name {
                case "rows": rows
                case "html": html
                default: nil
                }
            }
        }
    }
}

extension NumberedPoint: MustacheParent {
    /// A point as Appendix A lists it: its number, text and the anchor it links back to.
    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "html": point.html
        case "target": anchor
        default: nil
        }
    }
}
