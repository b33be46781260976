/// The view model of a paper's page: every value already formatted, Markdown already HTML.
public enum PaperPageView {
    /// `exempt` papers in public output show only their title and the Schedule 12A notice.
    public static func context(for paper: Paper, site: Site, audience: Audience) -> [String: Any] {
        var context = PageContext.base(site: site, depth: 2, confidential: audience == .members && paper.front.exempt != nil)
        context["paper"] = paperValues(paper, site: site, audience: audience)
        return context
    }

    static func paperValues(_ paper: Paper, site: Site, audience: Audience) -> [String: Any] {
        let front = paper.front
        var values: [String: Any] = [
            "slug": paper.slug,
            "title": front.title,
            "boardName": site.board(front.board)?.name ?? front.board,
            "dateISO": front.date.description,
            "dateLong": front.date.long,
        ]
        if let exempt = front.exempt, audience == .public {
            values["exemptNotice"] = exempt.notice
            return values
        }
        let recommendations = paper.frontHTML.recommendations
        let actions = paper.frontHTML.actions
        let points = DiscussionNumbering.number(paper.body.discussionPoints, item: 1)
        values.merge([
            "purpose": front.purpose.frontSheetText,
            "summaryHTML": paper.frontHTML.summary,
            "recommendationsHeading": recommendations.count == 1 ? "Recommendation" : "Recommendations",
            "singleRecommendation": recommendations.count == 1 ? recommendations[0] : "",
            "recommendations": recommendations.map { ["html": $0] },
            "actionsHeading": actions.count == 1 ? "Action" : "Actions",
            "hasActions": !actions.isEmpty,
            "singleAction": actions.count == 1 ? actions[0] : "",
            "actions": actions.map { ["html": $0] },
            "scopeSentences": ScopeNote.sentences(for: front.scope),
            "contact": contactValues(front.contact),
            "bodyBeforePoints": paper.body.htmlBeforePoints,
            "hasPoints": !points.isEmpty,
            "points": points.map { ["number": $0.number, "anchor": $0.anchor, "html": $0.point.html] },
            "bodyAfterPoints": paper.body.htmlAfterPoints,
            "hasTags": !front.tags.isEmpty,
            "tags": front.tags,
        ]) { _, new in new }
        return values
    }

    static func contactValues(_ contact: Contact) -> [String: Any] {
        var values: [String: Any] = ["name": contact.name]
        values["position"] = contact.position ?? ""
        values["phone"] = contact.phone ?? ""
        values["email"] = contact.email ?? ""
        return values
    }
}

/// Who a build is for. Public output never holds exempt papers' content or dataset records.
public enum Audience: String, Sendable, CaseIterable {
    case `public`
    case members
}
