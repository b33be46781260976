import Mustache

/// The view model of a paper's page: every value already formatted, Markdown already HTML.
/// Optional parts are present or absent, so templates show them with a plain `{{#part}}` section.
public struct PaperPageView: PageView {
    var base: PageBase
    var paper: PaperView
    /// The page's language's labels, for the parts of the built-in template made here.
    var labels: Labels

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
        self.labels = labels
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

    public func child(named name: String) -> Any? {
        switch name {
        // The built-in template's parts, each rendered here as the lines of tags it stands for did
        // (without their last line break): one tag, not up to twenty.
        case "titlePart": RawHTML(html: HTMLText.escaped(paper.title) + ": " + HTMLText.escaped(base.site.title))
        case "breadcrumbsPart": RawHTML(html: breadcrumbsPart)
        case "headerPart": RawHTML(html: headerPart)
        case "exempt": paper.exempt
        case "frontSheet": paper.frontSheet
        case "paper": paper
        // The built-in template opens no `{{#paper}}` section: the paper's own names are found
        // here too, under the page's (which they do not share), as a project's partials may ask.
        default: base.child(named: name) ?? paper.child(named: name)
        }
    }

    /// The breadcrumbs block of the built-in template as `{{root}}`, `{{{site.titleHTML}}}` and
    /// `{{{paper.boardNameHTML}}}` rendered it.
    var breadcrumbsPart: String {
        var html = #"<nav class="breadcrumbs wrap" aria-label=""#
        html += TemplateLabels.written(labels, "page.breadcrumb_label", inTag: true)
        html += "\">\n<ol>\n<li><a href=\""
        html += HTMLText.escaped(base.root)
        html += "index.html\">"
        html += HTMLText.escaped(base.site.title)
        html += "</a></li>\n<li>"
        if let board = paper.boardName { html += HTMLText.escaped(board) }
        html += "</li>\n</ol>\n</nav>"
        return html
    }

    /// The article's start, its header (board, date, title, translation notice, PDF link) and the
    /// meetings that considered it, as the `{{#paper}}` section's lines of tags rendered them.
    var headerPart: String {
        let paper = paper
        var html = ""
        // Room for the front sheet and body too: the template appends them to this string, which
        // then need not grow (and be copied) on the way.
        html.reserveCapacity(1024 + (paper.frontSheet.map { $0.bodyBeforePoints.utf8.count + $0.bodyAfterPoints.utf8.count + 8192 } ?? 0))
        html += #"<article class="paper" data-pagefind-body="""#
        if let purpose = paper.searchPurpose {
            html += #" data-pagefind-filter="purpose:"#
            html += HTMLText.escaped(purpose)
            html += "\""
        }
        html += ">\n<header class=\"paper-header\">\n"
        html += #"<p class="paper-board" data-pagefind-ignore="" data-pagefind-filter="board">"#
        if let board = paper.boardName { html += HTMLText.escaped(board) }
        html += "</p>\n"
        html += #"<p class="paper-date" data-pagefind-ignore="" data-pagefind-meta="date"><time datetime=""#
        html += HTMLText.escaped(paper.dateISO)
        html += #"" data-pagefind-filter="year:"#
        if let year = paper.year { html += HTMLText.escaped(year) }
        html += "\">"
        html += HTMLText.escaped(paper.dateLong)
        html += "</time></p>\n<h1"
        if let lang = paper.untranslated {
            html += " lang=\""
            html += HTMLText.escaped(lang)
            html += "\""
        }
        html += ">"
        html += HTMLText.escaped(paper.title)
        html += "</h1>\n"
        if paper.untranslated != nil {
            html += #"<p class="translation-notice">"#
            html += TemplateLabels.written(labels, paper.shownInWelsh ? "paper.not_translated_english" : "paper.not_translated", inTag: false)
            html += "</p>\n"
        }
        if paper.pdf {
            html += #"<p class="paper-pdf"><a href="../"#
            html += HTMLText.escaped(paper.slug)
            html += ".pdf\">"
            html += TemplateLabels.written(labels, "paper.pdf_link", inTag: false)
            html += "</a></p>\n"
        }
        html += "</header>"
        if let places = paper.considered?.values {
            html += "\n<section class=\"considered\" aria-labelledby=\"considered-heading\">\n<h2 id=\"considered-heading\">"
            html += TemplateLabels.written(labels, "paper.considered_at", inTag: false)
            html += "</h2>\n<ul>\n"
            for place in places {
                html += "<li><a href=\""
                html += HTMLText.escaped(place.url)
                html += "\">"
                html += HTMLText.escaped(place.text)
                html += "</a></li>\n"
            }
            html += "</ul>\n</section>"
        }
        return html
    }

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
        case "shownInWelsh": shownInWelsh ? true : nil
        default: nil
        }
    }

    /// An English page showing the Welsh text, in a site whose main language is Welsh.
    var shownInWelsh: Bool { untranslated.flatMap(Language.init(code:)) == .cy }
}

/// The front sheet and body (the `front-sheet` template). A class, as `PaperView` is.
/// Rendered as itself (`{{{.}}}` in the built-in template), it is `frontSheetPart`: the tag then
/// needs no name looked up.
final class FrontSheetView: MustacheParent, MustacheCustomRenderable {
    let headingLevel: Int
    let purpose: String
    let summaryHTML: String
    let recommendationsHeading: String
    let scopeNote: String
    /// The scope note's `lang` where the page's language is not English, for older templates'
    /// `{{scopeNote}}`, which print the English sentences; the built-in one prints `scopeNoteHTML`.
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
        backgroundPapers = front.backgroundPapers.map {
            BackgroundPapersView($0, heading: Self.heading(labels["background.heading"], level: headingLevel), labels: labels)
        }
    }

    var renderText: String { frontSheetPart }
    var isNull: Bool { false }

    func child(named name: String) -> Any? {
        // The names the built-in template asks for first: a switch compares them in order.
        switch name {
        // The built-in template's parts of the front sheet, each rendered here as the lines of
        // tags it stands for did (without their last line break): one tag, not up to seven.
        case "frontSheetPart": RawHTML(html: frontSheetPart)
        case "purposePart": RawHTML(html: purposePart)
        case "summaryPart": RawHTML(html: summaryPart)
        case "recommendationsPart": RawHTML(html: recommendationsPart)
        case "actionsPart": RawHTML(html: actionsPart)
        case "scopePart": RawHTML(html: scopePart)
        case "contactPart": RawHTML(html: contactPart)
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
        case "tagsPart": tagList.map { RawHTML(html: $0.part(labels: labels)) }
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

    /// The front sheet and the paper's body, as the built-in template's lines up to the background
    /// papers rendered them: the section with its six parts, then the body with its numbered points.
    /// Written into one string, piece by piece: no piece is copied twice.
    var frontSheetPart: String {
        var html = ""
        html.reserveCapacity(bodyBeforePoints.utf8.count + bodyAfterPoints.utf8.count + 4096)
        html += #"<section class="front-sheet" aria-label=""#
        html += TemplateLabels.written(labels, "front.label", inTag: true)
        html += "\">\n"
        func line(_ write: (inout String) -> Void) {
            write(&html)
            html += "\n"
        }
        line(writePurpose)
        line(writeSummary)
        line(writeRecommendations)
        line(writeActions)
        line(writeScope)
        line(writeContact)
        html += "</section>\n<div class=\"paper-body\">\n"
        html += bodyBeforePoints
        html += "\n"
        if let discussion {
            html += "<ol class=\"discussion-points\">\n"
            discussion.writePoints(&html)
            html += "</ol>\n"
        }
        html += bodyAfterPoints
        html += "\n</div>"
        return html
    }

    // The six parts of the front sheet, each as the lines of tags it stands for rendered them
    // (without their last line break).
    var purposePart: String { Self.written(writePurpose) }
    var summaryPart: String { Self.written(writeSummary) }
    var recommendationsPart: String { Self.written(writeRecommendations) }
    var actionsPart: String { Self.written(writeActions) }
    var scopePart: String { Self.written(writeScope) }
    var contactPart: String { Self.written(writeContact) }

    static func written(_ write: (inout String) -> Void) -> String {
        var html = ""
        write(&html)
        return html
    }

    func writePurpose(_ html: inout String) { writeParagraph(labels["front.purpose"], HTMLText.escaped(purpose), &html) }
    func writeSummary(_ html: inout String) { writeParagraph(labels["front.summary"], summaryHTML, &html) }

    /// A heading, then a paragraph of HTML.
    func writeParagraph(_ heading: String, _ paragraph: String, _ html: inout String) {
        writeHeading(heading, &html)
        html += "\n<p>"
        html += paragraph
        html += "</p>"
    }

    func writeRecommendations(_ html: inout String) {
        writeHeading(recommendationsHeading, &html)
        Self.write(recommendations, &html)
    }

    func writeActions(_ html: inout String) {
        if let actionsHeading { writeHeading(actionsHeading, &html) }
        Self.write(actions, &html)
    }

    func writeScope(_ html: inout String) {
        writeHeading(labels["front.scope"], &html)
        html += "\n<p class=\"scope-note\""
        // A page in another language than English: the note in its words, run by run (ScopeNote.html).
        if let scopeNoteHTML {
            html += scopeNoteHTML
            html += "</p>"
            return
        }
        if let scopeNoteLanguage {
            html += " lang=\""
            html += HTMLText.escaped(scopeNoteLanguage)
            html += "\""
        }
        html += ">"
        html += HTMLText.escaped(scopeNote)
        html += "</p>"
    }

    func writeContact(_ html: inout String) {
        writeHeading(labels["front.contact_officer"], &html)
        html += "\n"
        contact.write(&html)
    }

    /// After the heading, the recommendations or actions as the lines `{{#single…}}<p>{{{.}}}</p>{{/single…}}`
    /// and `{{#…List}}<ol>…</ol>{{/…List}}` rendered them (a line for a single entry even when
    /// empty; the list's lines only when there is a list).
    static func write(_ entries: OneOrList?, _ html: inout String) {
        html += "\n"
        if let single = entries?.single {
            html += "<p>"
            html += single
            html += "</p>"
        }
        if let items = entries?.list?.values {
            html += "\n<ol>\n"
            for item in items {
                html += "<li>"
                html += item
                html += "</li>\n"
            }
            html += "</ol>"
        }
    }

    /// A heading from a label, escaped as its text in a template is (`&`, `<`, `>`).
    func heading(_ text: String) -> String { Self.heading(text, level: headingLevel) }

    static func heading(_ text: String, level: Int) -> String {
        var html = ""
        writeHeading(text, level: level, &html)
        return html
    }

    func writeHeading(_ text: String, _ html: inout String) { Self.writeHeading(text, level: headingLevel, &html) }

    static func writeHeading(_ text: String, level: Int, _ html: inout String) {
        html += level == 2 ? "<h2>" : "<h" + String(level) + ">"
        html += TemplateLabels.escapedText(text)
        html += level == 2 ? "</h2>" : "</h" + String(level) + ">"
    }

    /// The numbered discussion points: `{{#points}}` or, rendered, `{{{pointsHTML}}}`.
    struct Discussion: MustacheParent {
        var points: [PointView]

        func child(named name: String) -> Any? {
            switch name {
            case "points": points
            case "pointsHTML": RawHTML(html: FrontSheetView.written(writePoints))
            default: nil
            }
        }

        /// The points as `<li>` lines, each ending with a line break.
        func writePoints(_ html: inout String) {
            for point in points {
                html += #"<li id=""#
                html += HTMLText.escaped(point.anchor)
                html += #""><span class="point-number">"#
                html += HTMLText.escaped(point.number)
                html += "</span> "
                html += point.html
                html += "</li>\n"
            }
        }
    }

    /// The paper's tags: `{{#items}}` or, rendered, `{{{itemsHTML}}}`.
    struct TagList: MustacheParent {
        var items: [String]

        func child(named name: String) -> Any? {
            switch name {
            case "items": items
            case "itemsHTML": RawHTML(html: FrontSheetView.written(writeItems))
            default: nil
            }
        }

        func writeItems(_ html: inout String) {
            for item in items {
                html += #"<span class="tag">"#
                html += HTMLText.escaped(item)
                html += "</span> "
            }
        }

        /// The line `<p class="tags">{{labels.paper.tags}} {{{itemsHTML}}}</p>` as it rendered, without its line break.
        func part(labels: Labels) -> String {
            var html = #"<p class="tags">"#
            html += TemplateLabels.written(labels, "paper.tags", inTag: false)
            html += " "
            writeItems(&html)
            html += "</p>"
            return html
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
    var html: String { FrontSheetView.written(write) }

    func write(_ html: inout String) {
        html += "<dl class=\"contact\">"
        func entry(_ key: String, _ value: String) {
            html += "\n<dt>"
            html += TemplateLabels.escapedText(labels[key])
            html += "</dt><dd>"
            html += value
            html += "</dd>"
        }
        entry("front.contact_name", HTMLText.escaped(contact.name))
        if let position = contact.position {
            entry("front.contact_position", textLanguage.map { "<span lang=\"\($0)\">\(HTMLText.escaped(position))</span>" } ?? HTMLText.escaped(position))
        }
        if let phone = contact.phone { entry("front.contact_phone", HTMLText.escaped(phone)) }
        if let email = contact.email.map(HTMLText.escaped) { entry("front.contact_email", #"<a href="mailto:\#(email)">\#(email)</a>"#) }
        html += "\n</dl>"
    }
}

/// The `background-papers` template: "None.", or each paper, linked where it has a link.
/// Rendered as itself (`{{{.}}}` in the built-in template), it is `backgroundPart`.
struct BackgroundPapersView: MustacheParent, MustacheCustomRenderable {
    var background: BackgroundPapers
    /// The section's heading, as the front sheet's `{{{backgroundHeading}}}` gives it.
    var heading: String
    var labels: Labels

    init(_ background: BackgroundPapers, heading: String, labels: Labels) {
        self.background = background
        self.heading = heading
        self.labels = labels
    }

    func child(named name: String) -> Any? {
        switch (name, background) {
        // The built-in template's one part: the section as its lines of tags rendered it.
        case ("backgroundPart", _): RawHTML(html: part)
        case ("none", .none): true
        case let ("papers", .list(papers)): Named("items", papers.map(Entry.init))
        default: nil
        }
    }

    var renderText: String { part }
    var isNull: Bool { false }

    /// The section, without its last line break.
    var part: String {
        var html = #"<section class="background-papers" aria-label=""#
        html += TemplateLabels.written(labels, "background.heading", inTag: true)
        html += "\">\n"
        html += heading
        html += "\n"
        switch background {
        case .none:
            html += "<p>"
            html += TemplateLabels.written(labels, "background.none", inTag: false)
            html += "</p>\n"
        case let .list(papers):
            // The template's `{{#none}}` line leaves its line break when there is a list.
            html += "\n<ul>\n"
            for paper in papers {
                html += "<li>"
                if let link = paper.link {
                    html += "<a href=\""
                    html += HTMLText.escaped(link)
                    html += "\">"
                    html += HTMLText.escaped(paper.title)
                    html += "</a>"
                } else {
                    html += HTMLText.escaped(paper.title)
                }
                html += "</li>\n"
            }
            html += "</ul>\n"
        }
        html += "</section>"
        return html
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
