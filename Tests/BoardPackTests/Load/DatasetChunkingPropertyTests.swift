import Testing

@testable import BoardPack

/// A large YAML dataset is cut into pieces at its records; whatever the file holds, the pieces must
/// give exactly what a whole-file read gives: the same records, or the same problems at the same places.
@Suite struct DatasetChunkingPropertyTests {
    /// SplitMix64: the same files on every run and every machine.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// What a read gave, in a form two reads can be compared by.
    struct Reading: Equatable {
        var metadata: String
        var records: [IncidentRecord]
        var problems: [Diagnostic]

        init(_ contents: DatasetValidator.Contents) {
            metadata = contents.metadata.map { "\($0.title)|\($0.source)|\(String(describing: $0.period))|\($0.suppressBelow)" } ?? "none"
            let (records, problems) = DatasetValidator.join(contents.outcomes)
            self.records = records
            self.problems = (contents.diagnostics + problems).sorted()
        }
    }

    @Test func piecesReadAsTheWholeFileOnGeneratedFiles() {
        var random = SeededGenerator(state: 20_251_202)
        let validator = IncidentRecordValidator(categories: [])
        var cut = 0, failedWhole = 0
        for number in 0..<400 {
            var generator = DatasetFileGenerator(seed: random.next())
            let text = generator.file()
            let file = SourceFile(path: "content/data/generated.yaml", text: text)
            let perChunk = Int.random(in: 1...3, using: &random)
            let whole = Reading(DatasetValidator.Contents.whole(file, validator: validator))
            let pieces = Reading(DatasetValidator.Contents.yaml(
                file, validator: validator, jobs: 2, recordsPerChunk: perChunk, minimumRecordsToCut: 1))
            #expect(pieces == whole, "file \(number):\n\(text)")
            if IncidentChunks.split(text, recordsPerChunk: perChunk, minimumRecords: 1) != nil { cut += 1 }
            if whole.problems.hasErrors { failedWhole += 1 }
        }
        // The generator must really exercise both paths and both outcomes.
        #expect(cut > 100)
        #expect(failedWhole > 40 && failedWhole < 360)
    }

    @Test func aQuotedTitleHoldingAFakeListIsNotCut() {
        let fake = (0..<3).map { "\n  - id: FAKE-\($0)\n    nation: wales\n    category: protest" }.joined()
        var text = "title: \"Looks like\nincidents:\(fake)\n  end\"\nsource: S\nincidents:\n"
        for index in 0..<4 { text += "  - id: REAL-\(index)\n    nation: england\n    category: protest\n" }
        let chunks = IncidentChunks.split(text, recordsPerChunk: 1, minimumRecords: 1)
        #expect(chunks?.chunks.map(\.firstLine) == [15, 18, 21, 24])
        let contents = DatasetValidator.Contents.yaml(
            SourceFile(path: "d.yaml", text: text), validator: IncidentRecordValidator(categories: []),
            jobs: 1, recordsPerChunk: 1, minimumRecordsToCut: 1)
        #expect(DatasetValidator.join(contents.outcomes).0.map(\.id) == ["REAL-0", "REAL-1", "REAL-2", "REAL-3"])
    }
}
