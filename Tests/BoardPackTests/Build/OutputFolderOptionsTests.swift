import Foundation
import Testing

@testable import BoardPack

/// Folder options that would let a build overwrite the project are refused (exit 2); two builds of
/// one output never run at once; problems with the output are said in a sentence, exit 2.
@Suite struct OutputFolderOptionsTests {
    static func run(_ arguments: [String], in folder: URL) throws -> ExternalTool.Output {
        try ExternalTool.run(try #require(ServeTests.executable, "the boardpack executable is not built"), arguments, in: folder)
    }

    @Test func anOutputThatIsOrHoldsOrIsInsideTheProjectIsRefused() throws {
        let root = try Fixtures.project(papers: ["a": Fixtures.paper()])
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try "file".write(to: root.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let refused = [
            "": "--output is empty", ".": "holds the content folder", "content": "is the content folder",
            "content/papers": "is inside the content folder", "templates": "is the templates folder",
            "templates/site": "is inside the templates folder", "notes.txt": "is a file, not a folder",
            root.deletingLastPathComponent().path: "holds the content folder",
        ]
        for (output, message) in refused {
            let result = try Self.run(["build", "--output", output, "--templates", "templates"], in: root)
            #expect(result.status == 2, "--output '\(output)': \(result.text)")
            #expect(result.text.contains(message), "--output '\(output)': \(result.text)")
        }
        #expect(Fixtures.read(root.appendingPathComponent("notes.txt")) == "file")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("content/papers/a.md").path))
        let missing = try Self.run(["build", "--templates", "my-templates"], in: root)
        #expect(missing.status == 2 && missing.text.contains("there is no templates folder at my-templates"), "\(missing.text)")
        let checked = try Self.run(["check", "--templates", "my-templates"], in: root)
        #expect(checked.status == 2, "\(checked.text)")
        #expect(try Self.run(["build"], in: root).status == 0)
    }

    @Test func aFileInTheWayIsSaidInASentence() throws {
        let root = try Fixtures.project(papers: ["a": Fixtures.paper()])
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("_site"), withIntermediateDirectories: true)
        try "in the way".write(to: root.appendingPathComponent("_site/papers"), atomically: true, encoding: .utf8)
        let result = try Self.run(["build"], in: root)
        #expect(result.status == 2)
        #expect(result.text.contains("error: cannot make the folder _site/papers: a file is in the way"), "\(result.text)")
        #expect(!result.text.contains("NSCocoaErrorDomain"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/index.html").path))
    }

    /// This test process holds the lock as a first build does; `boardpack build` in `root` must say
    /// it waits and build nothing until the lock is let go, then build.
    static func expectASecondBuildWaits(_ root: URL) throws {
        var lock: OutputLock? = try OutputLock.acquire(CacheLocation(for: Fixtures.options(root)), output: "_site") { _ in }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(ServeTests.executable, "the boardpack executable is not built"))
        process.arguments = ["build"]
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = ""
        let deadline = Date().addingTimeInterval(20)
        while !said.contains("waiting for another build of _site/"), process.isRunning, Date() < deadline {
            said += String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self)
        }
        #expect(said.contains("waiting for another build of _site/ to finish"), "\(said)")
        #expect(process.isRunning)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/index.html").path))
        if lock != nil { lock = nil }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/index.html").path))
    }

    @Test func aSecondBuildOfTheSameOutputWaitsForTheFirst() throws {
        let root = try Fixtures.project(papers: ["a": Fixtures.paper()])
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.expectASecondBuildWaits(root)
    }
}

extension OutputFolderOptionsTests {
    @Test func serveRefusesTheSameFoldersBeforeServing() throws {
        let root = try Fixtures.project(papers: ["a": Fixtures.paper()])
        defer { try? FileManager.default.removeItem(at: root) }
        for arguments in [["--output", "content"], ["--output", ""], ["--templates", "my-templates"]] {
            let result = try Self.run(["serve", "--port", "\(ServeTests.freePort())"] + arguments, in: root)
            #expect(result.status == 2, "\(arguments): \(result.text)")
            #expect(!result.text.contains("Serving"), "\(arguments): \(result.text)")
        }
    }
}

extension OutputFolderOptionsTests {
    @Test func aProjectWhereNoCacheCanBeMadeStillBuildsLockingTheOutputFolder() throws {
        let root = try Fixtures.project(papers: ["a": Fixtures.paper()])
        defer { try? FileManager.default.removeItem(at: root) }
        // As in a read-only checkout (root can write anywhere, so a file stands in the way instead).
        try "not a folder".write(to: root.appendingPathComponent(".boardpack-cache"), atomically: true, encoding: .utf8)
        try Self.expectASecondBuildWaits(root)
    }
}
