import Foundation
import Testing

@testable import BoardPack

/// `OutputWriter.write` on its own: it writes new files, leaves unchanged ones untouched, removes
/// what the previous build wrote and this one does not, keeps what it is told to, and leaves no
/// staging folder behind.
@Suite struct OutputWriterUnitTests {
    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("output-writer-\(UUID().uuidString)")
    }

    static func cache(_ report: OutputWriter.Report) -> BuildCache {
        var cache = BuildCache(key: "test")
        cache.outputs = report.entries
        return cache
    }

    static func text(_ folder: URL, _ path: String) -> String? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func aFirstWriteWritesEveryFileAndLeavesNoStaging() throws {
        let output = Self.folder()
        defer { try? FileManager.default.removeItem(at: output) }
        let writer = OutputWriter(directory: output, jobs: 2)
        let report = try writer.write(
            [OutputFile(.home, text: "home"), OutputFile(.paper("a"), text: "paper a"), OutputFile(.feed, text: "feed")], previous: nil)
        #expect(report.written == 3)
        #expect(report.unchanged == 0)
        #expect(report.removed == 0)
        #expect(report.writtenPaths == ["index.html", "papers/a/index.html", "feed.xml"])
        #expect(Self.text(output, "papers/a/index.html") == "paper a")
        #expect(report.entries["papers/a/index.html"]?.hash == ContentHash.of(Array("paper a".utf8)))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(OutputWriter.stagingName).path))
    }

    @Test func unchangedFilesAreNotTouched() throws {
        let output = Self.folder()
        defer { try? FileManager.default.removeItem(at: output) }
        let writer = OutputWriter(directory: output, jobs: 2)
        let files = [OutputFile(.home, text: "home"), OutputFile(.paper("a"), text: "paper a")]
        let first = try writer.write(files, previous: nil)
        let stamp = FileStamp.of(path: output.appendingPathComponent("papers/a/index.html").path)
        // With the cache, and without it (the bytes on disk are compared).
        for (previous, unchanged) in [(Self.cache(first), 2), (nil, 3)] {
            let again = try writer.write(files + [OutputFile(.feed, text: "feed")], previous: previous)
            #expect(again.unchanged == unchanged)
            #expect(again.writtenPaths.subtracting(["feed.xml"]).isEmpty)
            #expect(FileStamp.of(path: output.appendingPathComponent("papers/a/index.html").path) == stamp)
        }
        let changed = try writer.write([OutputFile(.home, text: "home"), OutputFile(.paper("a"), text: "paper a, edited")], previous: nil)
        #expect(changed.written == 1)
        #expect(changed.writtenPaths == ["papers/a/index.html"])
        #expect(Self.text(output, "papers/a/index.html") == "paper a, edited")
    }

    @Test func filesTheBuildNoLongerMakesAreRemovedWithTheirEmptyFolders() throws {
        let output = Self.folder()
        defer { try? FileManager.default.removeItem(at: output) }
        let writer = OutputWriter(directory: output, jobs: 2)
        let first = try writer.write(
            [OutputFile(.home, text: "home"), OutputFile(.paper("a"), text: "a"), OutputFile(.paper("b"), text: "b"),
             OutputFile(.paperFile("b", "chart.png"), bytes: [1, 2, 3])],
            previous: nil)
        let second = try writer.write([OutputFile(.home, text: "home")], previous: Self.cache(first), keep: ["papers/a/index.html"])
        #expect(second.removed == 2)
        #expect(second.unchanged == 1)
        #expect(second.entries.keys.sorted() == ["index.html", "papers/a/index.html"])
        #expect(Self.text(output, "papers/a/index.html") == "a")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("papers/b").path))
    }

    @Test func aCacheNamingAPathOutsideTheOutputRemovesNothingThere() throws {
        let output = Self.folder()
        defer { try? FileManager.default.removeItem(at: output) }
        let beside = output.appendingPathExtension("beside")
        defer { try? FileManager.default.removeItem(at: beside) }
        try Data("keep me".utf8).write(to: beside)
        let writer = OutputWriter(directory: output, jobs: 1)
        var cache = Self.cache(try writer.write([OutputFile(.home, text: "home")], previous: nil))
        cache.outputs["../" + beside.lastPathComponent] = cache.outputs["index.html"]
        let report = try writer.write([OutputFile(.home, text: "home")], previous: cache)
        #expect(report.removed == 0)
        #expect(FileManager.default.fileExists(atPath: beside.path))
    }

    @Test func theStampsInTheCacheAreThoseOfTheFilesInPlaceSoARewriteTouchesNothing() throws {
        let output = Self.folder()
        defer { try? FileManager.default.removeItem(at: output) }
        let writer = OutputWriter(directory: output, jobs: 4)
        let files = (0..<200).map { OutputFile(.paper("p\($0)"), text: "paper \($0)") } + [OutputFile(.home, text: "home")]
        let first = try writer.write(files, previous: nil)
        #expect(first.written == files.count)
        for file in files {
            #expect(first.entries[file.path]?.stamp == FileStamp.of(path: output.appendingPathComponent(file.path).path), "\(file.path)")
        }
        let again = try writer.write(files, previous: Self.cache(first))
        #expect(again.written == 0 && again.unchanged == files.count)
        #expect(again.entries == first.entries)
    }

    @Test func aFolderThatCannotBeMadeRemovesOnlyTheFoldersThisWriteMade() throws {
        let output = Self.folder()
        defer { try? FileManager.default.removeItem(at: output) }
        let writer = OutputWriter(directory: output, jobs: 2, shownAs: "_site")
        _ = try writer.write([OutputFile(.paper("old"), text: "old"), OutputFile(path: "papers/x", text: "a file in the way")], previous: nil)
        let files = [
            OutputFile(path: "papers/new/a/index.html", text: "a"), OutputFile(path: "papers/new/b/index.html", text: "b"),
            OutputFile(path: "other/c/index.html", text: "c"), OutputFile(path: "papers/x/d/index.html", text: "d"),
            OutputFile(path: "papers/old/index.html", text: "old, edited"),
        ]
        #expect {
            _ = try writer.write(files, previous: nil)
        } throws: { error in
            "\(error)" == "cannot make the folder _site/papers/x: a file is in the way"
        }
        let left = try FileManager.default.subpathsOfDirectory(atPath: output.path).sorted()
        #expect(left == ["papers", "papers/old", "papers/old/index.html", "papers/x"])
        #expect(Self.text(output, "papers/old/index.html") == "old")
    }

    @Test func aFirstWriteThatFailsPartWayLeavesNoOutputFolder() throws {
        let parent = Self.folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let output = parent.appendingPathComponent("_site")
        let writer = OutputWriterTests.fullOnFull(output)
        let files = (0..<20).map { OutputFile(.paper("p\($0)"), text: $0 == 13 ? "full" : "paper \($0)") } + [OutputFile(.home, text: "home")]
        #expect {
            _ = try writer.write(files, previous: nil)
        } throws: { error in
            "\(error)" == "cannot write _site/papers/p13/index.html: the disk is full"
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }

    @Test func aFirstWriteOfTwoFilesAtOnePathKeepsTheLast() throws {
        let output = Self.folder()
        defer { try? FileManager.default.removeItem(at: output) }
        let writer = OutputWriter(directory: output, jobs: 4)
        let report = try writer.write([OutputFile(.home, text: "first"), OutputFile(.home, text: "second, longer")], previous: nil)
        #expect(Self.text(output, "index.html") == "second, longer")
        #expect(report.entries["index.html"]?.hash == ContentHash.of(Array("second, longer".utf8)))
        #expect(report.entries["index.html"]?.stamp == FileStamp.of(path: output.appendingPathComponent("index.html").path))
    }

    @Test func aNewFolderHoldingOnlyTheMembersMarkIsWrittenStraightIntoAndClearedOnFailure() throws {
        let output = Self.folder()
        defer { try? FileManager.default.removeItem(at: output) }
        try MembersMark.write(in: output)
        var writer = OutputWriter(directory: output, jobs: 2, shownAs: "_site")
        let report = try writer.write([OutputFile(.home, text: "home"), OutputFile(.paper("a"), text: "a")], previous: nil, newFolder: true)
        #expect(report.written == 2 && Self.text(output, "papers/a/index.html") == "a")
        try FileManager.default.removeItem(at: output)
        try MembersMark.write(in: output)
        writer.writeFile = { _, _ in
            errno = ENOSPC
            return nil
        }
        #expect(throws: EnvironmentError.self) {
            _ = try writer.write([OutputFile(.paper("b"), text: "b")], previous: nil, newFolder: true)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == [MembersMark.name])
    }

    @Test func everyFolderOfThePathsIsListed() {
        #expect(OutputWriter.folders(of: ["papers/a/index.html", "papers/b/index.html", "cy/papers/a/index.html"])
            == ["papers", "papers/a", "papers/b", "cy", "cy/papers", "cy/papers/a"])
        #expect(OutputWriter.folders(of: ["index.html"]).isEmpty)
    }
}
