/// The view model of an embedded dataset summary: a table, a bar chart and the dataset's
/// title, period and source. Counts are suppressed before they reach the template.
public enum IncidentSummaryView {
    public static func context(
        spec: IncidentSpec, dataset: IncidentDataset, labels: GroupLabels, id: String
    ) -> [String: Any] {
        let summary = IncidentSummary.make(dataset, query: spec.query)
        let published = Suppression.apply(summary.rows.map(\.count), total: summary.total, threshold: dataset.suppressBelow)
        let field = spec.groupBy.value
        let rows = zip(summary.rows, published.cells).map { row, count in
            (label: labels.label(field: field, key: row.key), count: count)
        }
        let heading = GroupLabels.heading(for: field)
        let groupable = dataset.groupable
        // A filter on a field that is not public selects records but never shows its value.
        let filterText = spec.filters.map { filter in
            let field = filter.field.value
            return groupable.contains(field)
                ? "\(GroupLabels.heading(for: field)): \(labels.label(field: field, key: filter.value))"
                : "selected by \(GroupLabels.heading(for: field).lowercased())"
        }
        let caption = spec.title ?? "\(dataset.title): count by \(heading.lowercased())"
            + (filterText.isEmpty ? "" : " (\(filterText.joined(separator: "; ")))")
        var context: [String: Any] = [
            "id": id,
            "caption": caption,
            "groupHeading": heading,
            "rows": rows.map { ["label": $0.label, "count": $0.count.text] },
            "total": published.total.text,
            "datasetTitle": dataset.title,
        ]
        if !dataset.source.isEmpty { context["source"] = dataset.source }
        if let period = dataset.period { context["period"] = "\(period.from.long) to \(period.to.long)" }
        if dataset.suppressBelow > 1 {
            context["suppressionNote"] = "Counts from 1 to \(dataset.suppressBelow - 1) are shown as "
                + "\"fewer than \(dataset.suppressBelow)\", and where one could be worked out from the total, another count is hidden too."
        }
        if spec.chart == .bar, !rows.isEmpty {
            let chart = BarChart(rows: rows)
            context["chart"] = [
                "width": chart.width, "height": chart.height, "labelX": chart.labelWidth, "barX": chart.barX,
                "barHeight": BarChart.barHeight,
                "title": caption,
                "description": "Bar chart. " + rows.map { "\($0.label): \($0.count.text)" }.joined(separator: "; ") + ".",
                "bars": chart.bars.map { bar in
                    ["label": bar.label, "lines": bar.lines.map { ["text": $0.text, "y": $0.y] }, "value": bar.value, "y": bar.y, "textY": bar.textY, "width": bar.width, "valueX": bar.valueX]
                        as [String: Any]
                },
            ] as [String: Any]
        }
        return context
    }
}
