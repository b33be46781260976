import Testing

@testable import BoardPack

@Suite struct BarChartTests {
    @Test func longLabelsWrapOntoTwoLinesThatFitBesideTheBars() {
        let chart = BarChart(rows: [
            (label: "Abuse and intimidation of councillors", count: PublishedCount.exact(12)),
            (label: "Race", count: PublishedCount.exact(40)),
        ])
        #expect(chart.bars[0].lines.map(\.text) == ["Abuse and intimidation", "of councillors"])
        #expect(chart.bars[1].lines.map(\.text) == ["Race"])
        // Two lines centred on the bar, inside its row.
        #expect(chart.bars[0].lines.map(\.y) == [chart.bars[0].textY - 8, chart.bars[0].textY + 8])
        for line in chart.bars.flatMap(\.lines) {
            #expect(line.text.count * BarChart.characterWidth + 12 <= chart.labelWidth, "\(line.text) is cut off")
        }
    }

    @Test func aLabelTooLongForTwoLinesIsShortenedWithAnEllipsis() {
        let lines = BarChart.wrap("Incidents involving the public intimidation of elected members and their families at home")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.count <= BarChart.lineCharacters })
        #expect(lines[1].hasSuffix("…"))
    }
}
