import Yams

/// The fields that say how an agenda was issued: when it was published, which items are urgent or
/// to follow, and the supplementary agendas that issue those papers later.
extension MeetingValidator {
    static let issueFields = ["published", "supplements"]
    static let itemIssueFields = ["urgent", "to-follow"]
    static let supplementFields = ["published", "papers"]

    /// `urgent: "reason"` and `to-follow: true` on one agenda item.
    static func readIssue(_ item: inout Fields, hasPaper: Bool) -> (urgent: String?, toFollow: Bool) {
        var urgent: String?
        if let node = item.node("urgent") {
            let text = Fields.isNull(node) ? nil : Fields.scalarText(node)?.trimmed
            if let text, !text.isEmpty, !isYesOrNo(node) {
                urgent = text
            } else {
                item.error(
                    "'urgent' is the reason the chair agreed to take the item though it was not on the published agenda, "
                        + "in words, such as urgent: \"the contract must be signed before 31 March\"", at: node)
            }
        }
        var toFollow = false
        if let node = item.node("to-follow") {
            switch Fields.scalarText(node)?.lowercased() {
            case "true", "yes": toFollow = true
            case "false", "no": toFollow = false
            default: item.error("'to-follow' is true or false (found \"\(Fields.scalarText(node) ?? "a list")\")", at: node)
            }
            if toFollow, !hasPaper {
                item.error("'to-follow' marks a paper that is not ready yet; this item has no 'paper'", at: node)
            }
        }
        return (urgent, toFollow)
    }

    private static func isYesOrNo(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return false }
        return ["true", "false", "yes", "no"].contains(scalar.string.lowercased())
    }

    /// `published:` and `supplements:`, checked against the meeting's date and agenda.
    static func readIssue(_ fields: inout Fields, date: CalendarDate?, items: [AgendaItem]) -> (Located<CalendarDate>?, [Supplement]) {
        var published: Located<CalendarDate>?
        if let day = fields.date("published", required: false) {
            let location = fields.location("published")
            if let date, date < day {
                fields.diagnostics.append(.error(
                    "the agenda cannot be published after the meeting: 'published' is \(day.long) but the meeting is on \(date.long)",
                    at: location))
            }
            published = Located(day, at: location)
        }
        guard let node = fields.node("supplements"), !Fields.isNull(node) else { return (published, []) }
        guard case let .sequence(list) = node else {
            fields.error("'supplements' is a list of '- { published: 2025-03-17, papers: [slug] }' lines", at: node)
            return (published, [])
        }
        var supplements: [Supplement] = []
        var issued: [String: Int] = [:]
        for (offset, entry) in list.enumerated() {
            let number = offset + 1
            guard case let .mapping(mapping) = entry else {
                fields.error("a supplementary agenda is '- { published: 2025-03-17, papers: [slug] }'", at: entry)
                continue
            }
            var supplement = Fields(mapping, context: fields.context, owner: "supplementary agenda \(number)")
            let day = supplement.date("published")
            let papers = supplement.stringList("papers", required: true) ?? []
            if let day, let published, day < published.value {
                supplement.error(
                    "supplementary agenda \(number) is dated \(day.long), before the agenda it supplements (published \(published.value.long))",
                    at: supplement.node("published") ?? entry)
            }
            if let day, let date, date < day {
                supplement.error(
                    "supplementary agenda \(number) is dated \(day.long), after the meeting on \(date.long)",
                    at: supplement.node("published") ?? entry)
            }
            for paper in papers {
                if let item = items.first(where: { $0.paper?.value == paper.value }) {
                    if !item.toFollow {
                        supplement.diagnostics.append(.error(
                            "the paper '\(paper.value)' is not marked to follow: a supplement issues papers that were not ready "
                                + "with the agenda; add 'to-follow: true' to agenda item \(item.number) (line \(item.line))",
                            at: paper.location))
                    }
                } else {
                    let known = items.compactMap { $0.paper?.value }
                    supplement.diagnostics.append(.error(
                        "the paper '\(paper.value)' is not on this meeting's agenda: a supplement issues papers the agenda "
                            + "lists as to follow" + Suggestion.didYouMean(paper.value, among: known),
                        at: paper.location))
                }
                if let first = issued[paper.value] {
                    supplement.diagnostics.append(.error(
                        "the paper '\(paper.value)' is already issued in supplementary agenda \(first)", at: paper.location))
                } else {
                    issued[paper.value] = number
                }
            }
            supplement.warnAboutUnknownFields(known: supplementFields)
            fields.diagnostics += supplement.diagnostics
            if let day {
                supplements.append(Supplement(number: number, published: Located(day, at: supplement.location("published")), papers: papers))
            }
        }
        return (published, supplements)
    }
}
