import Mustache

/// The view model of a paper's page: every value already formatted, Markdown already HTML.
/// Optional parts are present or absent, so templates show them with a plain `{{#part}}` section.
public struct PaperPageView: PageView {
    var base: PageBase
    var paper: PaperView

    /// `exempt` papers in public output show only their title and the Schedule 12A notice.
    /// `places`: the meetings whose agendas hold the paper, listed and linked as "Considered at".
    /// `pdf`: the page links the paper's own PDF (`papers/<slug>.pdf`).
    /// `labels`: the page's language's. `untranslatedFrom`: the language the paper is shown in when
    /// the page's language has no version of it, its text marked so (`lang="en"`).
    public init(
        for paper: Paper, site: Site, audience: Audience, places: [AgendaPlace] = [], pdf: Bool = false,
        labels: Labels = .english, untranslatedFrom: Language? = nil
    ) {
        base = PageBase(site: site, depth: 2, confidential: audience == .members)
        var values = PaperView(paper, boardName: site.boardName(paper.front.board), language: labels.language)
        values.year = String(paper.front.date.year)
        values.untranslated = untranslatedFrom.map { site.languageCode($0) }
        if let exempt = paper.front.exempt, audience == .public {
            values.exempt = ExemptNoticeView(exempt, site: site, labels: labels)
        } else {
            values.frontSheet = FrontSheetView(paper, item: 1, labels: labels, textLanguage: values.untranslated)
            // A filter of the search page; an exempt paper's purpose is not public.
            values.searchPurpose = SearchIndex.filterName(paper.front.purpose)
        }
        values.pdf = pdf
        if !places.isEmpty {
            values.considered = Named("places", places.map { place in
                // The meeting's title is its board's name and date: the date in the page's language.
                let english = place.date.long
                let title = place.meetingTitle.hasSuffix(english)
                    ? place.meetingTitle.dropLast(english.count) + DateText.long(place.date, in: labels.language) : place.meetingTitle
                return PlaceLink(
                    text: labels.text("paper.considered_item", ["meeting": title, "item": String(place.item)]),
                    url: Route.meeting(place.meetingID).relative(from: .paper(paper.slug)))
            })
        }
        self.paper = values
    }

    public func child(named name: String) -> Any? { name == "paper" ? paper : base.child(named: name) }

    /// A meeting the paper went to.
    struct PlaceLink: MustacheParent {
        var text: String
        var url: String

        func child(named name: String) -> Any? {
            switch name {
            case "text": text
            case "url": url
            default: nil
            }
        }
    }
}

/// A paper as its page and a pack's item show it (`{{#paper}}`).
struct PaperView: MustacheParent {
    var slug: String
    var title: String
    var dateISO: String
    var dateLong: String
    var boardName: String?
    var year: String?
    var exempt: ExemptNoticeView?
    var frontSheet: FrontSheetView?
    var searchPurpose: String?
    /// Shown only when true: templates test `{{#pdf}}`.
    var pdf = false
    var considered: Named<PaperPageView.PlaceLink>?
    /// The `lang` of the paper's text where the page's language has no version of it: `{{#untranslated}}`.
    var untranslated: String?

    init(_ paper: Paper, boardName: String?, language: Language = .en) {
        slug = paper.slug
        title = paper.front.title
        dateISO = paper.front.date.description
        dateLong = DateText.long(paper.front.date, in: language)
        self.boardName = boardName
    }

    func child(named name: String) -> Any? {
        switch name {
        case "slug": slug
        case "title": title
        case "dateISO": dateISO
        case "dateLong": dateLong
        case "boardName": boardName
        case "year": year
        case "exempt": exempt
        case "frontSheet": frontSheet
        case "searchPurpose": searchPurpose
        case "pdf": pdf ? true : nil
        case "considered": considered
        case "untranslated": untranslated
        // An English page showing the Welsh text, in a site whose main language is Welsh.
        case "shownInWelsh": untranslated.flatMap(Language.init(code:)) == .cy ? true : nil
        default: nil
        }
    }
}

/// The front sheet and body (the `front-sheet` template).
struct FrontSheetView: MustacheParent {
    var headingLevel = 2
    var purpose: String
    var summaryHTML: String
    var recommendationsHeading: String
    var scopeNote: String
    /// The scope note's `lang` where the page's language is not English: its sentences are English
    /// only until the glossary gives them (issue 13), so screen readers are told.
    var scopeNoteLanguage: String?
    var contact: ContactView
    var bodyBeforePoints: String
    var bodyAfterPoints: String
    var recommendations: OneOrList
    var actionsHeading: String?
    var actions: OneOrList?
    var discussion: Discussion?
    var tagList: TagList?
    var backgroundPapers: BackgroundPapersView?
    var labels: Labels

    /// `item` numbers the discussion points (1.1, 1.2 on a paper's own page; 4.1, 4.2 for item 4 of
    /// a pack), and `headingLevel` is that of the front sheet's headings.
    /// `labels`: the language of the headings; `textLanguage`: the `lang` of the paper's own text
    /// where it is not in that language (a paper not yet translated), which marks it.
    init(_ paper: Paper, item: Int, idPrefix: String = "", headingLevel: Int = 2, labels: Labels = .english, textLanguage: String? = nil) {
        let front = paper.front
        let html = paper.frontHTML
        self.labels = labels
        self.headingLevel = headingLevel
        purpose = labels["purpose.\(front.purpose.rawValue)"]
        let inline = { (text: String) in textLanguage.map { "<span lang=\"\($0)\">\(text)</span>" } ?? text }
        let block = { (text: String) in textLanguage.map { text.isEmpty ? text : "<div lang=\"\($0)\">\n\(text)</div>\n" } ?? text }
        summaryHTML = inline(html.summary)
        recommendationsHeading = labels[html.recommendations.count == 1 ? "front.recommendation" : "front.recommendations"]
        scopeNote = ScopeNote.sentences(for: front.scope).joined(separator: " ")
        scopeNoteLanguage = labels.language == .en ? nil : "en"
        contact = ContactView(front.contact, labels: labels)
        bodyBeforePoints = block(paper.body.htmlBeforePoints)
        bodyAfterPoints = block(paper.body.htmlAfterPoints)
        recommendations = OneOrList(html.recommendations.map(inline))
        if !html.actions.isEmpty {
            actionsHeading = labels[html.actions.count == 1 ? "front.action" : "front.actions"]
            actions = OneOrList(html.actions.map(inline))
        }
        let points = DiscussionNumbering.number(paper.body.discussionPoints, item: item, idPrefix: idPrefix)
        if !points.isEmpty {
            discussion = Discussion(points: points.map { PointView(number: $0.number, anchor: $0.anchor, html: block($0.point.html)) })
        }
        if !front.tags.isEmpty { tagList = TagList(items: front.tags) }
        if let background = front.backgroundPapers { backgroundPapers = BackgroundPapersView(background) }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "headingLevel": headingLevel
        case "purpose": purpose
        case "summaryHTML": summaryHTML
        case "recommendationsHeading": recommendationsHeading
        case "scopeNote": scopeNote
        case "scopeNoteLanguage": scopeNoteLanguage
        case "contact": contact
        case "bodyBeforePoints": bodyBeforePoints
        case "bodyAfterPoints": bodyAfterPoints
        case "singleRecommendation": recommendations.single
        case "recommendationList": recommendations.list
        case "actionsHeading": actionsHeading
        case "singleAction": actions?.single
        case "actionList": actions?.list
        case "discussion": discussion
        case "tagList": tagList
        case "backgroundPapers": backgroundPapers
        // Raw HTML, escaped here once: what the built-in template shows with fewer, faster tags.
        case "purposeHeading": heading(labels["front.purpose"])
        case "summaryHeading": heading(labels["front.summary"])
        case "recommendationsHeadingHTML": heading(recommendationsHeading)
        case "actionsHeadingHTML": actionsHeading.map(heading)
        case "scopeHeading": heading(labels["front.scope"])
        case "contactHeading": heading(labels["front.contact_officer"])
        case "backgroundHeading": heading(labels["background.heading"])
        case "contactHTML": contact.html
        default: nil
        }
    }

    /// A heading from a label, escaped as its text in a template is (`&`, `<`, `>`).
    func heading(_ text: String) -> String { "<h\(headingLevel)>\(TemplateLabels.escapedText(text))</h\(headingLevel)>" }

    /// The numbered discussion points: `{{#points}}` or, rendered, `{{{pointsHTML}}}`.
    struct Discussion: MustacheParent {
        var points: [PointView]

        func child(named name: String) -> Any? {
            switch name {
            case "points": points
            case "pointsHTML":
                points.map { #"<li id="\#(HTMLText.escaped($0.anchor))"><span class="point-number">\#(HTMLText.escaped($0.number))</span> \#($0.html)</li>"# + "\n" }
                    .joined()
            default: nil
            }
        }
    }

    /// The paper's tags: `{{#items}}` or, rendered, `{{{itemsHTML}}}`.
    struct TagList: MustacheParent {
        var items: [String]

        func child(named name: String) -> Any? {
            switch name {
            case "items": items
            case "itemsHTML": items.map { #"<span class="tag">\#(HTMLText.escaped($0))</span> "# }.joined()
            default: nil
            }
        }
    }

    /// One entry shows as a sentence, several as a numbered list, as on the LGA's front sheet.
    struct OneOrList {
        var single: String?
        var list: Named<String>?

        init(_ items: [String]) {
            if items.count == 1 { single = items[0] } else { list = Named("items", items) }
        }
    }

    struct PointView: MustacheParent {
        var number: String
        var anchor: String
        var html: String

        func child(named name: String) -> Any? {
            switch name {
            case "number": number
            case "anchor": anchor
            case "html": html
            default: nil
            }
        }
    }
}

/// The contact officer of a front sheet.
struct ContactView: MustacheParent {
    var contact: Contact
    var labels: Labels

    init(_ contact: Contact, labels: Labels = .english) {
        self.contact = contact
        self.labels = labels
    }

    func child(named name: String) -> Any? {
        switch name {
        case "name": contact.name
        case "position": contact.position
        case "phone": contact.phone
        case "email": contact.email
        default: nil
        }
    }

    /// The `<dl>` the built-in template shows, escaped, without its last line break.
    var html: String {
        let label = { (key: String) in TemplateLabels.escapedText(labels[key]) }
        var lines = ["<dl class=\"contact\">", "<dt>\(label("front.contact_name"))</dt><dd>\(HTMLText.escaped(contact.name))</dd>"]
        if let position = contact.position { lines.append("<dt>\(label("front.contact_position"))</dt><dd>\(HTMLText.escaped(position))</dd>") }
        if let phone = contact.phone { lines.append("<dt>\(label("front.contact_phone"))</dt><dd>\(HTMLText.escaped(phone))</dd>") }
        if let email = contact.email.map(HTMLText.escaped) {
            lines.append(#"<dt>\#(label("front.contact_email"))</dt><dd><a href="mailto:\#(email)">\#(email)</a></dd>"#)
        }
        lines.append("</dl>")
        return lines.joined(separator: "\n")
    }
}

/// The `background-papers` template: "None.", or each paper, linked where it has a link.
struct BackgroundPapersView: MustacheParent {
    var background: BackgroundPapers

    init(_ background: BackgroundPapers) { self.background = background }

    func child(named name: String) -> Any? {
        switch (name, background) {
        case ("none", .none): true
        case let ("papers", .list(papers)): Named("items", papers.map(Entry.init))
        default: nil
        }
    }

    struct Entry: MustacheParent {
        var paper: BackgroundPaper

        func child(named name: String) -> Any? {
            switch name {
            case "title": paper.title
            case "link": paper.link
            default: nil
            }
        }
    }
}

/// Who a build is for. Public output never holds exempt papers' content or dataset records.
public enum Audience: String, Sendable, CaseIterable {
    case `public`
    case members
}
