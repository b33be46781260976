/// A nation of the United Kingdom, as a paper's scope and a dataset's records name it.
public enum Nation: String, Sendable, Hashable, CaseIterable, Comparable {
    case england, wales, scotland
    case northernIreland = "northern-ireland"

    public var name: String {
        switch self {
        case .england: "England"
        case .wales: "Wales"
        case .scotland: "Scotland"
        case .northernIreland: "Northern Ireland"
        }
    }

    /// The one reading of a nation as content writes it, in papers' scope and datasets' records:
    /// any case, spaces around, a space or hyphens between words ("Northern Ireland", "northern-ireland").
    public init?(written text: String) {
        if let nation = Nation(rawValue: text) {
            self = nation
            return
        }
        self.init(rawValue: Self.key(text))
    }

    /// Why `text` names no nation, with the nearest name when there is one.
    public static func unknown(_ text: String) -> String {
        "unknown nation '\(text)': use england, wales, scotland or northern-ireland"
            + Suggestion.didYouMean(key(text), among: allCases.map(\.rawValue))
    }

    private static func key(_ text: String) -> String {
        text.trimmed.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: "-")
    }

    public static func < (lhs: Nation, rhs: Nation) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
