import Foundation
import Testing

@testable import BoardPack

/// `boardpack import` as an adviser runs it: exit statuses, and several files each reported.
@Suite struct ImportCommandTests {
    static func run(_ arguments: [String], in folder: URL, path: String? = nil) throws -> ExternalTool.Output {
        try ExternalTool.run(
            ServeTests.executable ?? "", ["import"] + arguments, in: folder, environment: path.map { ["PATH": $0] })
    }

    @Test(.enabled(if: ServeTests.executable != nil, "needs the built boardpack command next to the tests"))
    func withoutPandocItStopsBeforeAnyWorkAndSaysHowToInstallIt() throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("not Word".utf8).write(to: root.appendingPathComponent("paper.docx"))
        let result = try Self.run(["paper.docx"], in: root, path: "/nonexistent")
        #expect(result.status == 2)
        #expect(result.text.contains("apt-get install pandoc"))
        #expect(!result.text.contains("paper.docx"))
        #expect(WordFixtures.papers(in: root).isEmpty)
    }

    @Test(.enabled(if: ServeTests.executable != nil && WordFixtures.available, WordFixtures.skipReason))
    func aBadFileDoesNotStopTheOthers() throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try WordFixtures.make("table", in: root)
        _ = try WordFixtures.make("tracked", in: root)
        try Data("plain text".utf8).write(to: root.appendingPathComponent("notes.docx"))
        let result = try Self.run(
            ["notes.docx", "tracked.docx", "table.docx", "--board", "sscb", "--date", "2021-06-09", "--scope", "england,wales"], in: root)
        #expect(result.status == 1)
        #expect(result.text.contains("error: notes.docx is not a Word document (.docx)"))
        #expect(result.text.contains("error: tracked.docx has 2 tracked changes, so nothing was imported"))
        #expect(result.text.contains("Imported table.docx as content/papers/community-safety-funding.md."))
        #expect(WordFixtures.papers(in: root) == ["community-safety-funding.md"])
        // Again: the paper is there, so it is not overwritten (status 2) unless --force is given.
        let again = try Self.run(["table.docx"], in: root)
        #expect(again.status == 2)
        #expect(again.text.contains("already exists"))
        let forced = try Self.run(["table.docx", "--force", "--board", "sscb", "--date", "2021-06-09", "--scope", "england"], in: root)
        #expect(forced.status == 0, "\(forced.text)")
    }

    @Test(.enabled(if: ServeTests.executable != nil && WordFixtures.available, WordFixtures.skipReason), arguments: [
        (["--date", "2021-02-30"], "--date must be a real date"),
        (["--scope", "england,walse"], "did you mean 'wales'"),
        (["--accept-changes", "--reject-changes"], "not both"),
        (["--content", "nowhere"], "there is no content folder at nowhere"),
    ])
    func wrongOptionsAreUsageErrors(options: [String], said: String) throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.run(["paper.docx"] + options, in: root)
        #expect(result.status == 2)
        #expect(result.text.contains(said), "\(result.text)")
    }
}
