/// Whose law a project's committees follow: it decides the default notice period.
public enum Jurisdiction: String, Sendable, Hashable, CaseIterable {
    case england
    case wales

    public var name: String { rawValue.capitalized }

    /// Clear days an agenda is open to inspection before the meeting: Local Government Act 1972
    /// s100B(3), 5 in England (as amended by SI 2002/715), 3 in Wales (as amended by the Local
    /// Government and Elections (Wales) Act 2021).
    public var defaultClearDays: Int {
        switch self {
        case .england: 5
        case .wales: 3
        }
    }
}
