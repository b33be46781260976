/// A dataset's counts as public outputs may show them: grouped, labelled, and with small numbers
/// suppressed. Render places it (a paper's incidents table, `data/<id>.csv`); it never sees a record.
public struct PublishedSummary: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var key: String
        public var label: String
        public var count: PublishedCount
    }

    /// The field the counts are grouped by, or "month".
    public var field: String
    public var rows: [Row]
    public var total: PublishedCount
    /// Counts from 1 to `suppressBelow - 1` are withheld; 1 or less suppresses nothing.
    public var suppressBelow: Int

    public init(_ dataset: IncidentDataset, query: SummaryQuery, labels: GroupLabels) {
        let summary = IncidentSummary.make(dataset, query: query)
        let published = Suppression.apply(summary.rows.map(\.count), total: summary.total, threshold: dataset.suppressBelow)
        field = query.groupBy
        rows = zip(summary.rows, published.cells).map { row, count in
            Row(key: row.key, label: labels.label(field: query.groupBy, key: row.key), count: count)
        }
        total = published.total
        suppressBelow = dataset.suppressBelow
    }
}

/// A paper's incidents block, assembled: what it asks for, of which dataset, and the counts to show.
public struct EmbeddedSummary: Sendable, Hashable {
    /// The figure's id in the page: `incidents-3`, or `p-<slug>-incidents-3` in a pack.
    public var id: String
    /// The caption: the block's `title:`, or the dataset and the grouping, with the filters.
    public var caption: String
    /// The heading of the table's first column: "Category".
    public var groupHeading: String
    public var summary: PublishedSummary
    public var datasetTitle: String
    public var source: String
    public var period: DatasetPeriod?
    public var chart: IncidentSpec.Chart

    public init(spec: IncidentSpec, dataset: IncidentDataset, labels: GroupLabels, id: String) {
        self.id = id
        summary = PublishedSummary(dataset, query: spec.query, labels: labels)
        let heading = GroupLabels.heading(for: spec.groupBy.value)
        groupHeading = heading
        let groupable = dataset.groupable
        // A filter on a field that is not public selects records but never shows its value.
        let filterText = spec.filters.map { filter in
            let field = filter.field.value
            return groupable.contains(field)
                ? "\(GroupLabels.heading(for: field)): \(labels.label(field: field, key: filter.value))"
                : "selected by \(GroupLabels.heading(for: field).lowercased())"
        }
        caption = spec.title ?? "\(dataset.title): count by \(heading.lowercased())"
            + (filterText.isEmpty ? "" : " (\(filterText.joined(separator: "; ")))")
        datasetTitle = dataset.title
        source = dataset.source
        period = dataset.period
        chart = spec.chart
    }
}
