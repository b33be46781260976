/// `data/<id>.csv` and `data/<id>.json`: a dataset's counts by category, by nation and by month,
/// with small numbers suppressed. Never a record: no id, summary or other record field leaves here.
public struct DatasetDownload: Sendable {
    public struct Group: Sendable {
        public var dimension: String
        public var rows: [(key: String, label: String, count: PublishedCount)]
        public var total: PublishedCount
    }

    public var dataset: IncidentDataset
    public var groups: [Group]

    public static let dimensions = ["category", "nation", "month"]

    public init(_ dataset: IncidentDataset, labels: GroupLabels) {
        self.dataset = dataset
        groups = Self.dimensions.filter { dataset.fields.contains($0) }.map { dimension in
            let summary = PublishedSummary(dataset, query: SummaryQuery(groupBy: dimension), labels: labels)
            return Group(dimension: dimension, rows: summary.rows.map { ($0.key, $0.label, $0.count) }, total: summary.total)
        }
    }

    public var csv: String {
        var lines = ["dimension,key,label,count"]
        for group in groups {
            for row in group.rows {
                lines.append([group.dimension, row.key, row.label, Self.csvCount(row.count)].map(Self.csvField).joined(separator: ","))
            }
            lines.append([group.dimension, "", "Total", Self.csvCount(group.total)].map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public var json: String {
        var fields: [(key: String, value: JSONValue)] = [
            ("id", .string(dataset.id)), ("title", .string(dataset.title)), ("source", .string(dataset.source)),
        ]
        if let period = dataset.period {
            fields.append(("period", .object([("from", .string(period.from.description)), ("to", .string(period.to.description))])))
        }
        fields.append(("suppress_below", .integer(dataset.suppressBelow)))
        let by = groups.map { group -> (key: String, value: JSONValue) in
            let rows = group.rows.map { row -> JSONValue in
                .object([("key", .string(row.key)), ("label", .string(row.label)), ("count", Self.jsonCount(row.count))])
            }
            return (group.dimension, .object([("total", Self.jsonCount(group.total)), ("rows", .array(rows, .block))]))
        }
        fields.append(("by", .object(by, .block)))
        return JSONValue.object(fields, .linePerEntry).text + "\n"
    }

    /// A number, or the text "fewer than N" where the count is suppressed.
    static func jsonCount(_ count: PublishedCount) -> JSONValue {
        count.number.map(JSONValue.integer) ?? .string(count.text)
    }

    /// Plain digits for spreadsheets, or "fewer than N".
    static func csvCount(_ count: PublishedCount) -> String {
        count.number.map(String.init) ?? count.text
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
