import Testing

@testable import BoardPack

/// Datasets in YAML, CSV and JSON read into the same records, and every bad record is reported in
/// one run at the line and column of its value.
@Suite struct DatasetReaderTests {
    static let site: Site? = SiteValidator.validate(SourceFile(
        path: "content/site.yaml",
        text: Fixtures.siteYAML + "\n  intimidation: Abuse and intimidation of councillors\n  protest: Protest\n")).0

    static func read(
        _ text: String, format: DatasetFormat = .yaml, site: Site? = site, jobs: Int = 1
    ) -> (IncidentDataset?, [Diagnostic]) {
        let path = "content/data/incidents.\(format.rawValue)"
        return DatasetValidator.dataset(SourceFile(path: path, text: text), id: "incidents", format: format, site: site, jobs: jobs)
    }

    /// Each problem as "line:column severity: message".
    static func problems(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.line):\($0.column) \($0.severity.rawValue): \($0.message)" }
    }

    static let example = """
        title: Community tension and extremism incidents reported by councils, 2020-21
        source: Council practitioner returns
        period: { from: 2020-04-01, to: 2021-03-31 }
        suppress-below: 4                 # public outputs show counts 1..3 as "fewer than 4"
        incidents:
          - id: INC-0001                  # unique within the dataset
            date: 2020-05-14
            council: Exampleshire County Council
            region: North West
            nation: england
            category: hate-crime          # a key of site.yaml categories
            severity: 3                   # 1..5
            summary: Leaflets blaming a community for spreading COVID-19
            tags: [covid-19, misinformation]
          - id: INC-0002
            nation: Northern Ireland
            category: protest
            count: 12
            force: PSNI
        """

    @Test func aYAMLDatasetReadsIntoRecords() throws {
        let (read, diagnostics) = Self.read(Self.example)
        #expect(diagnostics.isEmpty)
        let dataset = try #require(read)
        #expect(dataset.id == "incidents")
        #expect(dataset.path == "content/data/incidents.yaml")
        #expect(dataset.title == "Community tension and extremism incidents reported by councils, 2020-21")
        #expect(dataset.source == "Council practitioner returns")
        #expect(dataset.period == DatasetPeriod(
            from: try #require(CalendarDate(iso: "2020-04-01")), to: try #require(CalendarDate(iso: "2021-03-31"))))
        #expect(dataset.suppressBelow == 4)
        #expect(dataset.records == [
            IncidentRecord(
                id: "INC-0001", nation: .england, category: "hate-crime", date: CalendarDate(iso: "2020-05-14"),
                severity: 3, tags: ["covid-19", "misinformation"],
                extra: [
                    "council": "Exampleshire County Council", "region": "North West",
                    "summary": "Leaflets blaming a community for spreading COVID-19",
                ], line: 6),
            IncidentRecord(
                id: "INC-0002", nation: .northernIreland, category: "protest", count: 12, extra: ["force": "PSNI"], line: 15),
        ])
        #expect(dataset.fields == [
            "id", "nation", "category", "count", "date", "month", "year", "severity", "tags", "council", "region", "summary", "force",
        ])
    }

    @Test func recordValuesForGroupingAndFiltering() throws {
        let record = try #require(Self.read(Self.example).0?.records.first)
        #expect(record.values(of: "month") == ["2020-05"])
        #expect(record.values(of: "date") == ["2020-05-14"])
        #expect(record.values(of: "tags") == ["covid-19", "misinformation"])
        #expect(record.values(of: "nation") == ["england"])
        #expect(record.values(of: "category") == ["hate-crime"])
        #expect(record.values(of: "severity") == ["3"])
        #expect(record.values(of: "id") == ["INC-0001"])
        #expect(record.values(of: "count") == ["1"])
        #expect(record.values(of: "region") == ["North West"])
        #expect(record.values(of: "force") == [])
        let undated = IncidentRecord(id: "X", nation: .wales, category: "protest", line: 1)
        #expect(undated.values(of: "month") == [])
        #expect(undated.values(of: "severity") == [])
    }

    @Test func valuesAreTrimmedNullsAreAbsentAndASingleTagIsAList() throws {
        let text = """
            title: T
            source: S
            incidents:
              - id: " A-1 "
                nation: WALES
                category: protest
                council: "  Cardiff  "
                region: ~
                tags: online
            """
        let record = try #require(Self.read(text).0?.records.first)
        #expect(record.id == "A-1")
        #expect(record.nation == .wales)
        #expect(record.extra == ["council": "Cardiff"])
        #expect(record.tags == ["online"])
    }

    @Test func everyBadRecordIsReportedInOneRunAtItsValue() {
        let text = """
            title: Incidents
            source: Council returns
            incidents:
              - id: INC-0001
                nation: england
                category: hate-crime
              - id: INC-0002
                nation: wales
                category: hate-crime
                date: 2021-02-30
              - id: INC-0002
                nation: Walse
                category: hate-crme
                severity: 6
              - id: INC-0004
                nation: scotland
                category: protest
                count: -1
              - id: INC-0005
                nation: Northern Ireland
                category: protest
                count: 2.5
              - nation: england
                category: protest
                tags: [ok, [nested]]
            """
        let (dataset, diagnostics) = Self.read(text)
        #expect(dataset == nil)
        #expect(Self.problems(diagnostics) == [
            "10:11 error: 'date' is wrong: 30 February 2021 is not a date (found \"2021-02-30\")",
            "11:9 error: duplicate id 'INC-0002' (first used on line 7)",
            "12:13 error: unknown nation 'Walse': use england, wales, scotland or northern-ireland; did you mean 'wales'?",
            "13:15 error: unknown category 'hate-crme': site.yaml lists 'hate-crime', 'intimidation', 'protest'; did you mean 'hate-crime'?",
            "14:15 error: 'severity' must be a whole number from 1 to 5 (found \"6\")",
            "18:12 error: 'count' must be a whole number, 0 or more (found \"-1\")",
            "22:12 error: 'count' must be a whole number, 0 or more (found \"2.5\")",
            "23:5 error: the incident is missing the required field 'id'",
            "25:16 error: each entry of 'tags' must be a single value",
        ])
        #expect(diagnostics.allSatisfy { $0.path == "content/data/incidents.yaml" })
    }

    @Test func anyCategoryIsAllowedWhenTheSiteListsNone() {
        let text = "title: T\nsource: S\nincidents:\n  - { id: A, nation: wales, category: anything }\n"
        #expect(Self.read(text, site: nil).0?.records.map(\.category) == ["anything"])
        #expect(Self.read(text).1.map(\.line) == [4])
    }

    @Test func metadataProblemsAreLocatedAndUnknownKeysWarned() {
        let text = """
            title: Incidents
            sorce: Council returns
            period: { from: 2021-03-31, to: 2020-04-01 }
            suppress-below: -2
            incidents:
              - { id: A, nation: wales, category: protest }
            """
        #expect(Self.problems(Self.read(text).1) == [
            "1:1 error: the dataset is missing the required field 'source'",
            "2:1 warning: unknown field 'sorce' in the dataset is ignored; did you mean 'source'?",
            "3:33 error: the period ends (2020-04-01) before it starts (2021-03-31)",
            "4:17 error: 'suppress-below' must be a whole number, 0 or more (found \"-2\")",
        ])
        let noList = Self.read("title: T\nsource: S\nincidents: none\n")
        #expect(Self.problems(noList.1) == ["3:12 error: 'incidents' must be a list of records, each starting '- id: …'"])
        let badPeriod = Self.read("title: T\nsource: S\nperiod: { from: 2021-02-29 }\nincidents: []\n")
        #expect(Self.problems(badPeriod.1) == [
            "3:9 error: the period is missing the required field 'to'",
            "3:17 error: 'from' is wrong: 29 February 2021 is not a date (found \"2021-02-29\")",
        ])
    }

    @Test func suppressBelowDefaultsToFive() {
        let dataset = Self.read("title: T\nsource: S\nincidents:\n  - { id: A, nation: wales, category: protest }\n").0
        #expect(dataset?.suppressBelow == 5)
        #expect(dataset?.period == nil)
    }

    @Test func notYAMLIsReportedWhereTheParserStops() {
        let (dataset, diagnostics) = Self.read("title: T\nsource: S\nincidents:\n  - id: [A\n")
        #expect(dataset == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix("this is not valid YAML") == true)
    }

    // MARK: - CSV

    @Test func csvQuotedCellsHoldCommasQuotesAndNewlines() throws {
        let text = #"""
            id,date,nation,category,council,summary,tags
            INC-1,2020-05-14,england,hate-crime,"Exampleshire, County Council","He said ""go home""",covid-19; misinformation
            INC-2,,wales,protest,Cardiff,"Two lines
            of summary",

            INC-3,2020-06-02,Scotland,protest,,,
            """#
        let (read, diagnostics) = Self.read(text, format: .csv)
        #expect(diagnostics.isEmpty)
        let dataset = try #require(read)
        #expect(dataset.title == "incidents")
        #expect(dataset.source == "")
        #expect(dataset.suppressBelow == 5)
        #expect(dataset.records == [
            IncidentRecord(
                id: "INC-1", nation: .england, category: "hate-crime", date: CalendarDate(iso: "2020-05-14"),
                tags: ["covid-19", "misinformation"],
                extra: ["council": "Exampleshire, County Council", "summary": "He said \"go home\""], line: 2),
            IncidentRecord(
                id: "INC-2", nation: .wales, category: "protest",
                extra: ["council": "Cardiff", "summary": "Two lines\nof summary"], line: 3),
            IncidentRecord(id: "INC-3", nation: .scotland, category: "protest", date: CalendarDate(iso: "2020-06-02"), line: 6),
        ])
    }

    @Test func csvRowsAreReportedAtTheirFileLines() {
        let text = #"""
            id,date,nation,category,council,summary,tags
            INC-1,2020-05-14,england,hate-crime,Exampleshire,"Two
            lines",ok;[bad
            INC-2,2020-06-02,wales,protest,Cardiff
            INC-1,2021-02-30,Walse,hate-crme,Cardiff,,
            INC-4,2020-06-02,wales,protest,Cardiff,"never closed,
            """#
        let (dataset, diagnostics) = Self.read(text, format: .csv)
        #expect(dataset == nil)
        #expect(Self.problems(diagnostics) == [
            "4:1 error: row has 5 columns but the header has 7",
            "5:1 error: duplicate id 'INC-1' (first used on line 2)",
            "5:7 error: 'date' is wrong: 30 February 2021 is not a date (found \"2021-02-30\")",
            "5:18 error: unknown nation 'Walse': use england, wales, scotland or northern-ireland; did you mean 'wales'?",
            "5:24 error: unknown category 'hate-crme': site.yaml lists 'hate-crime', 'intimidation', 'protest'; did you mean 'hate-crime'?",
            "6:1 error: row has 6 columns but the header has 7",
            "6:40 error: this quoted value is never closed: a '\"' is missing (inside quotes, a quote is written twice: \"\")",
        ])
    }

    @Test func csvHeaderMustNameTheRequiredColumns() {
        let (_, diagnostics) = Self.read("id,nations,category,category\nA,wales,protest,protest\n", format: .csv)
        #expect(Self.problems(diagnostics) == [
            "1:1 error: the header has no 'nation' column: every record needs id, nation and category; did you mean 'nations'?",
            "1:21 error: the column 'category' is named twice in the header",
        ])
        #expect(Self.problems(Self.read("", format: .csv).1) == [
            "1:1 error: the CSV file is empty: its first line names the columns, such as id,date,nation,category"
        ])
    }

    @Test func csvCellsAreParsedAsRFC4180() {
        let table = CSVTable.parse("a,\"b,\"\"c\"\"\",\né,\"x\ny\",z\r\n", path: "t.csv")
        #expect(table.diagnostics.isEmpty)
        #expect(table.rows.map { $0.cells.map(\.text) } == [["a", "b,\"c\"", ""], ["é", "x\ny", "z"]])
        #expect(table.rows.map(\.line) == [1, 2])
        #expect(table.rows[1].cells.map { "\($0.line):\($0.column)" } == ["2:1", "2:3", "3:4"])
    }

    // MARK: - JSON

    @Test func jsonDatasetsReadWithLocatedErrors() throws {
        let text = """
            {
              "title": "Incidents",
              "source": "Returns",
              "incidents": [
                {"id": "A-1", "nation": "england", "category": "hate-crime", "severity": 3, "count": 4, "tags": ["x"]},
                {"id": "A-2", "nation": "wales", "category": "hate-crime", "severity": 9, "date": "2020-02-30"}
              ]
            }
            """
        #expect(Self.problems(Self.read(text, format: .json).1) == [
            "6:76 error: 'severity' must be a whole number from 1 to 5 (found \"9\")",
            "6:87 error: 'date' is wrong: 30 February 2020 is not a date (found \"2020-02-30\")",
        ])
        let valid = text.replacingOccurrences(of: "\"severity\": 9", with: "\"severity\": 5")
            .replacingOccurrences(of: "2020-02-30", with: "2020-02-29")
        let (read, diagnostics) = Self.read(valid, format: .json)
        #expect(diagnostics.isEmpty)
        let dataset = try #require(read)
        #expect(dataset.records.map(\.count) == [4, 1])
        #expect(dataset.records.map(\.severity) == [3, 5])
        #expect(dataset.records.map(\.line) == [5, 6])
        #expect(dataset.records.first?.tags == ["x"])
    }

    // MARK: - Large files

    /// A dataset of `count` records in the plain layout, with `insert` added to record `at`.
    static func generated(_ count: Int, after: String = "", insert: (at: Int, lines: String)? = nil) -> String {
        let nations = ["england", "wales", "scotland", "northern-ireland"]
        let categories = ["hate-crime", "intimidation", "protest"]
        var text = "title: Generated\nsource: Test\nperiod: { from: 2020-01-01, to: 2022-12-31 }\nincidents:\n"
        for index in 0..<count {
            text += """
                  - id: INC-\(index)
                    date: 202\(index % 3)-\(index % 12 < 9 ? "0" : "")\(index % 12 + 1)-\(index % 28 + 1 < 10 ? "0" : "")\(index % 28 + 1)
                    nation: \(nations[index % 4])
                    category: \(categories[index % 3])
                    severity: \(index % 5 + 1)
                    force: Force \(index % 43)
                    summary: "Summary of incident \(index): a quoted value, with a comma"
                    tags: [t\(index % 7), t\(index % 5)]

                """
            if let insert, insert.at == index { text += insert.lines }
        }
        return text + after
    }

    @Test func aLargeFileReadsTheSameOnOneThreadAndOnFour() throws {
        let text = Self.generated(20_000)
        let chunks = try #require(IncidentChunks.split(text, recordsPerChunk: 250, minimumRecords: 2_000))
        #expect(chunks.chunks.count == 80)
        #expect(chunks.chunks.allSatisfy { $0.records == 250 })
        let (serial, serialProblems) = Self.read(text, jobs: 1)
        let (parallel, parallelProblems) = Self.read(text, jobs: 4)
        #expect(serialProblems.isEmpty)
        #expect(parallelProblems.isEmpty)
        let one = try #require(serial)
        let four = try #require(parallel)
        #expect(one.records.count == 20_000)
        #expect(one.records == four.records)
        #expect(one.fields == four.fields)
        #expect(one.title == four.title && one.source == four.source && one.period == four.period)
        #expect(one.suppressBelow == four.suppressBelow)
        #expect(four.records.last?.line == 4 + 19_999 * 8 + 1)
    }

    @Test func aFileCutIntoPiecesReadsAsTheWholeFileDoes() throws {
        let text = Self.generated(3_000, after: "suppress-below: 3\n")
        let file = SourceFile(path: "content/data/incidents.yaml", text: text)
        let validator = IncidentRecordValidator(categories: [])
        let chunks = try #require(IncidentChunks.split(text, recordsPerChunk: 250, minimumRecords: 2_000))
        let cut = try #require(DatasetValidator.Contents.chunks(chunks, path: file.path, validator: validator, jobs: 3))
        let whole = DatasetValidator.Contents.whole(file, validator: validator)
        #expect(cut.outcomes.count == 12)
        #expect(whole.outcomes.count == 1)
        #expect(cut.outcomes.joined().map(\.record) == whole.outcomes.joined().map(\.record))
        #expect(cut.outcomes.joined().map(\.id) == whole.outcomes.joined().map(\.id))
        #expect(cut.metadata?.suppressBelow == 3)
        #expect(whole.metadata?.suppressBelow == 3)
        #expect(cut.diagnostics.isEmpty && whole.diagnostics.isEmpty)
    }

    @Test func problemsInALargeFileAreTheSameOnOneThreadAndOnFour() {
        let bad = """
                  - id: INC-7
                    nation: wales
                    category: protest
                    severity: 6

                """
        let text = Self.generated(3_000, after: "sorce: x\nsuppress-below: many\n", insert: (1_500, bad))
        let serial = Self.read(text, jobs: 1).1
        let parallel = Self.read(text, jobs: 4).1
        #expect(serial == parallel)
        #expect(IncidentChunks.split(text, recordsPerChunk: 250, minimumRecords: 2_000) != nil)
        let afterList = 4 + 3_000 * 8 + 4
        #expect(Self.problems(parallel) == [
            "\(4 + 1_501 * 8 + 1):9 error: duplicate id 'INC-7' (first used on line \(4 + 7 * 8 + 1))",
            "\(4 + 1_501 * 8 + 4):15 error: 'severity' must be a whole number from 1 to 5 (found \"6\")",
            "\(afterList + 1):1 warning: unknown field 'sorce' in the dataset is ignored; did you mean 'source'?",
            "\(afterList + 2):17 error: 'suppress-below' must be a whole number, 0 or more (found \"many\")",
        ])
    }

    @Test func aQuotedValueThatLooksLikeANewRecordIsNotCut() {
        let tricky = """
                  - id: TRICKY
                    nation: wales
                    category: protest
                    summary: "starts here
                  - id: NOT-A-RECORD
                    ends here"

                """
        let text = Self.generated(2_500, insert: (100, tricky))
        let chunks = IncidentChunks.split(text, recordsPerChunk: 250, minimumRecords: 2_000)
        // The scanner reads the quoted value as one value: the line inside it is not a cut.
        #expect(chunks?.chunks.reduce(0) { $0 + $1.records } == 2_501)
        #expect(chunks.flatMap {
            DatasetValidator.Contents.chunks($0, path: "d.yaml", validator: IncidentRecordValidator(categories: []), jobs: 2)
        }?.outcomes.joined().count == 2_501)
        let (serial, serialProblems) = Self.read(text, jobs: 1)
        let (parallel, parallelProblems) = Self.read(text, jobs: 4)
        #expect(serialProblems == parallelProblems)
        #expect(serial?.records == parallel?.records)
        #expect(parallel?.records.count == 2_501)
        #expect(parallel?.records[101].extra["summary"] == "starts here - id: NOT-A-RECORD ends here")
    }

    @Test func onlyThePlainLayoutIsCut() {
        #expect(IncidentChunks.split("title: T\nincidents: [\n  {id: A}\n]\n", recordsPerChunk: 1, minimumRecords: 1) == nil)
        #expect(IncidentChunks.split("title: T\nincidents:\n  id: A\n", recordsPerChunk: 1, minimumRecords: 1) == nil)
        #expect(IncidentChunks.split("title: T\nitems:\n  - id: A\n", recordsPerChunk: 1, minimumRecords: 1) == nil)
        // A list shorter than the minimum is one piece.
        #expect(IncidentChunks.split("title: T\nincidents:\n  - id: A\n", recordsPerChunk: 1, minimumRecords: 2)?.chunks.map(\.records) == [1])
        let cut = IncidentChunks.split(
            "title: T\nincidents: # the list\n- id: A\n  n: 1\n\n- id: B\n# note\nsource: S\n", recordsPerChunk: 1, minimumRecords: 1)
        #expect(cut?.chunks.map(\.text) == ["- id: A\n  n: 1\n\n", "- id: B\n# note\n"])
        #expect(cut?.chunks.map(\.firstLine) == [3, 6])
        #expect(cut?.metadata == "title: T\nincidents: # the list\n\n\n\n\n\nsource: S\n")
    }
}

/// A count left empty is an error at its value, in every format; other empty fields are as if left out.
@Suite struct EmptyCountTests {
    @Test(arguments: ["count: null", "count: ~", "count:", "count: Null"])
    func anEmptyCountIsALocatedError(line: String) {
        let text = "title: T\nsource: S\nincidents:\n  - id: A-1\n    nation: wales\n    category: protest\n    \(line)\n"
        let (dataset, problems) = DatasetReaderTests.read(text)
        #expect(dataset == nil)
        #expect(DatasetReaderTests.problems(problems).count == 1)
        #expect(problems.first?.line == 7)
        #expect(problems.first?.column == (line == "count:" ? 11 : 12))
        #expect(problems.first?.message.contains("'count' is empty") == true)
    }

    @Test func anEmptyCountIsAnErrorInJSONAndCSV() {
        let json = #"{"title": "T", "source": "S", "incidents": [{"id": "A-1", "nation": "wales", "category": "protest", "count": null}]}"#
        #expect(DatasetReaderTests.read(json, format: .json).1.map(\.message).contains { $0.contains("'count' is empty") })
        let csv = "id,nation,category,count\nA-1,wales,protest,\n"
        let problems = DatasetReaderTests.read(csv, format: .csv).1
        #expect(problems.map { "\($0.line):\($0.column)" } == ["2:19"])
    }
}
