import Testing

@testable import BoardPack

/// Counts by any field, of the records a filter picks, weighted by each record's `count`.
@Suite struct IncidentSummaryTests {
    static let dataset: IncidentDataset? = DatasetValidator.dataset(
        SourceFile(path: "content/data/offences.yaml", text: """
            title: Offences
            source: Home Office
            incidents:
              - { id: A, nation: england, category: hate-crime, date: 2020-05-14, count: 3, force: Gwent, tags: [race, religion] }
              - { id: B, nation: wales, category: hate-crime, date: 2020-06-02, count: 10, force: Gwent, tags: [race, race] }
              - { id: C, nation: wales, category: protest, date: 2021-01-20, force: Dyfed-Powys }
              - { id: D, nation: england, category: protest, date: 2020-05-30, count: 0, force: Kent }
              - { id: E, nation: scotland, category: intimidation, count: 2 }
              - { id: F, nation: northern ireland, category: intimidation, count: 2 }
            """),
        id: "offences", format: .yaml, site: nil, jobs: 1
    ).0

    func summary(_ groupBy: String, filter: [String: String] = [:]) throws -> IncidentSummary {
        IncidentSummary.make(try #require(Self.dataset), query: SummaryQuery(groupBy: groupBy, filter: filter))
    }

    func rows(_ summary: IncidentSummary) -> [String] { summary.rows.map { "\($0.key) \($0.count)" } }

    @Test func byCategoryLargestFirstWithTotalsSummingCount() throws {
        let summary = try summary("category")
        #expect(summary.groupBy == "category")
        #expect(rows(summary) == ["hate-crime 13", "intimidation 4", "protest 1"])
        #expect(summary.total == 18)
    }

    @Test func equalCountsAreInKeyOrder() throws {
        let summary = try summary("nation")
        #expect(rows(summary) == ["wales 11", "england 3", "northern-ireland 2", "scotland 2"])
        #expect(summary.total == 18)
    }

    @Test func monthsAreInTimeOrderAndUndatedRecordsCountOnlyInTheTotal() throws {
        let summary = try summary("month")
        #expect(rows(summary) == ["2020-05 3", "2020-06 10", "2021-01 1"])
        #expect(summary.total == 18)
    }

    @Test func aRecordWithSeveralTagsCountsOnceInTheTotal() throws {
        let summary = try summary("tags")
        #expect(rows(summary) == ["race 13", "religion 3"])
        #expect(summary.total == 18)
    }

    @Test func anyOtherFieldGroupsTooWithZeroCountsKept() throws {
        let summary = try summary("force")
        #expect(rows(summary) == ["Gwent 13", "Dyfed-Powys 1", "Kent 0"])
        #expect(summary.total == 18)
    }

    @Test func filtersMatchInAnyCaseAndCombine() throws {
        let wales = try summary("force", filter: ["nation": "WALES"])
        #expect(rows(wales) == ["Gwent 10", "Dyfed-Powys 1"])
        #expect(wales.total == 11)
        let race = try summary("month", filter: ["tags": "Race"])
        #expect(rows(race) == ["2020-05 3", "2020-06 10"])
        #expect(race.total == 13)
        let both = try summary("category", filter: ["nation": "wales", "category": "protest"])
        #expect(rows(both) == ["protest 1"])
        #expect(both.total == 1)
        let none = try summary("category", filter: ["force": "Nowhere"])
        #expect(none.rows.isEmpty)
        #expect(none.total == 0)
    }

    @Test func anUnknownFieldHasNoRows() throws {
        let summary = try summary("colour")
        #expect(summary.rows.isEmpty)
        #expect(summary.total == 18)
    }
}

extension IncidentSummaryTests {
    @Test func yearLikeGroupsAreInTimeOrder() {
        let records = [("2018-19", 9), ("2017-18", 3), ("2016-17", 5)].enumerated().map { index, pair in
            IncidentRecord(id: "r\(index)", nation: .england, category: "race", count: pair.1, extra: ["year": pair.0], line: index + 1)
        }
        let dataset = IncidentDataset(
            id: "d", path: "d.yaml", title: "T", source: "S", period: nil, suppressBelow: 1, records: records,
            fields: ["year", "nation", "category", "id", "count"])
        let summary = IncidentSummary.make(dataset, query: SummaryQuery(groupBy: "year"))
        #expect(summary.rows.map(\.key) == ["2016-17", "2017-18", "2018-19"])
        #expect(IncidentSummary.startsWithYear("2021") && IncidentSummary.startsWithYear("2019/20"))
        #expect(!IncidentSummary.startsWithYear("20210") && !IncidentSummary.startsWithYear("Gwent"))
    }
}
