/// The view model of a paper's page: every value already formatted, Markdown already HTML.
/// Optional parts are present or absent, so templates show them with a plain `{{#part}}` section.
public enum PaperPageView {
    /// `exempt` papers in public output show only their title and the Schedule 12A notice.
    /// `places`: the meetings whose agendas hold the paper, listed and linked as "Considered at".
    /// `pdf`: the page links the paper's own PDF (`papers/<slug>.pdf`).
    public static func context(
        for paper: Paper, site: Site, audience: Audience, places: [AgendaPlace] = [], pdf: Bool = false
    ) -> [String: Any] {
        var context = PageContext.base(site: site, depth: 2, confidential: audience == .members)
        var values = paperValues(paper, site: site, audience: audience)
        if pdf { values["pdf"] = true }
        if !places.isEmpty {
            values["considered"] = ["places": places.map { ["text": $0.text, "url": "../../meetings/\($0.meetingID)/index.html"] }]
        }
        context["paper"] = values
        return context
    }

    static func paperValues(_ paper: Paper, site: Site, audience: Audience) -> [String: Any] {
        var values = basicValues(paper, boardName: site.board(paper.front.board)?.name ?? paper.front.board)
        values["year"] = String(paper.front.date.year)
        if let exempt = paper.front.exempt, audience == .public {
            values["exempt"] = ExemptNoticeView.values(exempt, site: site)
        } else {
            values["frontSheet"] = frontSheetValues(paper, item: 1)
            // A filter of the search page; an exempt paper's purpose is not public.
            values["searchPurpose"] = SearchIndex.filterName(paper.front.purpose)
        }
        return values
    }

    static func basicValues(_ paper: Paper, boardName: String?) -> [String: Any] {
        var values: [String: Any] = [
            "slug": paper.slug,
            "title": paper.front.title,
            "dateISO": paper.front.date.description,
            "dateLong": paper.front.date.long,
        ]
        values["boardName"] = boardName
        return values
    }

    /// The front sheet and body; `item` numbers the discussion points (1.1, 1.2 on a paper's own
    /// page; 4.1, 4.2 for item 4 of a pack), and `headingLevel` is that of the front sheet's headings.
    static func frontSheetValues(_ paper: Paper, item: Int, idPrefix: String = "") -> [String: Any] {
        let front = paper.front
        let html = paper.frontHTML
        var values: [String: Any] = [
            "headingLevel": 2,
            "purpose": front.purpose.frontSheetText,
            "summaryHTML": html.summary,
            "recommendationsHeading": html.recommendations.count == 1 ? "Recommendation" : "Recommendations",
            "scopeNote": ScopeNote.sentences(for: front.scope).joined(separator: " "),
            "contact": contactValues(front.contact),
            "bodyBeforePoints": paper.body.htmlBeforePoints,
            "bodyAfterPoints": paper.body.htmlAfterPoints,
        ]
        values.merge(listValues(html.recommendations, single: "singleRecommendation", list: "recommendationList")) { $1 }
        if !html.actions.isEmpty {
            values["actionsHeading"] = html.actions.count == 1 ? "Action" : "Actions"
            values.merge(listValues(html.actions, single: "singleAction", list: "actionList")) { $1 }
        }
        let points = DiscussionNumbering.number(paper.body.discussionPoints, item: item, idPrefix: idPrefix)
        if !points.isEmpty {
            values["discussion"] = ["points": points.map { ["number": $0.number, "anchor": $0.anchor, "html": $0.point.html] }]
        }
        if !front.tags.isEmpty { values["tagList"] = ["items": front.tags] }
        if let background = front.backgroundPapers { values["backgroundPapers"] = backgroundValues(background) }
        return values
    }

    /// One entry shows as a sentence, several as a numbered list, as on the LGA's front sheet.
    private static func listValues(_ items: [String], single: String, list: String) -> [String: Any] {
        items.count == 1 ? [single: items[0]] : [list: ["items": items]]
    }

    static func backgroundValues(_ background: BackgroundPapers) -> [String: Any] {
        switch background {
        case .none: ["none": true]
        case let .list(papers):
            ["papers": ["items": papers.map { PackView.compact(["title": $0.title, "link": $0.link]) }]]
        }
    }

    static func contactValues(_ contact: Contact) -> [String: Any] {
        var values: [String: Any] = ["name": contact.name]
        values["position"] = contact.position
        values["phone"] = contact.phone
        values["email"] = contact.email
        return values
    }
}

/// Who a build is for. Public output never holds exempt papers' content or dataset records.
public enum Audience: String, Sendable, CaseIterable {
    case `public`
    case members
}
