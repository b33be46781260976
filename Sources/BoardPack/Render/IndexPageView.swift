/// The view model of the site's front page.
public enum IndexPageView {
    public static func context(for index: SiteIndex, site: Site, audience: Audience) -> [String: Any] {
        var context = PageContext.base(site: site, depth: 0, confidential: false)
        context["boards"] = index.boards.map { entry in
            [
                "id": entry.board.id,
                "name": entry.board.name,
                "papers": entry.papers.map { paper in
                    [
                        "title": paper.front.title,
                        "url": "papers/\(paper.slug)/index.html",
                        "dateISO": paper.front.date.description,
                        "dateLong": paper.front.date.long,
                        "purpose": paper.front.purpose.frontSheetText,
                        "exempt": paper.front.exempt != nil,
                    ] as [String: Any]
                },
            ] as [String: Any]
        }
        return context
    }
}
