import Foundation
import Testing

@testable import BoardPack

/// `templates/labels.<lang>.yaml`: read on top of the built-in table, every problem a located
/// warning with the fix.
@Suite struct LabelOverridesTests {
    static func read(_ text: String?, language: Language = .cy) -> ([String: String], [String]) {
        let file = text.map { SourceFile(path: "templates/labels.cy.yaml", text: $0) }
        let (overrides, problems) = LabelOverrides.read(file, language: language, missingPath: "templates/labels.cy.yaml")
        return (overrides, problems.map { "\($0.path):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" })
    }

    /// A file giving every label the glossary lacks, so that only the problems under test remain.
    static var complete: String {
        LabelCatalogue.keysWithoutWelsh.map { key in
            let english = LabelCatalogue.definition(key)?.english ?? ""
            return "\(key): \"\(english.replacingOccurrences(of: "\"", with: "\\\""))\""
        }.joined(separator: "\n")
    }

    /// The first line after `complete`.
    static let line = LabelCatalogue.keysWithoutWelsh.count + 1

    @Test func aCompleteFileGivesNoWarningsAndItsTextsWin() {
        let (overrides, problems) = Self.read(Self.complete + "\npage.nav.news_feed: Ffrwd newyddion")
        #expect(problems == [])
        #expect(overrides["page.nav.news_feed"] == "Ffrwd newyddion")
        #expect(overrides.count == LabelCatalogue.keysWithoutWelsh.count + 1)
    }

    @Test func anUnknownKeyIsALocatedWarningWithTheNearestKey() {
        let (overrides, problems) = Self.read(Self.complete + "\npage.skiplink: Neidio i'r prif gynnwys")
        #expect(problems == [
            "templates/labels.cy.yaml:\(Self.line):1: warning: unknown label 'page.skiplink' is ignored: docs/welsh.md lists every label; "
                + "did you mean 'page.skip_link'?",
        ])
        #expect(overrides["page.skiplink"] == nil)
    }

    @Test func aDroppedOrUnknownPlaceholderIsAWarningAtTheValue() {
        let (overrides, problems) = Self.read(Self.complete + "\npages.range: Tudalennau {first}\npages.single: Tudalen {rhif}")
        #expect(problems == [
            "templates/labels.cy.yaml:\(Self.line):14: warning: the label 'pages.range' drops {last}: write {last} where it goes, "
                + "as the English does (\"Pages {first}–{last}\")",
            "templates/labels.cy.yaml:\(Self.line + 1):15: warning: the label 'pages.single' drops {page}: write {page} where it goes, "
                + "as the English does (\"Page {page}\")",
            "templates/labels.cy.yaml:\(Self.line + 1):15: warning: the label 'pages.single' has {rhif}, which boardpack does not fill in "
                + "(it has {page}): it would be printed as written",
        ])
        #expect(overrides["pages.range"] == "Tudalennau {first}")
    }

    @Test func aValueThatIsNotOneTextIsIgnoredWithAWarning() {
        let (overrides, problems) = Self.read(Self.complete + "\npage.nav.search: [Chwilio]\nmeeting.time:")
        #expect(problems == [
            "templates/labels.cy.yaml:\(Self.line):18: warning: the label 'page.nav.search' is ignored: give it one line of text, "
                + "e.g. 'page.nav.search: …' (in English: \"Search\")",
            "templates/labels.cy.yaml:\(Self.line + 1):14: warning: the label 'meeting.time' is ignored: give it one line of text, "
                + "e.g. 'meeting.time: …' (in English: \"Time\")",
        ])
        #expect(overrides["page.nav.search"] == nil)
    }

    @Test func eachLabelStillWithoutWelshIsAWarningSayingWhatToAdd() {
        let withoutOne = Self.complete.split(separator: "\n").filter { !$0.hasPrefix("index.papers:") }.joined(separator: "\n")
        #expect(Self.read(withoutOne).1 == [
            "templates/labels.cy.yaml:1:1: warning: the label 'index.papers' has no Welsh text: add 'index.papers: …' to this file "
                + "(in English: \"Papers\"); until then Welsh pages show the English",
        ])
    }

    @Test func withoutAFileOneWarningListsEveryLabelTheGlossaryLacks() throws {
        let (overrides, problems) = Self.read(nil)
        #expect(overrides.isEmpty)
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.hasPrefix("templates/labels.cy.yaml:1:1: warning: \(LabelCatalogue.keysWithoutWelsh.count) labels have no "
            + "Welsh text in boardpack's glossary: page.nav_label, page.nav.boards_and_papers, "))
        #expect(problem.hasSuffix("Create this file and give each one, e.g. 'page.nav_label: …' (in English: \"Site\"); "
            + "until then Welsh pages show them in English"))
    }

    @Test func englishNeedsNoFileAndMayReplaceItsOwnWords() {
        #expect(Self.read(nil, language: .en).1 == [])
        let (overrides, problems) = Self.read("page.nav.news_feed: Atom feed", language: .en)
        #expect(problems == [])
        #expect(Labels(.en, overrides: overrides)["page.nav.news_feed"] == "Atom feed")
    }

    @Test func loadingReadsTheFilesOfTheSitesLanguagesAndFlagsOthers() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let withoutNavLabel = Self.complete.split(separator: "\n").filter { !$0.hasPrefix("page.nav_label:") }.joined(separator: "\n")
        try (withoutNavLabel + "\npage.nav_label: Site menu\n").write(to: folder.appendingPathComponent("labels.cy.yaml"), atomically: true, encoding: .utf8)
        try "x: y\n".write(to: folder.appendingPathComponent("labels.fr.yaml"), atomically: true, encoding: .utf8)
        let display = { (url: URL) in "templates/" + url.lastPathComponent }

        let (tables, problems) = LabelOverrides.load(directory: folder, languages: [.en, .cy], displayPath: display)
        #expect(tables[.cy]?["page.nav_label"] == "Site menu")
        #expect(tables[.cy]?["page.skip_link"] == "Neidio i'r prif gynnwys")
        #expect(tables[.en]?["page.skip_link"] == "Skip to main content")
        #expect(problems.map(\.message) == [
            "labels.fr.yaml is not used: labels files are named labels.en.yaml (English) or labels.cy.yaml (Welsh)",
        ])

        let (englishOnly, unused) = LabelOverrides.load(directory: folder, languages: [.en], displayPath: display)
        #expect(englishOnly[.en] == Labels.english)
        #expect(englishOnly[.cy] == nil)
        #expect(unused.map { "\($0.path): \($0.message)" }.first == "templates/labels.cy.yaml: labels.cy.yaml is not used: site.yaml does not "
            + "publish in Welsh. Add cy to 'languages' in site.yaml (languages: [en, cy]), or remove the file")
    }

    @Test func aWelshTableFallsBackToTheMainLanguagesOwnWords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "index.papers: Council papers\n".write(to: folder.appendingPathComponent("labels.en.yaml"), atomically: true, encoding: .utf8)
        let (tables, _) = LabelOverrides.load(directory: folder, languages: [.en, .cy], displayPath: { $0.lastPathComponent })
        #expect(tables[.cy]?["index.papers"] == "Council papers")
        #expect(tables[.cy]?["index.meetings"] == "Cyfarfodydd")
    }
}
