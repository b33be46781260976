import Foundation
import Testing

@testable import BoardPack

/// What the mutation fuzzer found, each kept as the case that found it and as a plain test.
@Suite struct FuzzFindingsTests {
    /// Seed 77, case 1345: a line separator (U+2028) pasted into a meeting file made libyaml count
    /// one line more than the file has, so the error named line 5, column 8 of a 6-character line.
    @Test func seed77Case1345ALineSeparatorNoLongerMovesTheErrorToALineThatIsNotThere() throws {
        let mutation = MutationFuzzTests.Case(seed: 77, number: 1345)
        #expect(mutation.bytes.contains(0xA8))
        let root = try FuzzProject.make()
        defer { try? FileManager.default.removeItem(at: root) }
        let options = Fixtures.options(root, jobs: 1)
        #expect(try !SiteBuilder.build(options).failed)
        try FuzzProject.write(mutation.bytes, to: mutation.path, in: root)
        let report = try SiteBuilder.build(options)
        #expect(report.failed)
        #expect(MutationFuzzTests.located(report.diagnostics, mutation: mutation).isEmpty)
    }

    @Test(arguments: ["\u{2028}", "\u{2029}", "\u{85}"])
    func lineSeparatorsInYAMLKeepEveryLineAndColumnOfTheFile(separator: String) throws {
        let yaml = "title: First\(separator)half\nvenue: `Town hall`\n"
        guard case let .failure(problem) = YAMLSource.compose(yaml, context: YAMLContext(path: "m.yaml")) else {
            Issue.record("a value that starts with ` is not YAML")
            return
        }
        #expect((problem.line, problem.column) == (2, 8))
        let node = try #require(try YAMLSource.compose("a: x\(separator)y\nb: 1\n", context: YAMLContext(path: "m.yaml")).get())
        #expect(node["b"]?.mark?.line == 2)
        #expect(node["a"]?.string == "x y")
    }

    /// A dataset cut into pieces reads a line separator as the whole read does.
    @Test func aDatasetCutIntoPiecesReadsLineSeparatorsAsTheWholeFileDoes() {
        var lines = ["title: \"T\u{2028}- id: fake\"", "source: S", "period: { from: 2020-01-01, to: 2020-12-31 }", "incidents:"]
        for index in 0..<6 {
            lines += ["  - id: r\(index)", "    date: 2020-01-0\(1 + index)", "    nation: england", "    category: hate-crime",
                "    summary: one\u{2028}two"]
        }
        let file = SourceFile(path: "d.yaml", text: lines.joined(separator: "\n") + "\n")
        let validator = IncidentRecordValidator(categories: ["hate-crime"])
        let whole = DatasetValidator.Contents.whole(file, validator: validator)
        let cut = DatasetValidator.Contents.yaml(file, validator: validator, jobs: 1, recordsPerChunk: 2, minimumRecordsToCut: 1)
        #expect(cut.outcomes.flatMap { $0 }.count == 6, "\(whole.diagnostics)")
        #expect("\(cut.outcomes.flatMap { $0 })" == "\(whole.outcomes.flatMap { $0 })")
        #expect(cut.diagnostics == whole.diagnostics)
    }

    /// Seed 5, case 237: a CR and a NUL typed into a dataset; the "not a text file" error counted
    /// lines at LF only, one fewer than every other message, which also ends a line at a lone CR.
    @Test func seed5Case237BinaryDataAfterALoneCRIsOnTheLineEveryOtherMessageCounts() throws {
        let mutation = MutationFuzzTests.Case(seed: 5, number: 237)
        #expect(mutation.bytes.contains(0) && mutation.bytes.contains(13))
        let root = try FuzzProject.make()
        defer { try? FileManager.default.removeItem(at: root) }
        let options = Fixtures.options(root, jobs: 1)
        #expect(try !SiteBuilder.build(options).failed)
        try FuzzProject.write(mutation.bytes, to: mutation.path, in: root)
        let report = try SiteBuilder.build(options)
        #expect(report.failed)
        #expect(MutationFuzzTests.located(report.diagnostics, mutation: mutation).isEmpty)
    }

    @Test func binaryDataIsLocatedWithLoneCRsAndCRLFsEndingLines() throws {
        let cases: [([UInt8], Int, Int)] = [
            (Array("a\rbc\0".utf8), 2, 3), (Array("a\r\nb\0".utf8), 2, 2), (Array("a\n\rb\0".utf8), 3, 2), (Array("ab\r\0".utf8), 2, 1),
            (Array("a\rb".utf8) + [0xFF], 2, 2),
        ]
        for (bytes, line, column) in cases {
            guard case let .failure(problem) = SourceReader.decode(bytes, displayPath: "x") else {
                Issue.record("\(bytes) is not text")
                continue
            }
            #expect((problem.line, problem.column) == (line, column), "\(bytes)")
        }
    }
}
