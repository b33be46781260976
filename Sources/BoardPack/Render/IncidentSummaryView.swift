import Mustache

/// The view model of an embedded dataset summary (the `incidents` template): a table, a bar chart
/// and the dataset's title, period and source. It only places an assembled, suppressed summary.
public struct IncidentSummaryView: MustacheParent {
    var embedded: EmbeddedSummary
    var chart: ChartView?

    public init(_ embedded: EmbeddedSummary) {
        self.embedded = embedded
        let rows = embedded.summary.rows
        if embedded.chart == .bar, !rows.isEmpty {
            chart = ChartView(
                chart: BarChart(rows: rows.map { (label: $0.label, count: $0.count) }), title: embedded.caption,
                description: "Bar chart. " + rows.map { "\($0.label): \($0.count.text)" }.joined(separator: "; ") + ".")
        }
    }

    public func child(named name: String) -> Any? {
        switch name {
        case "id": embedded.id
        case "caption": embedded.caption
        case "groupHeading": embedded.groupHeading
        case "rows": embedded.summary.rows.map(RowView.init)
        case "total": embedded.summary.total.text
        case "datasetTitle": embedded.datasetTitle
        case "source": embedded.source.isEmpty ? nil : embedded.source
        case "period": embedded.period.map { "\($0.from.long) to \($0.to.long)" }
        case "suppressionNote":
            embedded.summary.suppressBelow > 1
                ? "Counts from 1 to \(embedded.summary.suppressBelow - 1) are shown as \"fewer than \(embedded.summary.suppressBelow)\", "
                    + "and where one could be worked out from the total, another count is hidden too."
                : nil
        case "chart": chart
        default: nil
        }
    }

    struct RowView: MustacheParent {
        var row: PublishedSummary.Row

        func child(named name: String) -> Any? {
            switch name {
            case "label": row.label
            case "count": row.count.text
            default: nil
            }
        }
    }

    struct ChartView: MustacheParent {
        var chart: BarChart
        var title: String
        var description: String

        func child(named name: String) -> Any? {
            switch name {
            case "width": chart.width
            case "height": chart.height
            case "labelX": chart.labelWidth
            case "barX": chart.barX
            case "barHeight": BarChart.barHeight
            case "title": title
            case "description": description
            case "bars": chart.bars
            default: nil
            }
        }
    }
}

extension BarChart.Bar: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "lines": lines
        case "value": value
        case "y": y
        case "textY": textY
        case "width": width
        case "valueX": valueX
        default: nil
        }
    }
}

extension BarChart.Line: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "y": y
        default: nil
        }
    }
}
