import Foundation
import Testing

@testable import BoardPack

/// The cache cannot reach outside the output, holds no exempt text in a public build, is its
/// owner's only, lives in the project named for the output and audience, and notices an edit
/// that keeps a file's size and modification time.
@Suite struct BuildCacheTests {
    static func cacheLines(_ root: URL) -> [String] {
        Fixtures.read(CacheLocation(for: Fixtures.options(root)).cacheFile).components(separatedBy: "\n")
    }

    /// The cache with `line` put in as its third line.
    static func damage(_ root: URL, with line: String) throws {
        var lines = cacheLines(root)
        lines.insert(line, at: 2)
        try lines.joined(separator: "\n").write(to: CacheLocation(for: Fixtures.options(root)).cacheFile, atomically: true, encoding: .utf8)
    }

    @Test func aPathOutsideTheOutputIsNeverRemovedAndTheCacheIsIgnoredWithAWarning() throws {
        let root = try Fixtures.project(papers: ["a": Fixtures.paper()])
        defer { try? FileManager.default.removeItem(at: root) }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-victim-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outside) }
        try "keep me".write(to: outside, atomically: true, encoding: .utf8)
        try "keep me".write(to: root.appendingPathComponent("victim"), atomically: true, encoding: .utf8)
        _ = try SiteBuilder.build(Fixtures.options(root))
        let stamp = "out 1 1 1 1 0000000000000000"
        let paths = [
            "../victim", "../../\(outside.lastPathComponent)", outside.path, "papers/../../victim", "./../victim",
            "papers//../../victim", "papers/a\\nb", "papers/a\u{0}b", "",
        ]
        for path in paths {
            try Self.damage(root, with: "\(stamp) \(path)")
            let report = try SiteBuilder.build(Fixtures.options(root))
            #expect(!report.failed)
            let warning = report.diagnostics.first { $0.message.contains("not a path inside the output folder") }
            #expect(warning?.line == 3 && warning?.severity == .warning && warning?.path.hasSuffix("public.cache") == true,
                "\(path): \(report.diagnostics)")
            #expect(report.papersRead == 1, "\(path): the cache was trusted")
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("victim").path), "\(path)")
            #expect(FileManager.default.fileExists(atPath: outside.path), "\(path)")
        }
        // The next build, with the cache the last one wrote, has nothing to say about it.
        #expect(try SiteBuilder.build(Fixtures.options(root)).diagnostics.isEmpty)
    }

    @Test func aSymbolicLinkOnTheWayIsNeverFollowedToRemoveAFile() throws {
        let root = try Fixtures.project(papers: ["a": Fixtures.paper()])
        defer { try? FileManager.default.removeItem(at: root) }
        let elsewhere = root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try "keep me".write(to: elsewhere.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        _ = try SiteBuilder.build(Fixtures.options(root))
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("_site/link"), withDestinationURL: elsewhere)
        let entry = try #require(Self.cacheLines(root).first { $0.hasPrefix("out ") && $0.hasSuffix(" index.html") })
        try Self.damage(root, with: String(entry.dropLast("index.html".count)) + "link/index.html")
        _ = try SiteBuilder.build(Fixtures.options(root))
        #expect(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("index.html").path))
    }

    @Test func thePublicCacheHoldsNoExemptSummaryAndIsItsOwnersOnly() throws {
        let summary = "Sell the depot to the only bidder"
        let exempt = Fixtures.paper(title: "Land sale", extraFront: "exempt: { paragraph: 3, public-interest: \"Publishing the offer would weaken the council's negotiating position.\" }")
            .replacingOccurrences(of: "summary: A short summary.", with: "summary: \(summary)")
        let root = try Fixtures.project(papers: ["land-sale": exempt, "open": Fixtures.paper()])
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteBuilder.build(Fixtures.options(root))
        let file = CacheLocation(for: Fixtures.options(root)).cacheFile
        #expect(!Fixtures.read(file).isEmpty)
        #expect(!Fixtures.read(file).contains(summary))
        let mode = (try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600)
        // Reused from the cache, the exempt paper still lists as a clean build lists it.
        try Fixtures.paper(title: "Changed").write(to: root.appendingPathComponent("content/papers/open.md"), atomically: true, encoding: .utf8)
        let rebuilt = try SiteBuilder.build(Fixtures.options(root))
        #expect(rebuilt.papersRead == 1)
        var clean = Fixtures.options(root, output: "clean", useCache: false)
        clean.audience = .public
        _ = try SiteBuilder.build(clean)
        for page in ["index.html", "search.json", "feed.xml"] {
            #expect(Fixtures.read(root.appendingPathComponent("_site/\(page)")) == Fixtures.read(root.appendingPathComponent("clean/\(page)")))
        }
    }

    @Test func theCacheLivesInTheProjectNamedForTheOutputAndTheAudience() throws {
        let root = try Fixtures.project(papers: ["a": Fixtures.paper()])
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-out-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        var options = Fixtures.options(root)
        options.output = elsewhere.appendingPathComponent("site")
        // Where boardpack 0.1 kept it, readable by all: removed once the new one is saved.
        let legacy = elsewhere.appendingPathComponent(".boardpack-cache/site-public.cache")
        try FileManager.default.createDirectory(at: legacy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "boardpack-cache 2\nkey x\n".write(to: legacy, atomically: true, encoding: .utf8)
        _ = try SiteBuilder.build(options)
        options.audience = .members
        _ = try SiteBuilder.build(options)
        #expect(try FileManager.default.contentsOfDirectory(atPath: legacy.deletingLastPathComponent().path).isEmpty)
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".boardpack-cache").path)
        #expect(folders.count == 1 && folders[0].hasPrefix("site-"))
        let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".boardpack-cache/\(folders[0])").path)
        #expect(files.sorted() == ["lock", "members.cache", "public.cache"])
    }

    @Test func anEditThatKeepsSizeAndModificationTimeIsRebuilt() throws {
        let root = try Fixtures.project(papers: ["a": Fixtures.paper()])
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteBuilder.build(Fixtures.options(root))
        let paper = root.appendingPathComponent("content/papers/a.md")
        var before = stat()
        stat(paper.path, &before)
        try Fixtures.paper(body: Fixtures.defaultBody.replacingOccurrences(of: "First paragraph.", with: "Fixed paragraph."))
            .write(to: paper, atomically: false, encoding: .utf8)
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, paper.path, &times, 0) == 0)
        let stamp = FileStamp.of(path: paper.path)
        #expect(stamp?.size == Int64(before.st_size))
        #expect(stamp?.modifiedNanoseconds == Int64(before.st_mtim.tv_sec) * 1_000_000_000 + Int64(before.st_mtim.tv_nsec))
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(report.papersRead == 1)
        #expect(Fixtures.read(root.appendingPathComponent("_site/papers/a/index.html")).contains("Fixed paragraph."))
    }
}
