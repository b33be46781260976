import Testing

@testable import BoardPack

/// What Render is given of a dataset: counts grouped and labelled, suppressed before any view sees them.
@Suite struct PublishedSummaryTests {
    @Test func secondarySuppressionWithholdsTheSmallestOtherCount() throws {
        var dataset = try #require(IncidentSummaryTests.dataset)
        dataset.suppressBelow = 3
        let summary = PublishedSummary(dataset, query: SummaryQuery(groupBy: "category"), labels: GroupLabels(site: Fixtures.site))
        #expect(summary.field == "category")
        #expect(summary.rows.map(\.key) == ["hate-crime", "intimidation", "protest"])
        #expect(summary.rows.map(\.count.text) == ["13", "withheld", "fewer than 3"])
        #expect(summary.total == .exact(18))
        #expect(summary.suppressBelow == 3)
    }

    @Test func aDownloadIsMadeOfTheSameSummaries() throws {
        let dataset = try #require(IncidentSummaryTests.dataset)
        let labels = GroupLabels(site: Fixtures.site)
        let download = DatasetDownload(dataset, labels: labels)
        let byNation = PublishedSummary(dataset, query: SummaryQuery(groupBy: "nation"), labels: labels)
        let group = try #require(download.groups.first { $0.dimension == "nation" })
        #expect(group.rows.map(\.key) == byNation.rows.map(\.key))
        #expect(group.rows.map(\.count) == byNation.rows.map(\.count))
        #expect(group.total == byNation.total)
    }

    @Test func aBriefingPackIntroIsHTMLBeforeTheView() {
        let spec = BriefingPackSpec(
            id: "b", sourcePath: "content/packs/b.yaml", title: "B", intro: "Read *this*.", papers: [], tags: [])
        let pack = PackAssembler.briefingPack(spec, members: [], papers: [:])
        guard case let .briefing(assembled) = pack.kind else {
            Issue.record("not a briefing pack")
            return
        }
        #expect(assembled.introHTML == "<p>Read <em>this</em>.</p>\n")
    }
}
