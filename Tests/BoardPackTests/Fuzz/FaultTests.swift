import Foundation
import Testing

@testable import BoardPack

#if canImport(Glibc)
import Glibc
#endif

/// Faults from outside the content, each against a site built before: a file that cannot be read,
/// an output folder replaced by a file, a build killed while moving pages into place. (A full disk
/// part-way is `OutputWriterTests.aFullDiskPartWayLeavesThePreviousSiteExactlyAsItWas`; a staging
/// folder left by a killed build is `OutputWriterTests.theStagingFolderOfAKilledBuildIsRemovedByTheNext`.)
@Suite struct FaultTests {
    /// Runs `work` on this thread with the file permissions of `nobody`, so that a file made
    /// unreadable cannot be read even when the tests run as root (root reads every file whatever its
    /// mode). The filesystem user id is the calling thread's own, so other tests are unaffected.
    static func withoutRootReads<T>(_ work: () throws -> T) rethrows -> T {
        guard geteuid() == 0, let setfsuid else { return try work() }
        _ = setfsuid(65534)
        defer { _ = setfsuid(0) }
        return try work()
    }

    /// glibc's `setfsuid`, which Swift's Glibc module does not export.
    static let setfsuid: (@convention(c) (UInt32) -> Int32)? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "setfsuid") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UInt32) -> Int32).self)
    }()

    @Test func aFileThatCannotBeReadPartWayIsALocatedErrorAndTheSiteIsLeftAsItWas() throws {
        let root = try Fixtures.project(papers: [
            "a-first": Fixtures.paper(title: "First"), "b-locked": Fixtures.paper(title: "Locked"), "c-last": Fixtures.paper(title: "Last"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let options = Fixtures.options(root, jobs: 1, useCache: false)
        var state = BuildState()
        _ = try SiteBuilder.build(options, state: &state)
        let before = SiteBuilderTests.snapshot(options.output)
        let locked = root.appendingPathComponent("content/papers/b-locked.md")
        try Fixtures.paper(title: "Locked, edited").write(to: locked, atomically: true, encoding: .utf8)
        try Fixtures.paper(title: "Last, edited").write(to: root.appendingPathComponent("content/papers/c-last.md"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked.path) }
        let report = try Self.withoutRootReads { try SiteBuilder.build(options, state: &state) }
        #expect(report.diagnostics.filter { $0.severity == .error }.map(DiagnosticFormat.text.format) == [
            "content/papers/b-locked.md:1:1: error: cannot read the file (check that it exists and is readable)"
        ])
        OutputWriterTests.expectUnchanged(before, options.output)
        // Readable again, the next build makes the site with both edits.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked.path)
        #expect(try !SiteBuilder.build(options, state: &state).failed)
        #expect(Fixtures.read(options.output.appendingPathComponent("papers/b-locked/index.html")).contains("Locked, edited"))
        #expect(Fixtures.read(options.output.appendingPathComponent("papers/c-last/index.html")).contains("Last, edited"))
    }

    @Test func anOutputFolderReplacedByAFileBetweenBuildsIsRefusedAndTheFileKept() throws {
        let root = try Fixtures.project(papers: ["a": Fixtures.paper()])
        defer { try? FileManager.default.removeItem(at: root) }
        let options = Fixtures.options(root)
        _ = try SiteBuilder.build(options)
        try FileManager.default.removeItem(at: options.output)
        try "someone's notes".write(to: options.output, atomically: false, encoding: .utf8)
        #expect {
            _ = try SiteBuilder.build(options)
        } throws: { error in
            error is EnvironmentError && "\(error)".hasPrefix("the output _site is a file, not a folder")
        }
        #expect(Fixtures.read(options.output) == "someone's notes")
        // The file moved away, the next build makes the whole site again, whatever the cache says.
        try FileManager.default.removeItem(at: options.output)
        let report = try SiteBuilder.build(options)
        #expect(!report.failed && !report.upToDate)
        #expect(FileManager.default.fileExists(atPath: options.output.appendingPathComponent("papers/a/index.html").path))
    }

    /// Killed after moving some new pages into place and before the rest (and before the cache was
    /// saved): the next build finishes the job, and the site is what a clean build makes.
    @Test func aBuildKilledWhileMovingPagesIntoPlaceIsCompletedByTheNext() throws {
        let root = try Fixtures.project(papers: ["a": Fixtures.paper(title: "A"), "b": Fixtures.paper(title: "B")])
        defer { try? FileManager.default.removeItem(at: root) }
        let options = Fixtures.options(root)
        _ = try SiteBuilder.build(options)
        try Fixtures.paper(title: "A, revised").write(to: root.appendingPathComponent("content/papers/a.md"), atomically: true, encoding: .utf8)
        try Fixtures.paper(title: "B, revised").write(to: root.appendingPathComponent("content/papers/b.md"), atomically: true, encoding: .utf8)
        // What the killed build had done: a's page moved into place, b's still staged.
        let clean = Fixtures.options(root, output: "_clean", useCache: false)
        _ = try SiteBuilder.build(clean)
        let output = options.output
        try FileManager.default.removeItem(at: output.appendingPathComponent("papers/a/index.html"))
        try FileManager.default.copyItem(
            at: clean.output.appendingPathComponent("papers/a/index.html"), to: output.appendingPathComponent("papers/a/index.html"))
        let staging = output.appendingPathComponent(OutputWriter.stagingName)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: clean.output.appendingPathComponent("papers/b/index.html"), to: staging.appendingPathComponent("1.tmp"))
        let report = try SiteBuilder.build(options)
        #expect(!report.failed)
        let site = SiteBuilderTests.snapshot(output).mapValues(\.0)
        let expected = SiteBuilderTests.snapshot(clean.output).mapValues(\.0)
        #expect(site.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected { #expect(site[path] == bytes, "\(path) differs from a clean build") }
    }
}
