/// A supplementary agenda: papers marked "to follow" on the agenda, issued later as a pack of
/// their own (`packs/<meeting>-supplement-<n>.html`).
public struct Supplement: Sendable {
    /// 1-based, in the order the meeting lists them: "Supplementary agenda 1".
    public var number: Int
    public var published: Located<CalendarDate>
    /// The papers it issues, by slug.
    public var papers: [Located<String>]

    public var title: String { "Supplementary agenda \(number)" }

    /// `budget-2025-supplement-1`: the pack's id and the name of its files.
    public func packID(meeting: String) -> String { "\(meeting)-supplement-\(number)" }
}

extension Meeting {
    /// The supplement that issues a paper, if any.
    public func supplement(issuing slug: String) -> Supplement? {
        supplements.first { $0.papers.contains { $0.value == slug } }
    }
}
