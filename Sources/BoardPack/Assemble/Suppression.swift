/// A count as public outputs show it: exactly, or withheld so that no small group can be identified.
public enum PublishedCount: Sendable, Hashable {
    case exact(Int)
    /// A count from 1 to `below - 1`, shown as "fewer than N".
    case suppressed(below: Int)
    /// A count of any size withheld only because, with the total, it would give away a suppressed
    /// one (secondary suppression). "fewer than N" would be untrue of it, so it says only "withheld".
    case withheld

    /// "0", "1,234", "fewer than 5", "withheld".
    public var text: String {
        switch self {
        case let .exact(value): return Self.grouped(value)
        case let .suppressed(below): return "fewer than \(Self.grouped(below))"
        case .withheld: return "withheld"
        }
    }

    /// nil when suppressed or withheld.
    public var number: Int? {
        if case let .exact(value) = self { return value }
        return nil
    }

    /// Thousands separated by commas, as GOV.UK style writes numbers.
    private static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return value < 0 ? "-" + text : text
    }
}

/// A table's cells and total as published.
public struct SuppressedTable: Sendable, Hashable {
    public var cells: [PublishedCount]
    public var total: PublishedCount

    public init(cells: [PublishedCount], total: PublishedCount) {
        self.cells = cells
        self.total = total
    }
}

/// Small-number suppression as UK official statistics apply it.
public enum Suppression {
    /// Primary: a count from 1 to threshold-1 is suppressed; zero is shown as 0; so is the total when
    /// it is that small. Secondary: when the total is published and exactly one cell is suppressed (so
    /// it could be worked out as the total minus the others), the smallest other non-zero published
    /// cell (of equals, the later one) is withheld too. A threshold of 1 or less suppresses nothing.
    public static func apply(_ counts: [Int], total: Int, threshold: Int) -> SuppressedTable {
        func isSmall(_ count: Int) -> Bool { threshold > 1 && count >= 1 && count < threshold }
        var cells: [PublishedCount] = counts.map { isSmall($0) ? .suppressed(below: threshold) : .exact($0) }
        let publishedTotal: PublishedCount = isSmall(total) ? .suppressed(below: threshold) : .exact(total)
        let suppressed = cells.filter { $0.number == nil }.count
        if publishedTotal.number != nil, suppressed == 1 {
            let partner = cells.indices
                .filter { cells[$0].number.map { $0 > 0 } ?? false }
                .min { (counts[$0], -$0) < (counts[$1], -$1) }
            if let partner { cells[partner] = .withheld }
        }
        return SuppressedTable(cells: cells, total: publishedTotal)
    }
}
