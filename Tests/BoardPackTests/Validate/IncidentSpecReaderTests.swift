import Testing

@testable import BoardPack

@Suite struct IncidentSpecReaderTests {
    func read(_ yaml: String, line: Int = 30) -> (IncidentSpec?, [Diagnostic]) {
        IncidentSpecReader.read(IncidentBlockSource(index: 0, text: yaml, line: line), path: "p.md")
    }

    @Test func aBlockNamesItsDatasetGroupingFilterAndChart() throws {
        let (spec, problems) = read("dataset: incidents\ngroup-by: month\nfilter: { nation: england }\nchart: none\n")
        #expect(problems.isEmpty)
        let found = try #require(spec)
        #expect(found.dataset.value == "incidents")
        #expect(found.dataset.location.line == 31)
        #expect(found.groupBy.location.line == 32)
        #expect(found.chart == .none)
        #expect(found.query == SummaryQuery(groupBy: "month", filter: ["nation": "england"]))
    }

    @Test func mistakesInsideTheBlockAreLocatedInThePaper() {
        let (spec, problems) = read("dataset: incidents\nchart: pie\n", line: 40)
        #expect(spec == nil)
        #expect(problems.map { "\($0.line):\($0.column)" }.sorted() == ["40:1", "42:8"])
        #expect(problems.contains { $0.message.contains("'group-by'") })
    }
}
