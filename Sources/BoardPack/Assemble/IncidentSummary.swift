/// Which counts a paper asks of a dataset: grouped by one field, of the records that match a filter.
public struct SummaryQuery: Sendable, Hashable {
    /// Any record field, or "month".
    public var groupBy: String
    /// Field → value; a record matches when `values(of: field)` holds the value, in any case.
    public var filter: [String: String]

    public init(groupBy: String, filter: [String: String] = [:]) {
        self.groupBy = groupBy
        self.filter = filter
    }
}

/// Counts of incidents by one field: what public outputs show instead of records.
public struct IncidentSummary: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var key: String
        public var count: Int

        public init(key: String, count: Int) {
            self.key = key
            self.count = count
        }
    }

    public var groupBy: String
    /// By month, or by any field whose every value starts with a year ("2017-18", "2019/20",
    /// "2021"): in time order. Otherwise: largest count first, then by key.
    public var rows: [Row]
    /// Incidents in the matching records. A record with several tags counts once here, once in each
    /// tag's row; a record without the grouped field counts here and in no row.
    public var total: Int

    public init(groupBy: String, rows: [Row], total: Int) {
        self.groupBy = groupBy
        self.rows = rows
        self.total = total
    }

    public static func make(_ dataset: IncidentDataset, query: SummaryQuery) -> IncidentSummary {
        let filter = query.filter.map { (field: $0.key, value: $0.value.lowercased()) }
        let grouping = Grouping(query.groupBy)
        var counts: [String: Int] = [:]
        var total = 0
        // By index: each record is read where it stands, not copied (a dataset may hold 100,000).
        let records = dataset.records
        for index in records.indices where filter.isEmpty || filter.allSatisfy({ wanted in
            records[index].values(of: wanted.field).contains { $0.lowercased() == wanted.value }
        }) {
            let count = records[index].count
            total += count
            switch grouping {
            case .month: if let date = records[index].date { counts[date.monthKey, default: 0] += count }
            case .nation: counts[records[index].nation.rawValue, default: 0] += count
            case .category: counts[records[index].category, default: 0] += count
            case let .extra(name): if let value = records[index].extra[name] { counts[value, default: 0] += count }
            case .other:
                let keys = records[index].values(of: query.groupBy)
                // A value given twice (a tag repeated) counts once.
                for (index, key) in keys.enumerated() where !keys[..<index].contains(key) {
                    counts[key, default: 0] += count
                }
            }
        }
        let rows = counts.map { Row(key: $0.key, count: $0.value) }
        let ordered = query.groupBy == "month" || rows.allSatisfy({ Self.startsWithYear($0.key) })
            ? rows.sorted { $0.key < $1.key }  // YYYY-MM and year-led keys sort as time does
            : rows.sorted { ($1.count, $0.key) < ($0.count, $1.key) }
        return IncidentSummary(groupBy: query.groupBy, rows: ordered, total: total)
    }

    static func startsWithYear(_ key: String) -> Bool {
        let head = key.utf8.prefix(5)
        guard head.count >= 4, head.prefix(4).allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
        return head.count == 4 || !(0x30...0x39).contains(head[head.index(head.startIndex, offsetBy: 4)])
    }

    /// How `make` finds a record's values of the grouped field, as `IncidentRecord.values(of:)` gives
    /// them: the usual fields without a list made for every record.
    private enum Grouping {
        case month, nation, category, extra(String), other

        init(_ field: String) {
            switch field {
            case "month": self = .month
            case "nation": self = .nation
            case "category": self = .category
            case "tags", "severity", "date", "year", "id", "count": self = .other
            default: self = .extra(field)
            }
        }
    }
}
