import Foundation
import Testing

@testable import BoardPack

/// The records list is read with libyaml's events (`IncidentListEvents`), not Yams's node tree. For
/// every tricky input the result must be exactly what Yams's whole read gives: the same records, the
/// same problems at the same lines and columns. Inputs the events do not handle go to the whole read.
@Suite struct DatasetEventReaderTests {
    static let header = "title: T\nsource: S\nincidents:\n"

    /// Each input: its name, the records' lines (after the header), and whether the events read it
    /// (false: the file goes to Yams whole, as a problem or an anchor needs).
    static let inputs: [(name: String, records: String, byEvents: Bool)] = [
        ("plain", "  - id: A\n    nation: wales\n    category: protest\n    force: Gwent Police\n", true),
        ("flow record", "  - {id: A, nation: wales, category: protest, tags: [x, y, x]}\n", true),
        ("single quoted", "  - id: ' A '\n    nation: 'wales'\n    category: protest\n    summary: 'it''s here'\n", true),
        ("double quoted", "  - id: \"A\"\n    nation: wales\n    category: protest\n    summary: \"one\\ttwo\\nthree \\u00e9\"\n", true),
        ("literal block", "  - id: A\n    nation: wales\n    category: protest\n    summary: |\n      line one\n      line two\n", true),
        ("folded block", "  - id: A\n    nation: wales\n    category: protest\n    summary: >-\n      folded\n      text\n\n      more\n", true),
        ("multi-line plain", "  - id: A\n    nation: wales\n    category: protest\n    summary: starts here\n      and goes on\n", true),
        ("empty and null values",
            "  - id: A\n    nation: wales\n    category: protest\n    region: ~\n    force: ''\n    council:\n    count: null\n", true),
        ("bad values", "  - id: A\n    nation: wails\n    category: protest\n    severity: 03\n    count: 1_000\n    date: 2020-13-01\n", true),
        ("lists and groups as values",
            "  - id: A\n    nation: [wales]\n    category: {a: b}\n    tags: [a, [b], {c: d}, '', \" e \"]\n", true),
        ("not a group of fields", "  - just text\n  - [a, b]\n  - id: B\n    nation: wales\n    category: protest\n", true),
        ("missing fields", "  - id: A\n  - nation: wales\n", true),
        ("comments and blank lines", "  # first\n  - id: A # the id\n\n    nation: wales\n\n    category: protest\n  # between\n  - id: A\n    nation: scotland\n    category: protest\n", true),
        ("line separators", "  - id: A\n    nation: wales\n    category: protest\n    summary: one\u{2028}two\u{85}three\n    force: \"x\u{2029}y\"\n", true),
        ("CRLF", "  - id: A\r\n    nation: wales\r\n    category: protest\r\n    summary: \"two\r\n      lines\"\r\n  - id: B\r\n    nation: england\r\n    category: [x]\r\n", true),
        ("lone CR", "  - id: A\r    nation: wales\r    category: protest\r", true),
        ("tab inside a value", "  - id: A\n    nation: wales\n    category: protest\n    summary: a\tb\n", true),
        ("duplicate key", "  - id: A\n    nation: wales\n    nation: england\n    category: protest\n", false),
        ("duplicate key in a group", "  - id: A\n    nation: wales\n    category: protest\n    extra: {a: 1, b: 2, a: 3}\n", false),
        ("duplicate key in a list's group", "  - id: A\n    nation: wales\n    category: protest\n    tags: [{a: 1, a: 1}]\n", false),
        ("same key quoted and plain", "  - id: A\n    'nation': wales\n    nation: wales\n    category: protest\n", false),
        ("tab as indentation", "  - id: A\n\tnation: wales\n    category: protest\n", false),
        ("bad indentation", "  - id: A\n     nation: wales\n    category: protest\n", false),
        ("unclosed quote", "  - id: A\n    nation: \"wales\n    category: protest\n", false),
        ("anchor and alias", "  - &first\n    id: A\n    nation: wales\n    category: protest\n  - *first\n", false),
        ("scalar alias", "  - id: A\n    nation: &n wales\n    category: protest\n  - id: B\n    nation: *n\n    category: protest\n", false),
        ("merge key", "  - &base\n    id: A\n    nation: wales\n    category: protest\n  - <<: *base\n    id: B\n", false),
        ("merge key with a group", "  - id: A\n    nation: wales\n    category: protest\n    <<: {region: North}\n", true),
        ("tag", "  - id: !!str 12\n    nation: wales\n    category: protest\n", false),
        ("key that is a list", "  - id: A\n    nation: wales\n    category: protest\n    ? [a, b]\n    : x\n", false),
        ("second document", "  - id: A\n    nation: wales\n    category: protest\n---\nother: 1\n", false),
    ]

    static func reading(_ text: String, whole: Bool, perChunk: Int = 2) -> DatasetChunkingPropertyTests.Reading {
        let file = SourceFile(path: "content/data/tricky.yaml", text: text)
        let validator = IncidentRecordValidator(categories: [])
        return DatasetChunkingPropertyTests.Reading(whole
            ? .whole(file, validator: validator)
            : .yaml(file, validator: validator, jobs: 1, recordsPerChunk: perChunk, minimumRecordsToCut: 1))
    }

    /// Whether every piece of the file is read by the events (else the file is read whole by Yams).
    static func readByEvents(_ text: String) -> Bool {
        guard let chunks = IncidentChunks.split(YAMLSource.singleBreaks(text), recordsPerChunk: 1, minimumRecords: 1) else { return false }
        return chunks.chunks.allSatisfy { IncidentListEvents.read($0.text, path: "d.yaml", firstLine: $0.firstLine) != nil }
    }

    @Test(arguments: inputs.indices)
    func eventsReadAsYamsDoes(index: Int) {
        let input = Self.inputs[index]
        let text = Self.header + input.records + "suppress-below: 3\n"
        let whole = Self.reading(text, whole: true)
        #expect(Self.reading(text, whole: false) == whole, "\(input.name)")
        #expect(Self.reading(text, whole: false, perChunk: 1_000) == whole, "\(input.name)")
        #expect(Self.readByEvents(text) == input.byEvents, "\(input.name)")
    }

    @Test func theEntriesAreThoseYamsGives() throws {
        // Every field's value and position, compared directly rather than through the validator.
        for input in Self.inputs where input.byEvents {
            let text = Self.header + input.records
            let context = YAMLContext(path: "d.yaml")
            let root = try #require(try YAMLSource.compose(text, context: context).get())
            let yams = try #require(root["incidents"]?.sequence).map { WrittenEntry($0, context: context) }
            let chunk = try #require(IncidentChunks.split(YAMLSource.singleBreaks(text), recordsPerChunk: 1_000, minimumRecords: 1)?.chunks.first)
            let events = try #require(IncidentListEvents.read(chunk.text, path: "d.yaml", firstLine: chunk.firstLine))
            #expect("\(events)" == "\(yams)", "\(input.name)")
        }
    }

    @Test func aRepeatedFieldAmongManyIsFound() {
        let many = (0..<40).map { "    field\($0): \($0)\n" }.joined()
        let record = "  - id: A\n    nation: wales\n    category: protest\n" + many
        #expect(Self.readByEvents(Self.header + record))
        let text = Self.header + record + "    field3: again\n"
        #expect(!Self.readByEvents(text))
        #expect(DatasetReaderTests.problems(DatasetReaderTests.read(text).1) == ["10:5 error: the field 'field3' is given more than once"])
    }

    @Test func aRepeatedFieldIsReportedWhereYamsReportsIt() {
        let text = Self.header + "  - id: A\n    nation: wales\n    category: protest\n  - id: B\n    nation: wales\n    category: protest\n    nation: england\n"
        let (dataset, problems) = DatasetReaderTests.read(text)
        #expect(dataset == nil)
        #expect(DatasetReaderTests.problems(problems) == ["8:5 error: the field 'nation' is given more than once"])
    }

    @Test func problemsInValuesAreAtTheirLinesWithCRLF() {
        let text = (Self.header + "  - id: A\n    nation: wails\n    category: protest\n    severity: 9\n").replacingOccurrences(of: "\n", with: "\r\n")
        #expect(DatasetReaderTests.problems(DatasetReaderTests.read(text).1) == [
            "5:13 error: unknown nation 'wails': use england, wales, scotland or northern-ireland; did you mean 'wales'?",
            "7:15 error: 'severity' must be a whole number from 1 to 5 (found \"9\")",
        ])
    }
}
