import Foundation
import Testing

@testable import BoardPack

@Suite struct SiteBuilderTests {
    /// Every file in a folder with its bytes and modification time.
    static func snapshot(_ folder: URL) -> [String: (Data, FileStamp)] {
        var files: [String: (Data, FileStamp)] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard let data = FileManager.default.contents(atPath: url.path), let stamp = FileStamp.of(path: url.path),
                !url.hasDirectoryPath
            else { continue }
            files[String(url.path.dropFirst(folder.path.count))] = (data, stamp)
        }
        return files
    }

    @Test func indexListsPapersByBoardNewestFirst() throws {
        let root = try Fixtures.project(papers: [
            "old": Fixtures.paper(title: "Old paper", date: "2020-01-15"),
            "new": Fixtures.paper(title: "New paper", date: "2022-03-01"),
            "middle": Fixtures.paper(title: "Middle paper", date: "2021-06-09"),
            "other-board": Fixtures.paper(title: "Wellbeing paper", board: "cwb", date: "2023-01-01"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed)
        let page = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/index.html")))
        #expect(page.texts("//section[@class='board']/h2") == ["Safer and Stronger Communities Board", "Community Wellbeing Board"])
        #expect(page.texts("//section[1]//li/a") == ["New paper", "Middle paper", "Old paper"])
        #expect(page.attribute("href", of: "//section[1]//li/a") == [
            "papers/new/index.html", "papers/middle/index.html", "papers/old/index.html",
        ])
        #expect(page.texts("//section[2]//li/a") == ["Wellbeing paper"])
    }

    @Test func aBuildWithErrorsWritesNothingAndLeavesThePreviousSite() throws {
        let root = try Fixtures.project(papers: ["a": Fixtures.paper(), "b": Fixtures.paper(title: "B")])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try !SiteBuilder.build(Fixtures.options(root)).failed)
        let before = Self.snapshot(root.appendingPathComponent("_site"))
        #expect(before.count == 9)
        try Fixtures.paper(title: "B changed", date: "2021-02-30").write(
            to: root.appendingPathComponent("content/papers/b.md"), atomically: true, encoding: .utf8)
        try Fixtures.paper(title: "A changed").write(
            to: root.appendingPathComponent("content/papers/a.md"), atomically: true, encoding: .utf8)
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(report.failed)
        #expect(report.diagnostics.map { "\($0.path):\($0.line)" } == ["content/papers/b.md:4"])
        let after = Self.snapshot(root.appendingPathComponent("_site"))
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, (data, stamp)) in before {
            #expect(after[path]?.0 == data && after[path]?.1 == stamp, "\(path) changed")
        }
    }

    @Test func outputIsByteIdenticalFromRunToRun() throws {
        let papers = Dictionary(uniqueKeysWithValues: (1...40).map { ("paper-\($0)", Fixtures.paper(title: "Paper \($0)")) })
        let root = try Fixtures.project(papers: papers)
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteBuilder.build(Fixtures.options(root, output: "one", jobs: 1, useCache: false))
        _ = try SiteBuilder.build(Fixtures.options(root, output: "two", jobs: 4, useCache: false))
        let one = Self.snapshot(root.appendingPathComponent("one")).mapValues(\.0)
        let two = Self.snapshot(root.appendingPathComponent("two")).mapValues(\.0)
        #expect(one.count == 47)
        #expect(one == two)
    }

    @Test func rebuildWithNothingChangedWritesNothing() throws {
        let root = try Fixtures.project(papers: ["a": Fixtures.paper(), "b": Fixtures.paper(title: "B")])
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try SiteBuilder.build(Fixtures.options(root))
        // 2 papers, index, stylesheet, feed, sitemap, search.json, search page, calendar.
        #expect(first.written == 9)
        let before = Self.snapshot(root.appendingPathComponent("_site"))
        let second = try SiteBuilder.build(Fixtures.options(root))
        #expect(second.upToDate)
        #expect(second.written == 0)
        #expect(Self.snapshot(root.appendingPathComponent("_site")).mapValues(\.1) == before.mapValues(\.1))

        // Saving a paper without changing it rebuilds but rewrites nothing.
        let paperB = root.appendingPathComponent("content/papers/b.md")
        try Fixtures.paper(title: "B").write(to: paperB, atomically: true, encoding: .utf8)
        let touched = try SiteBuilder.build(Fixtures.options(root))
        #expect(!touched.upToDate)
        #expect(touched.written == 0)
        #expect(touched.papersRead == 1)

        // Changing one paper's body rewrites only its page.
        try Fixtures.paper(title: "B", body: "## Implications for Wales\nNone.\n").write(to: paperB, atomically: true, encoding: .utf8)
        let changed = try SiteBuilder.build(Fixtures.options(root))
        #expect(changed.written == 1)
        #expect(Fixtures.read(root.appendingPathComponent("_site/papers/b/index.html")).contains("None."))
    }

    @Test func deletedPapersLoseTheirPagesAndDamagedCachesAreIgnored() throws {
        let root = try Fixtures.project(papers: ["a": Fixtures.paper(), "b": Fixtures.paper(title: "B")])
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteBuilder.build(Fixtures.options(root))
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/papers/b.md"))
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(report.removed == 1)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/papers/b").path))

        let cache = CacheLocation(for: Fixtures.options(root)).cacheFile
        try "boardpack-cache 1\nkey x\nout nonsense\n".write(to: cache, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: root.appendingPathComponent("_site/papers/a/index.html"))
        let rebuilt = try SiteBuilder.build(Fixtures.options(root))
        #expect(rebuilt.written == 1)
        #expect(Fixtures.read(root.appendingPathComponent("_site/papers/a/index.html")).contains("<h1>Test paper</h1>"))
    }

    @Test func exemptPapersShowOnlyTheirTitleAndNoticeInPublic() throws {
        let secret = "The confidential negotiating position is forty million pounds."
        let root = try Fixtures.project(papers: [
            "secret": Fixtures.paper(title: "Land sale", body: "## Background\n\(secret)\n\n## Implications for Wales\nNone.\n",
                extraFront: "exempt: { paragraph: 3, public-interest: \"Publishing the offer would weaken the council's negotiating position.\" }"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteBuilder.build(Fixtures.options(root))
        let html = Fixtures.read(root.appendingPathComponent("_site/papers/secret/index.html"))
        let page = try HTMLPage(html)
        #expect(page.texts("//h1") == ["Land sale"])
        #expect(page.texts("//div[@class='exempt-notice']/p") == [
            "Exempt information: not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.",
            "Paragraph 3: Information relating to the financial or business affairs of any particular person "
                + "(including the authority holding that information).",
            "Public interest test: Publishing the offer would weaken the council's negotiating position.",
        ])
        #expect(!html.contains("forty million"))
        #expect(!html.contains("A short summary"))
    }

    /// `boardpack check`: one run reports every bad file, each at its true place.
    @Test func everyKindOfBadInputGetsALocatedError() throws {
        let root = try Fixtures.project(papers: [
            "good": Fixtures.paper(),
            "malformed-yaml": "---\ntitle: A\nsummary: [unclosed\n---\nBody\n",
            "no-closing": "---\ntitle: A\nboard: sscb\n\nBody\n",
            "empty": "",
            "thirty-february": Fixtures.paper(date: "2021-02-30"),
            "unknown-board": Fixtures.paper(board: "nope"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let papers = root.appendingPathComponent("content/papers")
        try Data([0x00, 0x01, 0x02, 0xFF, 0xFE]).write(to: papers.appendingPathComponent("binary.md"))
        try Data(Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\n---\n".utf8)).write(to: papers.appendingPathComponent("latin1.md"))
        let big = papers.appendingPathComponent("huge.md")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 50 * 1024 * 1024)
        try handle.close()

        let diagnostics = try SiteBuilder.check(Fixtures.options(root))
        let errors = diagnostics.filter { $0.severity == .error }
        let located = Dictionary(grouping: errors, by: { URL(fileURLWithPath: $0.path).deletingPathExtension().lastPathComponent })
            .mapValues { $0.map { "\($0.line):\($0.column)" } }
        #expect(located == [
            "malformed-yaml": ["4:1"],
            "no-closing": ["1:1"],
            "empty": ["1:1"],
            "thirty-february": ["4:7"],
            "unknown-board": ["3:8"],
            "binary": ["1:1"],
            "latin1": ["2:11"],
            "huge": ["1:1"],
        ])
        #expect(errors.allSatisfy { $0.path.hasPrefix("content/papers/") })
    }
}
