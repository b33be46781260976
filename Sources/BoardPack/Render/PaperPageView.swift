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
        let untranslated = untranslatedFrom.map { site.languageCode($0) }
        var exemptNotice: ExemptNoticeView?
        var frontSheet: FrontSheetView?
        var searchPurpose: String?
        if let exempt = paper.front.exempt, audience == .public {
            exemptNotice = ExemptNoticeView(exempt, site: site, labels: labels)
        } else {
            frontSheet = FrontSheetView(paper, item: 1, labels: labels, textLanguage: untranslated)
            // A filter of the search page; an exempt paper's purpose is not public.
            searchPurpose = SearchIndex.filterName(paper.front.purpose, labels: labels)
        }
        var considered: Named<PlaceLink>?
        if !places.isEmpty {
            considered = Named("places", places.map { place in
                // The meeting's title is its board's name and date: the date in the page's language.
                let english = place.date.long
                let title = place.meetingTitle.hasSuffix(english)
                    ? place.meetingTitle.dropLast(english.count) + DateText.long(place.date, in: labels.language) : place.meetingTitle
                return PlaceLink(
                    text: labels.text("paper.considered_item", ["meeting": title, "item": String(place.item)]),
                    url: Route.meeting(place.meetingID).relative(from: .paper(paper.slug)))
            })
        }
        self.paper = PaperView(
            paper, boardName: site.boardName(paper.front.board), language: labels.language, year: String(paper.front.date.year),
            exempt: exemptNotice, frontSheet: frontSheet, searchPurpose: searchPurpose, pdf: pdf, considered: considered,
            untranslated: untranslated)
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
/// A class: Mustache casts the object of every open section on each tag it looks up, which copies
/// a struct's every field and a reference only once.
final class PaperView: MustacheParent {
    let slug: String
    let title: String
    let dateISO: String
    let dateLong: String
    let boardName: String?
    let year: String?
    let exempt: ExemptNoticeView?
    let frontSheet: FrontSheetView?
    let searchPurpose: String?
    /// Shown only when true: templates test `{{#pdf}}`.
    let pdf: Bool
    let considered: Named<PaperPageView.PlaceLink>?
    /// The `lang` of the paper's text where the page's language has no version of it: `{{#untranslated}}`.
    let untranslated: String?

    init(
        _ paper: Paper, boardName: String?, language: Language = .en, year: String? = nil, exempt: ExemptNoticeView? = nil,
        frontSheet: FrontSheetView? = nil, searchPurpose: String? = nil, pdf: Bool = false,
        considered: Named<PaperPageView.PlaceLink>? = nil, untranslated: String? = nil
    ) {
        slug = paper.slug
        title = paper.front.title
        dateISO = paper.front.date.description
        dateLong = DateText.long(paper.front.date, in: language)
        self.boardName = boardName
        self.year = year
        self.exempt = exempt
        self.frontSheet = frontSheet
        self.searchPurpose = searchPurpose
        self.pdf = pdf
        self.considered = considered
        self.untranslated = untranslated
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
        // Escaped here once, for the built-in template's `{{{…}}}`.
        case "titleHTML": RawHTML(escaping: title)
        case "boardNameHTML": boardName.map { RawHTML(escaping: $0) }
        case "dateLongHTML": RawHTML(escaping: dateLong)
        // An English page showing the Welsh text, in a site whose main language is Welsh.
        case "shownInWelsh": untranslated.flatMap(Language.init(code:)) == .cy ? true : nil
        default: nil
        }
    }
}

/// The front sheet and body (the `front-sheet` template). A class, as `PaperView` is.
final class FrontSheetView: MustacheParent {
    let headingLevel: Int
    let purpose: String
    let summaryHTML: String
    let recommendationsHeading: String
    let scopeNote: String
    /// The scope note's `lang` where the page's language is not English: its sentences are English
    /// only until the glossary gives them (issue 13), so screen readers are told.
    let scopeNoteLanguage: String?
    /// On a page not in English: the scope note in its labels' words, each run marked with its language.
    let scopeNoteHTML: String?
    let contact: ContactView
    let bodyBeforePoints: String
    let bodyAfterPoints: String
    let recommendations: OneOrList
    let actionsHeading: String?
    let actions: OneOrList?
    let discussion: Discussion?
    let tagList: TagList?
    let backgroundPapers: BackgroundPapersView?
    let labels: Labels

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
        scopeNoteHTML = labels.language == .en ? nil : ScopeNote.html(for: front.scope, labels: labels, textLanguage: textLanguage)
        contact = ContactView(front.contact, labels: labels, textLanguage: textLanguage)
        bodyBeforePoints = block(paper.body.htmlBeforePoints)
        bodyAfterPoints = block(paper.body.htmlAfterPoints)
        recommendations = OneOrList(html.recommendations.map(inline))
        if html.actions.isEmpty {
            actionsHeading = nil
            actions = nil
        } else {
            actionsHeading = labels[html.actions.count == 1 ? "front.action" : "front.actions"]
            actions = OneOrList(html.actions.map(inline))
        }
        let points = DiscussionNumbering.number(paper.body.discussionPoints, item: item, idPrefix: idPrefix)
        discussion = points.isEmpty ? nil : Discussion(points: points.map { PointView(number: $0.number, anchor: $0.anchor, html: block($0.point.html)) })
        tagList = front.tags.isEmpty ? nil : TagList(items: front.tags)
        backgroundPapers = front.backgroundPapers.map(BackgroundPapersView.init)
    }

    func child(named name: String) -> Any? {
        // The names the built-in template asks for first: a switch compares them in order.
        switch name {
        // The built-in template's parts of the front sheet, each rendered here as the lines of
        // tags it stands for did (without their last line break): one tag, not up to seven.
        case "purposePart": RawHTML(html: heading(labels["front.purpose"]) + "\n<p>" + HTMLText.escaped(purpose) + "</p>")
        case "summaryPart": RawHTML(html: heading(labels["front.summary"]) + "\n<p>" + summaryHTML + "</p>")
        case "recommendationsPart": RawHTML(html: Self.part(heading(recommendationsHeading), recommendations))
        case "actionsPart": RawHTML(html: Self.part(actionsHeading.map(heading) ?? "", actions))
        case "scopePart":
            RawHTML(html: heading(labels["front.scope"]) + "\n<p class=\"scope-note\"" + (scopeNoteHTML ?? (scopeNoteLanguage.map { " lang=\"\(HTMLText.escaped($0))\"" } ?? "") + ">" + HTMLText.escaped(scopeNote)) + "</p>")
        case "contactPart": RawHTML(html: heading(labels["front.contact_officer"]) + "\n" + contact.html)
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
        // Raw HTML, escaped here once: the parts above, one by one, as earlier built-in templates have them.
        case "purposeHeading": RawHTML(html: heading(labels["front.purpose"]))
        case "summaryHeading": RawHTML(html: heading(labels["front.summary"]))
        case "recommendationsHeadingHTML": RawHTML(html: heading(recommendationsHeading))
        case "actionsHeadingHTML": actionsHeading.map { RawHTML(html: heading($0)) }
        case "scopeHeading": RawHTML(html: heading(labels["front.scope"]))
        case "contactHeading": RawHTML(html: heading(labels["front.contact_officer"]))
        case "backgroundHeading": RawHTML(html: heading(labels["background.heading"]))
        case "contactHTML": RawHTML(html: contact.html)
        default: nil
        }
    }

    /// The recommendations or actions as the lines `{{{…HeadingHTML}}}`, `{{#single…}}<p>{{{.}}}</p>{{/single…}}`
    /// and `{{#…List}}<ol>…</ol>{{/…List}}` rendered them (a line for the heading and one for a
    /// single entry even when empty; the list's lines only when there is a list).
    static func part(_ heading: String, _ entries: OneOrList?) -> String {
        var html = heading + "\n"
        if let single = entries?.single { html += "<p>" + single + "</p>" }
        if let items = entries?.list?.values {
            html += "\n<ol>\n"
            for item in items { html += "<li>" + item + "</li>\n" }
            html += "</ol>"
        }
        return html
    }

    /// A heading from a label, escaped as its text in a template is (`&`, `<`, `>`).
    func heading(_ text: String) -> String {
        let level = headingLevel == 2 ? "2" : String(headingLevel)
        return "<h" + level + ">" + TemplateLabels.escapedText(text) + "</h" + level + ">"
    }

    /// The numbered discussion points: `{{#points}}` or, rendered, `{{{pointsHTML}}}`.
    struct Discussion: MustacheParent {
        var points: [PointView]

        func child(named name: String) -> Any? {
            switch name {
            case "points": points
            case "pointsHTML":
                RawHTML(html: points.reduce(into: "") { html, point in
                    html += #"<li id=""# + HTMLText.escaped(point.anchor) + #""><span class="point-number">"# + HTMLText.escaped(point.number)
                        + "</span> " + point.html + "</li>\n"
                })
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
            case "itemsHTML": RawHTML(html: items.map { #"<span class="tag">\#(HTMLText.escaped($0))</span> "# }.joined())
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
    /// The `lang` of the paper's own text (the position) where it is not the page's.
    var textLanguage: String?

    init(_ contact: Contact, labels: Labels = .english, textLanguage: String? = nil) {
        self.contact = contact
        self.labels = labels
        self.textLanguage = textLanguage
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
        var html = "<dl class=\"contact\">"
        func entry(_ key: String, _ value: String) {
            html += "\n<dt>" + TemplateLabels.escapedText(labels[key]) + "</dt><dd>" + value + "</dd>"
        }
        entry("front.contact_name", HTMLText.escaped(contact.name))
        if let position = contact.position {
            entry("front.contact_position", textLanguage.map { "<span lang=\"\($0)\">\(HTMLText.escaped(position))</span>" } ?? HTMLText.escaped(position))
        }
        if let phone = contact.phone { entry("front.contact_phone", HTMLText.escaped(phone)) }
        if let email = contact.email.map(HTMLText.escaped) { entry("front.contact_email", #"<a href="mailto:\#(email)">\#(email)</a>"#) }
        return html + "\n</dl>"
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
