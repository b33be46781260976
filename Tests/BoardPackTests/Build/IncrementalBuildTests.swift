import Foundation
import Testing

@testable import BoardPack

/// An incremental build must equal a clean build byte for byte, whatever changed: a paper, a
/// dataset, a template, a meeting; and a damaged cache must never give wrong output.
@Suite struct IncrementalBuildTests {
    static func project() throws -> URL {
        let root = try DatasetPublishingTests.project(block: "dataset: incidents\ngroup-by: category\n")
        try Fixtures.paper(title: "Plain paper", date: "2021-03-01").write(
            to: root.appendingPathComponent("content/papers/plain.md"), atomically: true, encoding: .utf8)
        let meetings = root.appendingPathComponent("content/meetings")
        try FileManager.default.createDirectory(at: meetings, withIntermediateDirectories: true)
        try "board: sscb\ndate: 2021-06-09\nitems:\n  - title: Welcome\n  - paper: with-data\n".write(
            to: meetings.appendingPathComponent("june.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: Fixtures.packageRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        return root
    }

    static func options(_ root: URL, output: String, cache: Bool) -> BuildOptions {
        var options = Fixtures.options(root, output: output, useCache: cache)
        options.templates = root.appendingPathComponent("templates")
        return options
    }

    static func files(_ folder: URL) -> [String: Data] {
        SiteBuilderTests.snapshot(folder).mapValues(\.0)
    }

    /// Builds incrementally into `_site`, cleanly into a fresh folder, and compares.
    static func expectSameAsClean(_ root: URL, _ change: String) throws -> BuildReport {
        let report = try SiteBuilder.build(options(root, output: "_site", cache: true))
        #expect(!report.failed, "\(change): \(report.diagnostics)")
        let clean = "clean-\(UUID().uuidString)"
        _ = try SiteBuilder.build(options(root, output: clean, cache: false))
        let incremental = files(root.appendingPathComponent("_site"))
        let fresh = files(root.appendingPathComponent(clean))
        #expect(incremental.keys.sorted() == fresh.keys.sorted(), "\(change): different files")
        for (path, bytes) in fresh where incremental[path] != bytes {
            Issue.record("\(change): \(path) differs from a clean build")
        }
        try FileManager.default.removeItem(at: root.appendingPathComponent(clean))
        return report
    }

    static func edit(_ url: URL, _ transform: (String) -> String) throws {
        try transform(Fixtures.read(url)).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func everyKindOfChangeGivesWhatACleanBuildGives() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        _ = try Self.expectSameAsClean(root, "first build")

        try Self.edit(content.appendingPathComponent("papers/plain.md")) { $0.replacingOccurrences(of: "First paragraph.", with: "An edited paragraph.") }
        let paperEdit = try Self.expectSameAsClean(root, "paper body")
        #expect(paperEdit.papersRead == 1)
        #expect(paperEdit.changedPaths == ["papers/plain/index.html"])

        try Self.edit(content.appendingPathComponent("papers/plain.md")) { $0.replacingOccurrences(of: "title: Plain paper", with: "title: Renamed paper") }
        let retitled = try Self.expectSameAsClean(root, "paper title")
        #expect(retitled.changedPaths.isSuperset(of: ["papers/plain/index.html", "index.html"]))

        try Self.edit(content.appendingPathComponent("data/incidents.yaml")) { $0.replacingOccurrences(of: "category: protest", with: "category: hate-crime") }
        let dataEdit = try Self.expectSameAsClean(root, "dataset")
        #expect(dataEdit.papersRead == 1)
        #expect(dataEdit.changedPaths.contains("papers/with-data/index.html"))
        #expect(dataEdit.changedPaths.contains("packs/june.html"))

        try Self.edit(root.appendingPathComponent("templates/paper.mustache")) { $0.replacingOccurrences(of: "</article>", with: "</article>\n<!-- edited -->") }
        let templateEdit = try Self.expectSameAsClean(root, "template")
        #expect(templateEdit.papersRead == 2)

        try Self.edit(content.appendingPathComponent("meetings/june.yaml")) { $0 + "  - paper: plain\n" }
        let meetingEdit = try Self.expectSameAsClean(root, "meeting")
        // The paper's page lists the meetings it went to.
        #expect(meetingEdit.changedPaths.contains("papers/plain/index.html"))

        let july = content.appendingPathComponent("meetings/july.yaml")
        try "board: cwb\ndate: 2021-07-14\nitems:\n  - paper: plain\n".write(to: july, atomically: true, encoding: .utf8)
        let secondMeeting = try Self.expectSameAsClean(root, "second meeting")
        #expect(secondMeeting.changedPaths.isSuperset(of: ["papers/plain/index.html", "meetings/july/index.html", "packs/july.html"]))
        try FileManager.default.removeItem(at: july)
        let meetingGone = try Self.expectSameAsClean(root, "meeting removed")
        #expect(meetingGone.changedPaths.contains("papers/plain/index.html"))

        try Self.edit(content.appendingPathComponent("site.yaml")) { $0.replacingOccurrences(of: "Community Wellbeing Board", with: "Wellbeing Board") }
        _ = try Self.expectSameAsClean(root, "site.yaml")

        try FileManager.default.removeItem(at: content.appendingPathComponent("papers/plain.md"))
        try Self.edit(content.appendingPathComponent("meetings/june.yaml")) { $0.replacingOccurrences(of: "  - paper: plain\n", with: "") }
        let removal = try Self.expectSameAsClean(root, "paper removed")
        #expect(removal.removed == 1)
    }

    @Test func aLinkToASectionThatIsRenamedBecomesAWarningAndText() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let plain = root.appendingPathComponent("content/papers/plain.md")
        let body = Fixtures.defaultBody.replacingOccurrences(
            of: "First paragraph.", with: "First paragraph, see [the background](plain.md#background).")
        try Fixtures.paper(title: "Linking paper", body: body).write(
            to: root.appendingPathComponent("content/papers/linker.md"), atomically: true, encoding: .utf8)
        let page = root.appendingPathComponent("_site/papers/linker/index.html")
        let first = try Self.expectSameAsClean(root, "link to a section")
        #expect(!first.diagnostics.contains { $0.message.contains("points to no place") })
        #expect(Fixtures.read(page).contains("<a href=\"../plain/index.html#background\">the background</a>"))

        try Self.edit(plain) { $0.replacingOccurrences(of: "## Background", with: "## Context") }
        let renamed = try Self.expectSameAsClean(root, "linked section renamed")
        #expect(renamed.papersRead == 2)
        let warning = renamed.diagnostics.first { $0.message.contains("points to no place in the paper 'plain.md'") }
        #expect(warning?.severity == .warning)
        #expect(warning.map { [$0.line, $0.column] } == [24, 22])
        let broken = Fixtures.read(page)
        #expect(!broken.contains("#background"))
        #expect(broken.contains("see the background."))

        try Self.edit(plain) { $0.replacingOccurrences(of: "## Context", with: "## Background") }
        let mended = try Self.expectSameAsClean(root, "linked section named again")
        #expect(!mended.diagnostics.contains { $0.message.contains("points to no place") })
        #expect(Fixtures.read(page).contains("<a href=\"../plain/index.html#background\">the background</a>"))
    }

    @Test func aBriefingPacksIntroFollowsThePapersItLinksTo() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("packs"), withIntermediateDirectories: true)
        try "title: Briefing\nintro: |\n  See [the new paper](later.md) and [its costs](plain.md#costs).\npapers: [plain]\n".write(
            to: content.appendingPathComponent("packs/briefing.yaml"), atomically: true, encoding: .utf8)
        let inPack = { (report: BuildReport) in report.diagnostics.filter { $0.path.hasSuffix("packs/briefing.yaml") }.map(\.column) }
        #expect(inPack(try Self.expectSameAsClean(root, "intro with two broken links")) == [7, 37])

        try Fixtures.paper(title: "Later paper", date: "2021-03-02").write(
            to: content.appendingPathComponent("papers/later.md"), atomically: true, encoding: .utf8)
        #expect(inPack(try Self.expectSameAsClean(root, "the paper the intro links to appears")) == [37])

        try Self.edit(content.appendingPathComponent("papers/plain.md")) { $0.replacingOccurrences(of: "## Background", with: "## Costs") }
        #expect(inPack(try Self.expectSameAsClean(root, "the section the intro links to appears")) == [])
    }

    @Test func aPublicBuildsCacheKeepsNoHeadingOfAnExemptPaper() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let body = Fixtures.defaultBody.replacingOccurrences(of: "## Background", with: "## Sale of the Elm Street depot")
        try Fixtures.paper(title: "Depot", body: body, extraFront: "exempt: { paragraph: 3, public-interest: Negotiations continue. }").write(
            to: root.appendingPathComponent("content/papers/depot.md"), atomically: true, encoding: .utf8)
        _ = try Self.expectSameAsClean(root, "exempt paper")
        let cache = root.appendingPathComponent(".boardpack-cache")
        let files = FileManager.default.enumerator(at: cache, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        #expect(!files.isEmpty)
        for file in files where !file.hasDirectoryPath {
            #expect(!((try? String(contentsOf: file, encoding: .utf8)) ?? "").contains("elm-street"), "\(file.path)")
        }
    }

    @Test func aDamagedOrForeignCacheNeverGivesWrongOutput() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try Self.expectSameAsClean(root, "first build")
        let cache = CacheLocation(for: Fixtures.options(root)).cacheFile
        let text = Fixtures.read(cache)
        // A record claiming the paper still has its old title, with the file's real stamp.
        try Self.edit(root.appendingPathComponent("content/papers/plain.md")) { $0.replacingOccurrences(of: "title: Plain paper", with: "title: New title") }
        try text.write(to: cache, atomically: true, encoding: .utf8)
        _ = try Self.expectSameAsClean(root, "stale cache")
        for damage in [String(text.prefix(text.count / 2)), "boardpack-cache 2\nkey x\n", "nonsense", ""] {
            try damage.write(to: cache, atomically: true, encoding: .utf8)
            _ = try Self.expectSameAsClean(root, "damaged cache")
        }
    }
}

extension IncrementalBuildTests {
    @Test func deletedOrEditedOutputsAreMadeAgain() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try Self.expectSameAsClean(root, "first build")
        try FileManager.default.removeItem(at: root.appendingPathComponent("_site"))
        let rebuilt = try Self.expectSameAsClean(root, "output folder deleted")
        #expect(rebuilt.written > 5)
        try "tampered".write(to: root.appendingPathComponent("_site/papers/plain/index.html"), atomically: true, encoding: .utf8)
        let mended = try Self.expectSameAsClean(root, "page edited by hand")
        #expect(mended.changedPaths == ["papers/plain/index.html"])
    }
}
