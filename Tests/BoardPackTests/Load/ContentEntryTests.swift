import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@testable import BoardPack

/// Only ordinary files (and links to them inside the project) are read; a pipe, socket, device, a
/// link out of the project or an unprintable name is an error, and nothing ever blocks on a pipe.
@Suite struct ContentEntryTests {
    static func project() throws -> URL {
        try Fixtures.project(papers: ["one": Fixtures.paper()])
    }

    static func errors(_ root: URL) throws -> [String] {
        try SiteBuilder.check(Fixtures.options(root)).filter { $0.severity == .error }.map { "\($0.path):\($0.line):\($0.column): \($0.message)" }
    }

    @Test(arguments: ["papers/pipe.md", "papers/pipe", "data/pipe.csv", "meetings/pipe.yaml", "site.yaml"])
    func aNamedPipeIsAnErrorAndNeverOpened(relative: String) throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("content/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: url)
        #expect(mkfifo(url.path, 0o644) == 0)
        let found = try Self.errors(root)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("content/\(relative):1:1: this is a named pipe (FIFO), not a file") == true, "\(found)")
    }

    @Test func aFIFOIsNeverReadEvenWhenAskedDirectly() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-fifo-\(UUID().uuidString)").path
        #expect(mkfifo(path, 0o644) == 0)
        defer { unlink(path) }
        guard case .failure = POSIXFile.read(path, limit: 100) else {
            Issue.record("a FIFO was read")
            return
        }
    }

    @Test func aFolderNamedLikeAPaperIsAnError() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/papers/folder.md"), withIntermediateDirectories: true)
        #expect(try Self.errors(root) == ["content/papers/folder.md:1:1: this is a folder, not a file: boardpack reads only ordinary files here; move it out of the content folder"])
    }

    @Test func aLinkInsideTheProjectIsReadAndOneOutsideIsAnError() throws {
        let root = try Self.project()
        let outside = try Self.project()
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: outside)
        }
        try Fixtures.paper(title: "Kept elsewhere").write(to: root.appendingPathComponent("drafts.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("content/papers/inside.md").path, withDestinationPath: "../../drafts.md")
        #expect(try Self.errors(root).isEmpty)

        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("content/papers/outside.md").path,
            withDestinationPath: outside.appendingPathComponent("content/papers/one.md").path)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("content/papers/dangling.md").path, withDestinationPath: "nowhere.md")
        let found = try Self.errors(root)
        #expect(found.count == 2)
        #expect(found.contains { $0.hasPrefix("content/papers/outside.md:1:1: this is a link to a file outside the project") })
        #expect(found.contains { $0.hasPrefix("content/papers/dangling.md:1:1: this is a link to something that is not a file") })
    }

    @Test func aFileNameWithALineBreakIsRefusedAtItsFolder() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Fixtures.paper().write(to: root.appendingPathComponent("content/papers/bad\nname.md"), atomically: true, encoding: .utf8)
        let found = try Self.errors(root)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix(#"content/papers:1:1: a file name here holds a line break or another invisible character ("bad\nname.md")"#) == true, "\(found)")
        #expect(found.first?.contains("\n") == false)
    }

    @Test(arguments: [("Incidents_2020.yaml", "incidents-2020.yaml"), ("crime data.csv", "crime-data.csv"), ("café.json", "caf.json")])
    func aDatasetFileNameOutsideLowerCaseLettersDigitsAndHyphensIsAnError(name: String, suggested: String) throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/data"), withIntermediateDirectories: true)
        try "title: T\nsource: S\nincidents: []\n".write(to: root.appendingPathComponent("content/data/" + name), atomically: true, encoding: .utf8)
        let found = try Self.errors(root)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("content/data/\(name):1:1: a dataset's file name becomes its id") == true, "\(found)")
        #expect(found.first?.hasSuffix("rename the file to '\(suggested)'") == true, "\(found)")
    }
}

extension ContentEntryTests {
    /// A pipe added after a clean build is found by the next build, which does not call itself up to date.
    @Test func aPipeAddedAfterABuildFailsTheNextBuild() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        var state = BuildState()
        #expect(try SiteBuilder.build(Fixtures.options(root), state: &state).diagnostics.isEmpty)
        #expect(mkfifo(root.appendingPathComponent("content/papers/pipe.md").path, 0o644) == 0)
        let report = try SiteBuilder.build(Fixtures.options(root), state: &state)
        #expect(report.failed)
        #expect(report.diagnostics.map(\.path) == ["content/papers/pipe.md"])
    }
}
