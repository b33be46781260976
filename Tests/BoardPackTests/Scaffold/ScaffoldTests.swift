import Foundation
import Testing
import Yams

@testable import BoardPack

@Suite struct ScaffoldTests {
    static let day = CalendarDate(year: 2025, month: 6, day: 11)!

    /// A fresh folder holding what `boardpack init` writes, plus `extra` files (paths inside content/).
    static func initProject(extra: [(path: String, text: String)] = []) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-scaffold-\(UUID().uuidString)")
        _ = try ScaffoldWriter.write(ProjectScaffold.files() + extra.map { ("content/" + $0.path, $0.text) }, into: root)
        return root
    }

    static func build(_ root: URL) throws -> BuildReport {
        try SiteBuilder.build(BuildOptions(
            content: root.appendingPathComponent("content"), output: root.appendingPathComponent("_site"),
            display: PathDisplay(workingDirectory: root), useCache: false))
    }

    static func exists(_ root: URL, _ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    static func described(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { "\($0.path):\($0.line): \($0.message)" }.joined(separator: "\n")
    }

    // MARK: - init

    @Test func theNewProjectBuildsWithNoErrorsAndNoWarnings() throws {
        let root = try Self.initProject()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try Self.build(root)
        #expect(report.diagnostics.isEmpty, "\(Self.described(report.diagnostics))")
        for path in [
            "_site/index.html", "_site/papers/example-paper/index.html", "_site/meetings/example-meeting/index.html",
            "_site/packs/example-meeting.html", "_site/packs/example-briefing.html",
            "_site/data/example-incidents.csv", "_site/data/example-incidents.json",
        ] {
            #expect(Self.exists(root, path), "\(path) was not built")
        }
        let paper = Fixtures.read(root.appendingPathComponent("_site/papers/example-paper/index.html"))
        #expect(paper.contains("Abuse and intimidation of councillors"), "the incidents block was not rendered")
        #expect(paper.contains("fewer than 5"))
    }

    @Test func theProjectKeepsItsOutputAndCacheOutOfGit() {
        let ignore = ProjectScaffold.files().first { $0.path == ".gitignore" }?.text ?? ""
        let lines = Set(ignore.split(separator: "\n").map(String.init))
        #expect(lines.isSuperset(of: ["_site/", ".boardpack-cache/"]))
    }

    @Test func initWritesNothingWhenAnyOfItsFilesExists() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-scaffold-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/papers"), withIntermediateDirectories: true)
        try "mine".write(to: root.appendingPathComponent("content/papers/example-paper.md"), atomically: true, encoding: .utf8)
        try "mine too".write(to: root.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        #expect(throws: ScaffoldError.alreadyExists(["content/papers/example-paper.md", ".gitignore"])) {
            try ScaffoldWriter.write(ProjectScaffold.files(), into: root)
        }
        #expect(Fixtures.read(root.appendingPathComponent("content/papers/example-paper.md")) == "mine")
        #expect(!Self.exists(root, "content/site.yaml"))
        #expect(!Self.exists(root, ".github"))
    }

    // MARK: - new

    @Test func newFilesAddedToTheProjectBuildWithNoErrorsOrWarnings() throws {
        let defaults = SiteDefaults(siteYAML: ExampleProject.site)
        let root = try Self.initProject(extra: [
            ("papers/budget-2025.md", ProjectScaffold.newFile(.paper, name: "budget-2025", date: Self.day, defaults: defaults)),
            ("meetings/communities-2025-06-11.yaml", ProjectScaffold.newFile(
                .meeting, name: "communities-2025-06-11", date: Self.day, defaults: defaults, papers: ["budget-2025"])),
            ("meetings/no-papers-yet.yaml", ProjectScaffold.newFile(.meeting, name: "no-papers-yet", date: Self.day, defaults: defaults)),
            ("data/returns-2024-25.yaml", ProjectScaffold.newFile(.dataset, name: "returns-2024-25", date: Self.day, defaults: defaults)),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try Self.build(root)
        #expect(report.diagnostics.isEmpty, "\(Self.described(report.diagnostics))")
        for path in [
            "_site/papers/budget-2025/index.html", "_site/meetings/communities-2025-06-11/index.html",
            "_site/packs/communities-2025-06-11.html", "_site/meetings/no-papers-yet/index.html",
            "_site/data/returns-2024-25.csv",
        ] {
            #expect(Self.exists(root, path), "\(path) was not built")
        }
    }

    @Test(arguments: ["2025", "yes", "null", "a_b"])
    func awkwardNamesStillMakeValidFiles(name: String) throws {
        let defaults = SiteDefaults(siteYAML: ExampleProject.site)
        // A dataset's name keeps to [a-z0-9-]: `new dataset a_b` is refused before any file is made.
        #expect(ProjectScaffold.isValidName(name, for: .dataset) == (name != "a_b"))
        let kinds = ProjectScaffold.Kind.allCases.filter { ProjectScaffold.isValidName(name, for: $0) }
        let root = try Self.initProject(extra: kinds.map { kind in
            (kind.path(name: name), ProjectScaffold.newFile(kind, name: name, date: Self.day, defaults: defaults))
        })
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try Self.build(root)
        #expect(!report.failed, "\(Self.described(report.diagnostics))")
    }

    @Test func aNewPaperHasEveryFrontMatterFieldOfTheFormat() throws {
        let text = ProjectScaffold.newPaper(name: "budget-2025", board: "communities", date: Self.day)
        let parts = text.components(separatedBy: "\n---\n")
        let front = try #require(try Yams.compose(yaml: String(parts[0].dropFirst(4))))
        let keys = Set(front.mapping?.keys.compactMap(\.string) ?? [])
        let formatFields: Set = [
            "title", "board", "date", "purpose", "summary", "recommendations", "actions", "contact",
            "scope", "exempt", "datasets", "tags", "background-papers",
        ]
        #expect(keys == formatFields)
        #expect(keys == Set(PaperValidator.knownFields))
        #expect(Set(front["contact"]?.mapping?.keys.compactMap(\.string) ?? []) == ["name", "position", "phone", "email"])
        #expect(front["date"]?.string == "2025-06-11")
        #expect(front["board"]?.string == "communities")
        let body = parts.dropFirst().joined()
        for heading in ["## Background", "## Discussion", "## Implications for Wales"] {
            #expect(body.contains(heading))
        }
        #expect(text.components(separatedBy: "\n# ").count >= keys.count, "each field has a comment")
    }

    @Test func aNewFileIsTheSameEveryTime() {
        let first = ProjectScaffold.newPaper(name: "x", board: "sscb", date: Self.day)
        #expect(first == ProjectScaffold.newPaper(name: "x", board: "sscb", date: Self.day))
        #expect(first != ProjectScaffold.newPaper(name: "x", board: "sscb", date: CalendarDate(year: 2025, month: 6, day: 12)!))
    }

    @Test func newFilesTakeTheFirstBoardAndCategoryOfSiteYAML() {
        #expect(SiteDefaults(siteYAML: ExampleProject.site) == SiteDefaults(board: "communities", category: "hate-crime"))
        #expect(SiteDefaults(siteYAML: "title: [unclosed") == SiteDefaults())
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)")
        #expect(SiteDefaults.load(contentFolder: missing) == SiteDefaults())
        #expect(ProjectScaffold.newPaper(name: "x", board: nil, date: Self.day).contains("\nboard: board-id "))
        #expect(ProjectScaffold.newDataset(name: "x", category: nil, date: Self.day).contains("category: category-key "))
    }

    @Test func aNewDatasetCoversTheFinancialYearOfItsDate() throws {
        let early = try #require(try Yams.compose(yaml: ProjectScaffold.newDataset(
            name: "x", category: "hate-crime", date: CalendarDate(year: 2025, month: 2, day: 10)!)))
        #expect(early["period"]?["from"]?.string == "2024-04-01")
        #expect(early["period"]?["to"]?.string == "2025-03-31")
        let record = early["incidents"]?.sequence?.first
        #expect(Set(record?.mapping?.keys.compactMap(\.string) ?? []) == [
            "id", "date", "council", "region", "nation", "category", "severity", "count", "summary", "tags",
        ])
        #expect(record?["date"]?.string == "2025-02-10")
    }

    @Test func newWritesNothingOverAnExistingFile() throws {
        let root = try Self.initProject()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        let path = ProjectScaffold.Kind.paper.path(name: "example-paper")
        #expect(throws: ScaffoldError.alreadyExists([path])) {
            try ScaffoldWriter.write([(path, "new text")], into: content)
        }
        #expect(Fixtures.read(content.appendingPathComponent(path)) == ExampleProject.paper)
    }

    @Test func namesAreSlugs() {
        for name in ["budget-2025", "a_b", "2025", "Q1"] { #expect(ProjectScaffold.isValidName(name), "\(name)") }
        for name in ["", "-x", "a b", "../x", "a/b", "café", "x.md"] { #expect(!ProjectScaffold.isValidName(name), "\(name)") }
    }

    @Test func aTitleIsMadeFromTheName() {
        #expect(ProjectScaffold.title(from: "returns_2024-25") == "Returns 2024-25")
        #expect(ProjectScaffold.title(from: "budget-2025") == "Budget 2025")
        #expect(ProjectScaffold.yamlValue("Yes") == "\"Yes\"")
        #expect(ProjectScaffold.yamlValue("Budget 2025") == "Budget 2025")
    }

    @Test func kindsGoInTheirFolders() {
        #expect(ProjectScaffold.Kind.allCases.map { $0.path(name: "n") } == ["papers/n.md", "meetings/n.yaml", "data/n.yaml"])
    }
}

/// `boardpack init --jurisdiction wales` and the statutory fields of `boardpack new`.
extension ScaffoldTests {
    @Test func initForWalesWritesAWelshSiteThatBuildsCleanly() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-scaffold-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try ScaffoldWriter.write(ProjectScaffold.files(jurisdiction: .wales), into: root)
        let site = Fixtures.read(root.appendingPathComponent("content/site.yaml"))
        #expect(site.contains("\njurisdiction: wales "))
        let report = try Self.build(root)
        #expect(report.diagnostics.isEmpty, "\(Self.described(report.diagnostics))")
        let england = ProjectScaffold.files().first { $0.path == "content/site.yaml" }?.text ?? ""
        #expect(england.contains("\njurisdiction: england "))
    }

    @Test func aNewWelshPaperOffersPartFourParagraphsAndBuildsCleanly() throws {
        let text = ProjectScaffold.newFile(.paper, name: "depot", date: Self.day, defaults: SiteDefaults(board: "communities", jurisdiction: .wales))
        #expect(text.contains("# exempt: { paragraph: 14, public-interest:"))
        #expect(text.contains("12 to 18"))
        #expect(text.contains("background-papers: none"))
        let root = try Self.initProject(extra: [("papers/depot.md", text)])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.build(root).diagnostics.isEmpty)
    }

    @Test func aNewMeetingDescribesTheStatutoryFieldsInComments() throws {
        let text = ProjectScaffold.newMeeting(name: "june", board: "communities", date: Self.day)
        for field in ["# published:", "'urgent:", "'to-follow: true'", "# supplements:", "section 100A(4)"] {
            #expect(text.contains(field), "\(field)")
        }
        let root = try Self.initProject(extra: [("meetings/june.yaml", text)])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.build(root).diagnostics.isEmpty)
    }
}
