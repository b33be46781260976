/// The geometry of a horizontal bar chart, worked out in Swift so the template only draws it.
/// Bars are solid dark grey with values written beside them, so the chart reads in greyscale print;
/// a suppressed count has no bar, only its "fewer than N" text.
public struct BarChart: Sendable, Hashable {
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: String
        public var y: Int
        public var textY: Int
        public var width: Int
        public var valueX: Int
    }

    public static let barHeight = 22
    public static let gap = 10
    public static let plotWidth = 360
    public static let valueSpace = 110

    public var labelWidth: Int
    public var width: Int
    public var height: Int
    public var bars: [Bar]

    public init(rows: [(label: String, count: PublishedCount)]) {
        // About 7.5 px a character at the 14 px font the stylesheet sets for chart text.
        let longest = rows.map(\.label.count).max() ?? 0
        labelWidth = min(280, max(80, longest * 15 / 2 + 12))
        let largest = rows.compactMap(\.count.number).max() ?? 0
        var bars: [Bar] = []
        for (index, row) in rows.enumerated() {
            let y = Self.gap + index * (Self.barHeight + Self.gap)
            let length = largest > 0 ? (row.count.number ?? 0) * Self.plotWidth / largest : 0
            let barX = labelWidth + 8
            bars.append(Bar(
                label: row.label, value: row.count.text, y: y, textY: y + Self.barHeight / 2 + 5,
                width: max(length, row.count.number == 0 || row.count.number == nil ? 0 : 1), valueX: barX + length + 6))
        }
        self.bars = bars
        width = labelWidth + 8 + Self.plotWidth + Self.valueSpace
        height = Self.gap + rows.count * (Self.barHeight + Self.gap)
    }

    public var barX: Int { labelWidth + 8 }
}
