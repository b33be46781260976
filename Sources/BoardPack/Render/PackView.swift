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
    /// `kind` as HTML, marked as `Words.marked` marks a label.
    var kindHTML: String
    var cover: Cover
    var agenda: Named<AgendaEntry>?
    var single = false
    /// "Pages " and "Page ": the contents' page numbers before the stylesheet's numbers.
    var pagesPrefix: String
    var pagePrefix: String
    /// The pack in the site's other language, in a bilingual project.
    var otherLanguage: OtherLanguage?
    /// The link to the bilingual pack, Welsh then English (`bilingual_packs: true`).
    var bilingualHref: String?

    /// `body` gives a paper's body as the pack prints it: assembled, with its incident summaries
    /// and images in place.
    ///
    /// `labels` are the pack's language's (the main language's by default): the words the view
    /// builds itself, its dates, and `<html lang>`; the template has its labels written in already.
    /// `untranslated`: the items whose paper is printed in the main language, not the pack's.
    public init(
        for pack: Pack, site: Site, audience: Audience, css: String, labels: Labels = .english, untranslated: Set<Int> = [],
        body: (Paper) -> PaperBody
    ) {
        let shown = { (paper: Paper) in audience == .members || paper.front.exempt == nil }
        let words = Words(labels: labels, main: site.mainLanguage)
        confidential = audience == .members
        let footer = confidential ? labels["confidential.members_only"] : ""
        language = labels.language == site.mainLanguage ? site.language : labels.language.rawValue
        organisation = site.organisation(in: labels.language)
        siteTitle = site.title(in: labels.language)
        self.css = words.isMain ? css : PackStylesheet.localized(css, labels: labels)
        title = pack.title
        self.footer = footer
        pagesPrefix = words.prefix("pages.range", before: "first")
        pagePrefix = words.prefix("pages.single", before: "page")
        items = pack.items.map { item in
            ItemView(
                item, shown: shown, site: site, footer: footer, packID: pack.id, words: words, body: body,
                textLanguage: untranslated.contains(item.number) ? site.mainLanguage.rawValue : nil)
        }
        contents = pack.items.map {
            ContentsEntry($0, attachments: $0.paper.map(shown) == false ? [] : Self.attachments($0, meetingID: pack.id, words: words), words: words)
        }
        pointsAppendix = PointsAppendix(pack.items, shown: shown)
        scopeAppendix = ScopeAppendix(pack.items, shown: shown, words: words)
        if site.languages.count > 1, let other = site.languages.first(where: { $0 != labels.language }) {
            otherLanguage = OtherLanguage(pack: pack, language: other, from: labels.language, site: site)
        }
        switch pack.kind {
        case let .meeting(meeting):
            kind = labels["pack.kind.meeting"]
            kindHTML = words.marked("pack.kind.meeting")
            cover = Cover(
                board: pack.boardName, date: meeting.date, time: meeting.time.map { DateText.time($0, in: labels.language) },
                venue: meeting.venues?.text(for: labels.language) ?? meeting.venue, language: labels.language)
            let exclusion = ExclusionResolution.make(
                pack.items.map { ($0.number, $0.paper?.front.exempt ?? $0.exemptToFollow) }, site: site)
            agenda = Named("items", pack.items.map { item in
                AgendaEntry(
                    item: item, purpose: item.paper.map { shown($0) ? words.purpose($0.front.purpose) : words.marked("paper.exempt") },
                    exclusion: exclusion.flatMap { $0.beforeItem == item.number ? $0.shown(in: labels, site: site) : nil }, words: words)
            })
        case let .briefing(spec):
            kind = labels["pack.kind.briefing"]
            kindHTML = words.marked("pack.kind.briefing")
            cover = Cover(introHTML: spec.introHTML, language: labels.language)
        case let .supplement(meeting, supplement):
            kind = words.isMain ? supplement.title : labels.text("agenda.supplement", ["number": String(supplement.number)])
            kindHTML = words.isMain ? HTMLText.escaped(kind) : words.marked("agenda.supplement", ["number": String(supplement.number)])
            cover = Cover(
                board: pack.boardName, date: meeting.date, time: meeting.time.map { DateText.time($0, in: labels.language) },
                venue: meeting.venues?.text(for: labels.language) ?? meeting.venue, language: labels.language)
            cover.issued = supplement.published.value
        case .paper:
            kind = labels["pack.kind.paper"]
            kindHTML = words.marked("pack.kind.paper")
            single = true
            cover = Cover(board: pack.boardName, date: pack.items.first?.paper?.front.date, language: labels.language)
        }
    }

    /// The words a pack's view builds itself, in its language: the main language's exactly as before.
    struct Words {
        var labels: Labels
        /// Whether the pack is an English site's main one, whose words are built in English as
        /// before; a Welsh-first site's main pack (`languages: [cy, en]`) takes them from its labels.
        var isMain: Bool

        init(labels: Labels, main: Language) {
            self.labels = labels
            isMain = labels.language == main && main == .en
        }

        /// A label's text before its placeholder `name`: "Pages " of "Pages {first}–{last}".
        func prefix(_ key: String, before name: String) -> String {
            let text = labels[key]
            return text.range(of: "{\(name)}").map { String(text[..<$0.lowerBound]) } ?? text
        }

        /// As HTML: "For discussion."
        func purpose(_ purpose: Purpose) -> String {
            isMain ? HTMLText.escaped(purpose.frontSheetText) : marked("purpose." + purpose.rawValue)
        }

        /// As HTML: "To follow", or "To follow: issued in supplementary agenda 1".
        func toFollow(_ supplement: Int) -> String {
            if isMain { return HTMLText.escaped(PackView.toFollowText(supplement)) }
            return supplement > 0
                ? marked("agenda.to_follow_issued", ["number": String(supplement)])
                : marked("agenda.to_follow")
        }

        /// A label, filled in, as HTML: escaped, its own words marked `lang` where the table gives
        /// them in another language's words (`Labels.html`).
        func marked(_ key: String, _ fill: [String: String] = [:]) -> String { labels.html(key, fill) }
    }

    /// The link to the pack in the site's other language: "Iaith: English", "Language: Cymraeg".
    /// The pack in the site's other language, for the cover's link and the head's `hreflang`
    /// alternates (the pack itself and its other version). Codes are the pages' own: the main
    /// language's is the site's `language` (en-GB), another's its code (cy).
    struct OtherLanguage: MustacheParent {
        var code: String
        var name: String
        var href: String
        var ownCode: String
        var ownHref: String

        init(pack: Pack, language: Language, from: Language, site: Site) {
            let main = site.mainLanguage
            let codeOf = { (language: Language) in language == main ? site.language : language.rawValue }
            code = codeOf(language)
            ownCode = codeOf(from)
            name = language.ownName
            let here = Route(.pack(id: pack.id), language: from, main: main)
            href = Route(.pack(id: pack.id), language: language, main: main).relative(from: here)
            ownHref = here.relative(from: here)
        }

        func child(named name: String) -> Any? {
            switch name {
            case "code": code
            case "name": self.name
            case "href": href
            case "ownCode": ownCode
            case "ownHref": ownHref
            default: nil
            }
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
        case "kindHTML": kindHTML
        // The `<title>`'s kind, which cannot be marked with a language: left out while the pack's
        // language borrows its words ("Meeting pack"), which the cover prints, marked.
        case "headKind": kindHTML == HTMLText.escaped(kind) ? kind : nil
        case "cover": cover
        case "agenda": agenda
        case "single": single ? true : nil
        case "pagesPrefix": pagesPrefix
        case "pagePrefix": pagePrefix
        case "otherLanguage": otherLanguage
        case "bilingualHref": bilingualHref
        default: nil
        }
    }

    static func anchor(_ item: PackItem) -> String { "item-\(item.number)" }

    /// The printed pages' running footer in a members' edition; an exempt item's pages say more.
    static var membersFooter: String { Labels.english["confidential.members_only"] }

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
        var language: Language = .en

        func child(named name: String) -> Any? {
            switch name {
            case "board": board
            case "date": date.map { DateText.long($0, in: language) }
            case "dateISO": date?.description
            case "time": time
            case "venue": venue
            case "issued": issued.map { DateText.long($0, in: language) }
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
        /// The resolution as the pack's language shows it (`ExclusionResolution.shown`).
        var exclusion: (resolution: ExclusionResolution, lang: String?, resolutionLang: String?)?
        var words: Words

        func child(named name: String) -> Any? {
            switch name {
            case "number": item.number
            case "title": item.title
            case "anchor": PackView.anchor(item)
            case "purpose": purpose
            case "exclusion": exclusion?.resolution
            case "exclusionLang": exclusion?.lang
            case "exclusionResolutionLang": exclusion?.resolutionLang
            case "urgent": item.urgent
            case "toFollow": item.toFollow.map(words.toFollow)
            default: nil
            }
        }
    }

    /// A line of the contents, with the item's attachments under it.
    struct ContentsEntry: MustacheParent {
        var item: PackItem
        var attachments: [AttachmentView]
        var words: Words

        init(_ item: PackItem, attachments: [AttachmentView], words: Words) {
            self.item = item
            self.attachments = attachments
            self.words = words
        }

        func child(named name: String) -> Any? {
            switch name {
            case "number": item.number
            case "title": item.title
            case "anchor": PackView.anchor(item)
            case "hasPages": item.paper != nil
            case "attachments": attachments
            case "toFollow": item.toFollow.map(words.toFollow)
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
        var words: Words
        /// The language of a paper printed untranslated, for the `lang` of its title and its own
        /// text (the front sheet marks it, leaving its labels in the pack's language).
        var textLanguage: String?

        init(
            _ item: PackItem, shown: (Paper) -> Bool, site: Site, footer: String, packID: String, words: Words,
            body: (Paper) -> PaperBody, textLanguage: String? = nil
        ) {
            self.item = item
            self.footer = footer
            self.words = words
            attachments = PackView.attachments(item, meetingID: packID, words: words)
            guard let paper = item.paper else {
                procedural = true
                return
            }
            if let exempt = paper.front.exempt, !shown(paper) {
                self.exempt = ExemptNoticeView(exempt, site: site, labels: words.labels)
                // What is attached to an exempt paper is as exempt as the paper.
                attachments = []
                return
            }
            var packed = paper
            packed.body = body(paper)
            self.textLanguage = textLanguage
            self.paper = PaperView(
                packed, boardName: nil,
                frontSheet: FrontSheetView(
                    packed, item: item.number, idPrefix: paper.packPrefix, headingLevel: 3, labels: words.labels, textLanguage: textLanguage))
            if let exempt = paper.front.exempt {
                let members = words.labels["confidential.members_only"]
                exemptMarking = members + ". " + exempt.notice
                self.footer = "\(members). " + words.labels.text("item.exempt_footer", ["paragraph": String(exempt.paragraph)])
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
            case "toFollow": item.toFollow.map(words.toFollow)
            case "procedural": procedural ? true : nil
            case "endAnchor": procedural ? nil : "\(PackView.anchor(item))-end"
            case "exempt": exempt
            case "paper": paper
            case "exemptMarking": exemptMarking
            case "textLanguage": textLanguage
            case "printedDate": item.paper.map { DateText.long($0.front.date, in: words.labels.language) }
            default: nil
            }
        }
    }

    /// An item's attachments: Markdown printed in full; a PDF linked on screen and, in print, as
    /// many blank pages as it has, which the PDF's own pages replace once printed (`PDFStage`).
    static func attachments(_ item: PackItem, meetingID: String?, words: Words) -> [AttachmentView] {
        item.attachments.enumerated().compactMap { index, attachment in
            guard let content = attachment.content else { return nil }
            return AttachmentView(
                number: item.number, title: attachment.titles?.text(for: words.labels.language) ?? attachment.title,
                anchor: "\(anchor(item))-attachment-\(index + 1)", content: content,
                href: Route.meetingFile(meetingID ?? "", attachment.publishedName).relative(from: .pack(meetingID ?? "")), words: words)
        }
    }

    struct AttachmentView: MustacheParent {
        var number: Int
        var title: String
        var anchor: String
        var content: Attachment.Content
        var href: String
        var words: Words

        func child(named name: String) -> Any? {
            switch (name, content) {
            case ("number", _): number
            case ("title", _): title
            case ("anchor", _): anchor
            case let ("html", .markdown(html)): html
            case let ("pdf", .pdf(_, pages)): PDFPages(pages: pages, href: href, labels: words.labels)
            default: nil
            }
        }
    }

    struct PDFPages: MustacheParent {
        var pages: Int
        var href: String
        var labels: Labels

        func child(named name: String) -> Any? {
            switch name {
            case "pages": pages
            case "pagesText": pages == 1 ? labels["attachment.pages_one"] : labels.text("attachment.pages_other", ["count": String(pages)])
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
        var words: Words

        init(_ items: [PackItem], shown: (Paper) -> Bool, words: Words) {
            let visible = items.filter { $0.paper.map(shown) ?? false }
            self.words = words
            groups = visible.compactMap { item in
                guard let paper = item.paper, !paper.front.scope.isEmpty else { return nil }
                return Group(item: item, paper: paper, words: words)
            }
            summary = PackAssembler.scopeSummary(visible)
        }

        func child(named name: String) -> Any? {
            switch name {
            case "summary": summary
            // The summary's sentences are built in the main language only: marked so in another.
            case "summaryLanguage": words.labels.language == .en || summary.isEmpty ? nil : Language.en.rawValue
            case "groups": groups
            case "nations": Nation.allCases.map { words.isMain ? $0.name : words.labels["nation." + $0.rawValue.replacingOccurrences(of: "-", with: "_")] }
            default: nil
            }
        }

        struct Group: MustacheParent {
            var item: PackItem
            var paper: Paper
            var words: Words

            func child(named name: String) -> Any? {
                switch name {
                case "number": item.number
                case "title": item.title
                case "rows":
                    // The paper's Wales section stands once, beside all of its subjects.
                    paper.front.scope.enumerated().map { index, entry in
                        Row(
                            entry: entry, walesCell: index == 0 ? WalesCell(rows: paper.front.scope.count, html: walesHTML) : nil,
                            words: words)
                    }
                default: nil
                }
            }

            var walesHTML: String {
                paper.body.walesImplications?.html ?? "<p>\(words.marked("appendix.no_wales_section"))</p>"
            }
        }

        struct Row: MustacheParent {
            var entry: ScopeEntry
            var walesCell: WalesCell?
            var words: Words

            func child(named name: String) -> Any? {
                switch name {
                case "subject": entry.subject.map(HTMLText.escaped) ?? words.marked("appendix.whole_paper")
                case "nations": Nation.allCases.map { Covers(text: words.marked(entry.nations.contains($0) ? "appendix.covers_yes" : "appendix.covers_no")) }
                case "walesCell": walesCell
                default: nil
                }
            }
        }

        struct Covers: MustacheParent {
            var text: String

            func child(named name: String) -> Any? { name == "covers" ? text : nil }
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
