/// The view model of a printable pack: cover, agenda, contents, each item, and the two appendices.
public enum PackView {
    public static func context(
        for pack: Pack, site: Site, audience: Audience, css: String, labels: GroupLabels,
        datasets: [String: IncidentDataset], renderIncidents: ([String: Any]) -> String
    ) -> [String: Any] {
        let shown = { (paper: Paper) in audience == .members || paper.front.exempt == nil }
        let confidential = audience == .members
        let footer = confidential ? membersFooter : ""
        var context: [String: Any] = [
            "language": site.language,
            "organisation": site.organisation,
            "siteTitle": site.title,
            "css": css,
            "title": pack.title,
            "running": pack.title,
            "confidential": confidential,
            "footer": footer,
            "items": pack.items.map {
                itemValues($0, shown: shown, site: site, footer: footer, labels: labels, datasets: datasets, render: renderIncidents, packID: pack.id)
            },
            "contents": pack.items.map {
                ["number": $0.number, "title": $0.title, "anchor": anchor($0), "hasPages": $0.paper != nil,
                 "attachments": $0.paper.map(shown) == false ? [] : attachmentValues($0, meetingID: pack.id)]
                    .merging(issueValues($0).filter { $0.key == "toFollow" }) { $1 }
            },
            "pointsAppendix": pointsAppendix(pack.items, shown: shown),
            "scopeAppendix": scopeAppendix(pack.items, shown: shown),
        ]
        switch pack.kind {
        case let .meeting(meeting):
            context["kind"] = "Meeting pack"
            context["cover"] = compact([
                "board": pack.boardName, "date": meeting.date.long, "dateISO": meeting.date.description,
                "time": meeting.time, "venue": meeting.venue,
            ])
            let exclusion = ExclusionResolution.make(
                pack.items.map { ($0.number, $0.paper?.front.exempt ?? $0.exemptToFollow) }, site: site)
            context["agenda"] = ["items": pack.items.map { item in
                compact(["number": item.number, "title": item.title, "anchor": anchor(item),
                         "purpose": item.paper.map { shown($0) ? $0.front.purpose.frontSheetText : "Exempt." },
                         "exclusion": exclusion?.beforeItem == item.number ? exclusion?.values : nil])
                    .merging(issueValues(item)) { $1 }
            }]
        case let .briefing(spec):
            context["kind"] = "Briefing pack"
            context["cover"] = compact(["introHTML": spec.introHTML ?? spec.intro.map { PaperLinks.packIntroHTML($0).html }])
        case let .supplement(meeting, supplement):
            context["kind"] = supplement.title
            context["cover"] = compact([
                "board": pack.boardName, "date": meeting.date.long, "dateISO": meeting.date.description,
                "time": meeting.time, "venue": meeting.venue,
                "issued": supplement.published.value.long, "issuedISO": supplement.published.value.description,
            ])
        case .paper:
            context["kind"] = "Paper"
            context["single"] = true
            let date = pack.items.first?.paper?.front.date
            context["cover"] = compact(["board": pack.boardName, "date": date?.long, "dateISO": date?.description])
        }
        return context
    }

    static func anchor(_ item: PackItem) -> String { "item-\(item.number)" }

    /// The printed pages' running footer in a members' edition; an exempt item's pages say more.
    static let membersFooter = "Confidential: members only"

    /// A dictionary without its nil values, so that templates can test for presence.
    static func compact(_ values: [String: Any?]) -> [String: Any] { values.compactMapValues { $0 } }

    static func itemValues(
        _ item: PackItem, shown: (Paper) -> Bool, site: Site, footer: String, labels: GroupLabels, datasets: [String: IncidentDataset],
        render: ([String: Any]) -> String, packID: String = ""
    ) -> [String: Any] {
        var values: [String: Any] = [
            "number": item.number, "title": item.title, "anchor": anchor(item), "footer": footer,
            "attachments": attachmentValues(item, meetingID: packID),
        ]
        values.merge(issueValues(item)) { $1 }
        guard let paper = item.paper else {
            values["procedural"] = true
            return values
        }
        values["endAnchor"] = "\(anchor(item))-end"
        if let exempt = paper.front.exempt, !shown(paper) {
            values["exempt"] = ExemptNoticeView.values(exempt, site: site)
            // What is attached to an exempt paper is as exempt as the paper.
            values["attachments"] = [[String: Any]]()
            return values
        }
        var packed = paper
        packed.body = paper.packBody ?? paper.body
        packed.body = IncidentEmbedding.embed(packed, datasets: datasets, labels: labels, idPrefix: paper.packPrefix, render: render)
        // A pack is one file that must print anywhere: images go inside it.
        packed.body = PaperImages.rewrite(packed.body, images: paper.images, embed: true)
        var front = PaperPageView.frontSheetValues(packed, item: item.number, idPrefix: paper.packPrefix)
        front["headingLevel"] = 3
        values["paper"] = PaperPageView.basicValues(packed, boardName: nil).merging(["frontSheet": front]) { $1 }
        if let exempt = paper.front.exempt {
            values["exemptMarking"] = "Confidential: members only. " + exempt.notice
            values["footer"] = "\(membersFooter). Exempt information: paragraph \(exempt.paragraph) of Schedule 12A"
        }
        return values
    }

    /// An item's attachments: Markdown printed in full; a PDF linked on screen and, in print, as
    /// many blank pages as it has, which the PDF's own pages replace once printed (`PDFStage`).
    static func attachmentValues(_ item: PackItem, meetingID: String?) -> [[String: Any]] {
        item.attachments.enumerated().compactMap { index, attachment in
            var values: [String: Any] = [
                "number": item.number, "title": attachment.title, "anchor": "\(anchor(item))-attachment-\(index + 1)",
            ]
            switch attachment.content {
            case let .markdown(html): values["html"] = html
            case let .pdf(_, pages):
                values["pdf"] = [
                    "pages": pages, "pagesText": pages == 1 ? "1 page" : "\(pages) pages", "blankPages": Array(repeating: true, count: max(0, pages - 1)),
                    "href": Route.meetingFile(meetingID ?? "", attachment.publishedName).relative(from: .pack(meetingID ?? "")),
                ] as [String: Any]
            case nil: return nil
            }
            return values
        }
    }

    static func pointsAppendix(_ items: [PackItem], shown: (Paper) -> Bool) -> [String: Any] {
        let groups: [[String: Any]] = items.compactMap { item in
            guard let paper = item.paper, shown(paper), !paper.body.discussionPoints.isEmpty else { return nil }
            let points = DiscussionNumbering.number(paper.body.discussionPoints, item: item.number, idPrefix: paper.packPrefix)
            return [
                "number": item.number, "title": item.title, "anchor": anchor(item),
                "points": points.map { ["number": $0.number, "html": $0.point.html, "target": $0.anchor] },
            ]
        }
        return groups.isEmpty ? ["empty": true] : ["groups": groups]
    }

    static func scopeAppendix(_ items: [PackItem], shown: (Paper) -> Bool) -> [String: Any] {
        let visible = items.filter { $0.paper.map(shown) ?? false }
        let groups: [[String: Any]] = visible.compactMap { item in
            guard let paper = item.paper else { return nil }
            var rows = paper.front.scope.map { entry in
                [
                    "subject": entry.subject ?? "The whole paper",
                    "nations": Nation.allCases.map { ["covers": entry.nations.contains($0) ? "Yes" : "No"] },
                ] as [String: Any]
            }
            // The paper's Wales section stands once, beside all of its subjects.
            guard !rows.isEmpty else { return nil }
            rows[0]["walesCell"] = [
                "rows": rows.count,
                "html": paper.body.walesImplications?.html ?? "<p>The paper has no ‘Implications for Wales’ section.</p>",
            ] as [String: Any]
            return ["number": item.number, "title": item.title, "rows": rows]
        }
        return ["summary": PackAssembler.scopeSummary(visible), "groups": groups, "nations": Nation.allCases.map(\.name)]
    }
}
