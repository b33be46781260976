/// The geometry of a horizontal bar chart, worked out in Swift so the template only draws it.
/// Bars are solid dark grey with values written beside them, so the chart reads in greyscale print;
/// a suppressed count has no bar, only its "fewer than N" text.
public struct BarChart: Sendable, Hashable {
    public struct Bar: Sendable, Hashable {
        public var label: String
        /// The label as printed: one line, or two when long; the table above the chart has it whole.
        public var lines: [Line]
        public var value: String
        public var y: Int
        public var textY: Int
        public var width: Int
        public var valueX: Int
    }

    public struct Line: Sendable, Hashable {
        public var text: String
        public var y: Int
    }

    public static let barHeight = 22
    /// Characters on a label's line: longer labels wrap onto a second line, then are shortened with "…".
    public static let lineCharacters = 24
    /// A wide sans-serif's average at 14 px (DejaVu Sans, which WeasyPrint falls back to, is wider than Arial).
    static let characterWidth = 17 / 2
    public static let gap = 10
    public static let plotWidth = 360
    public static let valueSpace = 110

    public var labelWidth: Int
    public var width: Int
    public var height: Int
    public var bars: [Bar]

    public init(rows: [(label: String, count: PublishedCount)]) {
        let wrapped = rows.map { Self.wrap($0.label) }
        let longest = wrapped.flatMap { $0 }.map(\.count).max() ?? 0
        labelWidth = max(80, longest * Self.characterWidth + 12)
        let largest = rows.compactMap(\.count.number).max() ?? 0
        var bars: [Bar] = []
        for (index, row) in rows.enumerated() {
            let y = Self.gap + index * (Self.barHeight + Self.gap)
            let length = largest > 0 ? (row.count.number ?? 0) * Self.plotWidth / largest : 0
            let barX = labelWidth + 8
            let textY = y + Self.barHeight / 2 + 5
            let lines = wrapped[index].count == 1
                ? [Line(text: wrapped[index][0], y: textY)]
                : wrapped[index].enumerated().map { Line(text: $0.element, y: textY - 8 + 16 * $0.offset) }
            bars.append(Bar(
                label: row.label, lines: lines, value: row.count.text, y: y, textY: y + Self.barHeight / 2 + 5,
                width: max(length, row.count.number == 0 || row.count.number == nil ? 0 : 1), valueX: barX + length + 6))
        }
        self.bars = bars
        width = labelWidth + 8 + Self.plotWidth + Self.valueSpace
        height = Self.gap + rows.count * (Self.barHeight + Self.gap)
    }

    public var barX: Int { labelWidth + 8 }

    /// Words onto at most two lines of `lineCharacters`; what does not fit ends the second line with "…".
    static func wrap(_ label: String) -> [String] {
        guard label.count > lineCharacters else { return [label] }
        var lines: [String] = [""]
        for word in label.split(separator: " ") {
            let candidate = lines[lines.count - 1].isEmpty ? String(word) : lines[lines.count - 1] + " " + word
            if candidate.count <= lineCharacters || lines[lines.count - 1].isEmpty {
                lines[lines.count - 1] = candidate
            } else {
                lines.append(String(word))
            }
        }
        let shown = lines.prefix(2).map { $0.count > lineCharacters ? String($0.prefix(lineCharacters - 1)) + "…" : $0 }
        guard lines.count > 2, let last = shown.last else { return shown }
        return [shown[0], (last.count >= lineCharacters ? String(last.prefix(lineCharacters - 1)) : last) + "…"]
    }
}
