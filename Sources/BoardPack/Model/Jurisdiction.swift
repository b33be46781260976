/// The law a council publishes its papers under: Part VA of the Local Government Act 1972 and its
/// Schedule 12A, which differ between England and Wales. It decides which paragraphs of exempt
/// information apply, the Part they are in, and the notice an agenda needs.
public enum Jurisdiction: String, Sendable, Hashable, CaseIterable {
    case england, wales

    public var name: String {
        switch self {
        case .england: "England"
        case .wales: "Wales"
        }
    }

    /// The Part of Schedule 12A that describes exempt information for this nation.
    public var schedulePart: Int {
        switch self {
        case .england: 1
        case .wales: 4
        }
    }

    /// Clear days between publishing the agenda and the meeting: s100A(6)(a) and s100B(3) for
    /// England (as amended by SI 2002/715), s100A(6)(aa) for Wales (Local Government and Elections
    /// (Wales) Act 2021).
    public var defaultClearDays: Int {
        switch self {
        case .england: 5
        case .wales: 3
        }
    }

    /// The paragraphs a paper may cite, in the Act's order.
    public var paragraphs: [String] { ScheduleTwelveA.paragraphs(self).map(\.number) }

    /// Why these paragraphs and no others, for messages.
    public var paragraphsExplained: String {
        switch self {
        case .england:
            "under jurisdiction 'england' exempt information is described by paragraphs 1 to 7 of Part 1 of Schedule 12A"
        case .wales:
            "under jurisdiction 'wales' exempt information is described by paragraphs 12 to 18 of Part 4 of Schedule 12A "
                + "(and 18A, 18B, 18C at a standards committee)"
        }
    }
}
