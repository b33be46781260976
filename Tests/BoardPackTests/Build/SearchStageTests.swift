import Foundation
import Testing

@testable import BoardPack

/// When the search index is made, kept and removed, with a stand-in for Pagefind that records its
/// runs; and how paper pages mark what Pagefind may index. The real Pagefind is in Checks/SearchTests.
@Suite struct SearchStageTests {
    /// A script taking Pagefind's arguments: it writes `pagefind.js` into `--output-path` and adds
    /// a line to `runs.log` beside itself; with `failing`, it prints an error and exits 3.
    static func standIn(in root: URL, failing: Bool = false) throws -> Pagefind {
        let script = root.appendingPathComponent(failing ? "broken-pagefind" : "pagefind")
        let body = failing
            ? "echo 'Error: broken index' >&2\nexit 3\n"
            : """
            while [ $# -gt 0 ]; do case "$1" in --output-path) out="$2"; shift;; esac; shift; done
            mkdir -p "$out" && : > "$out/pagefind.js" && echo run >> "$(dirname "$0")/runs.log"

            """
        try ("#!/bin/sh\n" + body).write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return Pagefind(executable: script.path)
    }

    static func runs(_ root: URL) -> Int {
        Fixtures.read(root.appendingPathComponent("runs.log")).split(separator: "\n").count
    }

    static func options(_ root: URL, _ pagefind: Pagefind?) -> BuildOptions {
        var options = Fixtures.options(root)
        options.pagefind = pagefind
        return options
    }

    static func index(_ root: URL) -> Bool { SearchStage.present(in: root.appendingPathComponent("_site")) }

    @Test func theSiteIsIndexedAgainOnlyWhenAPaperPageChangesOrTheIndexIsGone() throws {
        let root = try Fixtures.project(papers: ["one": Fixtures.paper(title: "One")])
        defer { try? FileManager.default.removeItem(at: root) }
        let options = Self.options(root, try Self.standIn(in: root))

        #expect(try SiteBuilder.build(options).searchIndexed)
        #expect(Self.index(root) && Self.runs(root) == 1)

        let again = try SiteBuilder.build(options)
        #expect(again.upToDate && !again.searchIndexed && Self.runs(root) == 1)

        try Fixtures.paper(title: "One, revised").write(
            to: root.appendingPathComponent("content/papers/one.md"), atomically: true, encoding: .utf8)
        #expect(try SiteBuilder.build(options).searchIndexed)
        #expect(Self.runs(root) == 2)

        try FileManager.default.removeItem(at: root.appendingPathComponent("_site/pagefind"))
        let restored = try SiteBuilder.build(options)
        #expect(!restored.upToDate && restored.searchIndexed && Self.index(root) && Self.runs(root) == 3)
        // Without the cache, nothing says the index was made from these pages: made again.
        try FileManager.default.removeItem(at: CacheLocation(for: options).cacheFile)
        let uncached = try SiteBuilder.build(options)
        #expect(uncached.written == 0 && uncached.searchIndexed && Self.runs(root) == 4)
        // The stand-in's working folders are gone: only the index is left in the site.
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("_site").path)
        #expect(!names.contains { $0.hasPrefix(".pagefind") })
    }

    @Test func aBuildWithoutPagefindRemovesTheIndexAnEarlierBuildLeft() throws {
        let root = try Fixtures.project(papers: ["one": Fixtures.paper(title: "One")])
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteBuilder.build(Self.options(root, try Self.standIn(in: root)))
        #expect(Self.index(root))
        // Nothing changed, so this build is up to date; the index still goes, as it may be stale.
        let report = try SiteBuilder.build(Self.options(root, nil))
        #expect(!report.searchIndexed && !Self.index(root))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/pagefind").path))
    }

    @Test func aFailingPagefindIsAnEnvironmentErrorAndLeavesNoOldIndex() throws {
        let root = try Fixtures.project(papers: ["one": Fixtures.paper(title: "One")])
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteBuilder.build(Self.options(root, try Self.standIn(in: root)))
        try Fixtures.paper(title: "One", extraFront: "exempt: { paragraph: 3, public-interest: Negotiations continue. }").write(
            to: root.appendingPathComponent("content/papers/one.md"), atomically: true, encoding: .utf8)
        let broken = Self.options(root, try Self.standIn(in: root, failing: true))
        #expect {
            try SiteBuilder.build(broken)
        } throws: { error in
            "\(error)".contains("Pagefind could not index the site: Error: broken index")
        }
        #expect(!Self.index(root))
    }

    @Test func aBuildWithContentErrorsLeavesTheIndexAsItWas() throws {
        let root = try Fixtures.project(papers: ["one": Fixtures.paper(title: "One")])
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteBuilder.build(Self.options(root, try Self.standIn(in: root)))
        try "---\ntitle: [broken\n---\n".write(
            to: root.appendingPathComponent("content/papers/one.md"), atomically: true, encoding: .utf8)
        #expect(try SiteBuilder.build(Self.options(root, nil)).failed)
        #expect(Self.index(root))
    }

    @Test func paperPagesMarkWhatTheIndexMayHoldAndTheFilters() throws {
        let root = try Fixtures.project(papers: [
            "open": Fixtures.paper(title: "Open paper", date: "2021-06-09"),
            "closed": Fixtures.paper(title: "Closed paper", board: "cwb", date: "2019-01-02", extraFront: "exempt: { paragraph: 3, public-interest: Negotiations continue. }"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try !SiteBuilder.build(Fixtures.options(root)).failed)
        let open = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/papers/open/index.html")))
        #expect(open.attribute("data-pagefind-filter", of: "//article[@data-pagefind-body]") == ["purpose:Discussion"])
        #expect(open.attribute("data-pagefind-filter", of: "//article//time") == ["year:2021"])
        #expect(open.texts("//*[@data-pagefind-filter='board']") == ["Safer and Stronger Communities Board"])
        #expect(open.texts("//*[@data-pagefind-meta='date']") == ["9 June 2021"])
        #expect(open.nodes("//*[@data-pagefind-body]").count == 1)

        // In public, an exempt paper is indexed by its title only: no purpose, the notice ignored.
        let closed = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/papers/closed/index.html")))
        #expect(closed.attribute("data-pagefind-filter", of: "//article[@data-pagefind-body]") == [])
        #expect(closed.attribute("data-pagefind-filter", of: "//article//time") == ["year:2019"])
        #expect(closed.nodes("//div[@class='exempt-notice'][@data-pagefind-ignore]").count == 1)
        let indexed = closed.nodes("//article/*[not(@data-pagefind-ignore)]//text()[not(ancestor::*[@data-pagefind-ignore])]")
            .compactMap(\.stringValue).joined().trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(indexed == "Closed paper")

        // Only paper pages are indexed: no other page carries the mark.
        for page in ["index.html", "search/index.html"] {
            #expect(!Fixtures.read(root.appendingPathComponent("_site/" + page)).contains("data-pagefind-body"))
        }
    }
}

/// Where boardpack looks for Pagefind: BOARDPACK_PAGEFIND, then the project's tool folder, then PATH.
@Suite struct PagefindLookupTests {
    @Test func theVariableWinsThenTheProjectsToolFolderThenPath() throws {
        let root = try Fixtures.project(papers: [:])
        defer { try? FileManager.default.removeItem(at: root) }
        let onPath = root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: onPath, withIntermediateDirectories: true)
        let pathOne = try SearchStageTests.standIn(in: onPath).executable
        #expect(try Pagefind.find(project: root, environment: ["PATH": "/nowhere:" + onPath.path])?.executable == pathOne)

        let tools = root.appendingPathComponent(".tools/venv-search/bin")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        let projectOne = try SearchStageTests.standIn(in: tools).executable
        #expect(try Pagefind.find(project: root, environment: ["PATH": onPath.path])?.executable == projectOne)

        let chosen = try SearchStageTests.standIn(in: root, failing: true).executable
        #expect(try Pagefind.find(project: root, environment: ["PATH": onPath.path, "BOARDPACK_PAGEFIND": chosen])?.executable == chosen)
        #expect(try Pagefind.find(project: root.appendingPathComponent("content"), environment: ["PATH": "/nowhere"]) == nil)
    }

    @Test func aVariableNamingNoProgramIsAnError() throws {
        #expect {
            try Pagefind.find(project: URL(fileURLWithPath: "/nowhere"), environment: ["BOARDPACK_PAGEFIND": "/nowhere/pagefind"])
        } throws: { error in
            "\(error)".contains("BOARDPACK_PAGEFIND is set to /nowhere/pagefind, which is not a program")
        }
    }
}
