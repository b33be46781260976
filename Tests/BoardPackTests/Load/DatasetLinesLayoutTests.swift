import Testing

@testable import BoardPack

/// A large dataset is first cut where its lines put the entries (`IncidentListLines`), without
/// libyaml's scanner. Those cuts must be the scanner's whenever every piece reads on its own; when a
/// line inside a quoted value is taken for an entry, a piece does not read and the scanner cuts again.
@Suite struct DatasetLinesLayoutTests {
    @Test func theUsualLayoutIsCutByLinesWhereTheScannerCutsIt() throws {
        let text = DatasetReaderTests.generated(2_500, after: "suppress-below: 3\n")
        let lines = try #require(IncidentChunks.split(text, recordsPerChunk: 250, minimumRecords: 2_000, byLines: true))
        let scanner = try #require(IncidentChunks.split(text, recordsPerChunk: 250, minimumRecords: 2_000))
        #expect(lines.cutByLines)
        #expect(!scanner.cutByLines)
        #expect(lines.chunks.map(\.firstLine) == scanner.chunks.map(\.firstLine))
        #expect(lines.chunks.map(\.text) == scanner.chunks.map(\.text))
        #expect(lines.metadata == scanner.metadata)
    }

    @Test func aQuotedLineTakenForAnEntryIsCutAgainByTheScanner() throws {
        let tricky = "  - id: TRICKY\n    nation: wales\n    category: protest\n    summary: \"starts here\n  - id: NOT-A-RECORD\n    ends here\"\n"
        let text = DatasetReaderTests.generated(2_500, insert: (100, tricky))
        let lines = try #require(IncidentChunks.split(text, recordsPerChunk: 250, minimumRecords: 2_000, byLines: true))
        // The lines count the line inside the quote as an entry, so its piece does not read.
        #expect(lines.chunks.reduce(0) { $0 + $1.records } == 2_502)
        let validator = IncidentRecordValidator(categories: [])
        #expect(DatasetValidator.Contents.chunks(lines, path: "d.yaml", validator: validator, jobs: 2) == nil)
        // As a build reads it: the scanner's cuts, the same records as the whole read.
        let file = SourceFile(path: "d.yaml", text: text)
        let built = DatasetChunkingPropertyTests.Reading(DatasetValidator.Contents.yaml(
            file, validator: validator, jobs: 2, recordsPerChunk: 250, minimumRecordsToCut: 2_000))
        #expect(built.records.count == 2_501)
        #expect(built == DatasetChunkingPropertyTests.Reading(DatasetValidator.Contents.whole(file, validator: validator)))
    }

    @Test func aTabOrALineBetweenTheMarginAndTheEntriesLeavesTheCutToTheScanner() {
        let header = "title: T\nsource: S\nincidents:\n"
        let record = "    - id: A\n      nation: wales\n      category: protest\n"
        for odd in ["  note: between\n", "\tnote: x\n", " \t- id: X\n"] {
            let text = header + record + odd + record.replacingOccurrences(of: "A", with: "B")
            #expect(IncidentChunks.split(text, recordsPerChunk: 1, minimumRecords: 1, byLines: true)?.cutByLines != true, "\(odd)")
        }
        // Comments and blank lines anywhere, and a list at the margin, are cut by lines.
        let margin = header + "# first\n- id: A\n  nation: wales\n  category: protest\n\n   # inside\n- id: B\n  nation: wales\n  category: protest\n# after\nnotes: n\n"
        let chunks = IncidentChunks.split(margin, recordsPerChunk: 1, minimumRecords: 1, byLines: true)
        #expect(chunks?.cutByLines == true)
        #expect(chunks?.chunks.map(\.firstLine) == [5, 10])
        #expect(chunks?.metadata == header + "# first\n" + String(repeating: "\n", count: 9) + "notes: n\n")
    }

    @Test func theLinesCutWhereTheScannerCutsOnGeneratedFiles() {
        var random = DatasetChunkingPropertyTests.SeededGenerator(state: 20_261_202)
        let validator = IncidentRecordValidator(categories: [])
        var compared = 0
        for number in 0..<1_000 {
            var generator = DatasetFileGenerator(seed: random.next())
            let text = YAMLSource.singleBreaks(generator.file())
            guard let lines = IncidentChunks.split(text, recordsPerChunk: 1, minimumRecords: 1, byLines: true), lines.cutByLines,
                DatasetValidator.Contents.chunks(lines, path: "d.yaml", validator: validator, jobs: 1) != nil,
                let scanner = IncidentChunks.split(text, recordsPerChunk: 1, minimumRecords: 1)
            else { continue }
            compared += 1
            #expect(lines.chunks.map(\.firstLine) == scanner.chunks.map(\.firstLine), "file \(number):\n\(text)")
            #expect(lines.chunks.map(\.text) == scanner.chunks.map(\.text), "file \(number)")
            #expect(lines.metadata == scanner.metadata, "file \(number)")
        }
        // Most generated files are meant to fool a chunker; enough are plain.
        #expect(compared > 25)
    }
}
