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
        var parts = [
            "\"id\":\(JSONText.quoted(dataset.id))",
            "\"title\":\(JSONText.quoted(dataset.title))",
            "\"source\":\(JSONText.quoted(dataset.source))",
        ]
        if let period = dataset.period {
            parts.append("\"period\":{\"from\":\"\(period.from)\",\"to\":\"\(period.to)\"}")
        }
        parts.append("\"suppress_below\":\(dataset.suppressBelow)")
        let groupTexts = groups.map { group in
            let rows = group.rows.map { row in
                "{\"key\":\(JSONText.quoted(row.key)),\"label\":\(JSONText.quoted(row.label)),\"count\":\(Self.jsonCount(row.count))}"
            }
            return "\(JSONText.quoted(group.dimension)):{\"total\":\(Self.jsonCount(group.total)),\"rows\":[\n"
                + rows.joined(separator: ",\n") + "\n]}"
        }
        parts.append("\"by\":{\n" + groupTexts.joined(separator: ",\n") + "\n}")
        return "{" + parts.joined(separator: ",\n") + "}\n"
    }

    /// A number, or the text "fewer than N" where the count is suppressed.
    static func jsonCount(_ count: PublishedCount) -> String {
        count.number.map(String.init) ?? JSONText.quoted(count.text)
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
