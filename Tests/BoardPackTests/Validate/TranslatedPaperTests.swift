import Foundation
import Testing

@testable import BoardPack

/// `papers/<slug>.cy.md` is the Welsh version of `papers/<slug>.md` in a project whose site.yaml has
/// `languages: [en, cy]`: paired with it, read and validated as a paper, checked against it.
/// Welsh text here is made of glossary phrases only (../shared/research/welsh-glossary.md).
@Suite struct TranslatedPaperTests {
    static let bilingualSite = Fixtures.siteYAML + "\nlanguages: [en, cy]\n"

    static let welshBody = """
        ## Cefndir
        Crynodeb.

        Adroddiad.

        ## Pwyntiau trafod
        Cyfarfod.

        1. Argymhellion
        2. Camau nesaf

        ## Goblygiadau i Gymru
        Yn gymwys o ran Cymru a Lloegr.
        """

    /// The Welsh version of `Fixtures.paper()`, with `replacing` swapped in its front matter.
    static func welsh(body: String = welshBody, extraFront: String = "", replacing: (String, String)? = nil) -> String {
        let text = Fixtures.paper(title: "Adroddiad", body: body, extraFront: extraFront)
        guard let (old, new) = replacing else { return text }
        return text.replacingOccurrences(of: old, with: new)
    }

    static func project(_ papers: [String: String], site: String = bilingualSite) throws -> URL {
        try Fixtures.project(papers: papers, site: site)
    }

    static func check(_ root: URL, strict: Bool = false) throws -> [Diagnostic] {
        var options = Fixtures.options(root)
        options.strict = strict
        return try SiteBuilder.check(options)
    }

    static func rendered(_ diagnostics: [Diagnostic], in file: String) -> [String] {
        diagnostics.filter { $0.path == "content/papers/\(file)" }.map(DiagnosticFormat.text.format)
    }

    // MARK: Pairing

    @Test func aWelshFileIsTheVersionOfItsPaperNotAPaperOfItsOwn() throws {
        let root = try Self.project(["report": Fixtures.paper(), "report.cy": Self.welsh()])
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = ContentFolder.scan(root.appendingPathComponent("content"))
        #expect(folder.paperSlugs == ["report"])
        #expect(folder.translations.map(\.slug) == ["report"])
        #expect(folder.translations.map(\.language) == [.cy])
        let project = ProjectLoader(options: Fixtures.options(root)).load(folder)
        #expect(!project.diagnostics.hasErrors, "\(project.diagnostics)")
        #expect(project.papers.count == 1)
        let welsh = try #require(project.papers.first?.translations[.cy])
        #expect(welsh.front.title == "Adroddiad")
        #expect(welsh.sourcePath == "content/papers/report.cy.md")
        #expect(try Self.check(root).isEmpty)
    }

    @Test func cyGBInLanguagesIsWelsh() throws {
        let site = Fixtures.siteYAML + "\nlanguages: [en-GB, cy-GB]\n"
        let root = try Self.project(["report": Fixtures.paper(), "report.cy": Self.welsh()], site: site)
        defer { try? FileManager.default.removeItem(at: root) }
        let project = ProjectLoader(options: Fixtures.options(root)).load(ContentFolder.scan(root.appendingPathComponent("content")))
        #expect(project.translations.languages == [.en, .cy])
        #expect(project.papers.first?.translations[.cy] != nil)
    }

    @Test func aWelshFileWithoutItsEnglishPaperIsAnError() throws {
        let root = try Self.project(["report": Fixtures.paper(), "reprot.cy": Self.welsh()])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Self.rendered(try Self.check(root), in: "reprot.cy.md") == [
            "content/papers/reprot.cy.md:1:1: error: this is the Welsh version of 'reprot.md', but there is no such paper "
                + "beside it: a translation needs its English paper; check that the two names match",
        ])
    }

    @Test func aWelshFileInAnEnglishOnlySiteSaysHowToTurnWelshOn() throws {
        let root = try Self.project(["report": Fixtures.paper(), "report.cy": Self.welsh()], site: Fixtures.siteYAML)
        defer { try? FileManager.default.removeItem(at: root) }
        let diagnostics = try Self.check(root)
        #expect(Self.rendered(diagnostics, in: "report.cy.md") == [
            "content/papers/report.cy.md:1:1: error: this is the Welsh version of 'report.md', but the site publishes "
                + "English only: to turn Welsh on, add 'languages: [en, cy]' to site.yaml; otherwise remove this file",
        ])
        // No warning about untranslated papers in an English-only site.
        #expect(Self.rendered(diagnostics, in: "report.md").isEmpty)
    }

    @Test func aLanguageSuffixNotInLanguagesIsAnError() throws {
        let root = try Self.project(["report": Fixtures.paper(), "report.cy": Self.welsh(), "report.fr": Self.welsh(), "report.en": Self.welsh()])
        defer { try? FileManager.default.removeItem(at: root) }
        let diagnostics = try Self.check(root)
        #expect(Self.rendered(diagnostics, in: "report.fr.md") == [
            "content/papers/report.fr.md:1:1: error: 'fr' is not a language boardpack publishes in (en or cy), so this file, "
                + "named as the 'fr' version of 'report.md', is not read: if it is a paper of its own, rename it with letters, "
                + "digits, '-' and '_' only",
        ])
        #expect(Self.rendered(diagnostics, in: "report.en.md") == [
            "content/papers/report.en.md:1:1: error: English is the site's main language, whose text is 'report.md' "
                + "itself: put this text there, or remove this file",
        ])
        #expect(Self.rendered(diagnostics, in: "report.cy.md").isEmpty)
    }

    @Test func namesThatAreNotLanguageSuffixesStayPapers() {
        #expect(TranslationFile(name: "report.cy.md", path: "/p/report.cy.md")?.slug == "report")
        #expect(TranslationFile(name: "report.cy-GB.md", path: "/p/report.cy-GB.md")?.language == .cy)
        #expect(TranslationFile(name: "report.v2.md", path: "/p/report.v2.md") == nil)
        #expect(TranslationFile(name: "report.md", path: "/p/report.md") == nil)
        #expect(TranslationFile(name: ".cy.md", path: "/p/.cy.md") == nil)
        #expect(TranslationFile(name: "report.welsh.md", path: "/p/report.welsh.md") == nil)
    }

    // MARK: Fields that must agree

    @Test(arguments: [
        ("board: sscb", "board: cwb", "3:8", "'board' must be the same as in the English paper (content/papers/report.md), which has 'board: sscb'"),
        ("date: 2021-06-09", "date: 2021-06-10", "4:7", "'date' must be the same as in the English paper (content/papers/report.md), which has 'date: 2021-06-09'"),
        ("purpose: discussion", "purpose: noting", "5:10", "'purpose' must be the same as in the English paper (content/papers/report.md), which has 'purpose: discussion'"),
    ])
    func aFieldThatDiffersIsAnErrorAtItsLine(old: String, new: String, place: String, message: String) throws {
        let root = try Self.project(["report": Fixtures.paper(), "report.cy": Self.welsh(replacing: (old, new))])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Self.rendered(try Self.check(root), in: "report.cy.md") == [
            "content/papers/report.cy.md:\(place): error: \(message): a translation changes the words, not what the paper is",
        ])
    }

    @Test func anExemptionThatDiffersIsAnError() throws {
        let exempt = "exempt: { paragraph: 3, public-interest: Negotiations continue. }"
        let root = try Self.project(["report": Fixtures.paper(), "report.cy": Self.welsh(extraFront: exempt)])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Self.rendered(try Self.check(root), in: "report.cy.md") == [
            "content/papers/report.cy.md:21:9: error: 'exempt' must be the same as in the English paper "
                + "(content/papers/report.md), which has 'exempt: false': a translation changes the words, not what the paper is",
        ])
        // The other way round, the English paragraph is named.
        let other = try Self.project([
            "report": Fixtures.paper(extraFront: exempt),
            "report.cy": Self.welsh(extraFront: "exempt: { paragraph: 1, public-interest: Negotiations continue. }"),
        ])
        defer { try? FileManager.default.removeItem(at: other) }
        #expect(Self.rendered(try Self.check(other), in: "report.cy.md") == [
            "content/papers/report.cy.md:21:22: error: 'exempt' must be the same as in the English paper "
                + "(content/papers/report.md), which has 'exempt: { paragraph: 3, … }': a translation changes the words, "
                + "not what the paper is",
        ])
    }

    @Test func datasetsThatDifferAreAnError() throws {
        let root = try Self.project([
            "report": Fixtures.paper(extraFront: "datasets: [incidents, arrests]"),
            "report.cy": Self.welsh(extraFront: "datasets: [incidents]"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let mine = Self.rendered(try Self.check(root), in: "report.cy.md").filter { $0.contains("must be the same") }
        #expect(mine == [
            "content/papers/report.cy.md:21:11: error: 'datasets' must be the same as in the English paper "
                + "(content/papers/report.md), which has 'datasets: [incidents, arrests]': a translation changes the words, "
                + "not what the paper is",
        ])
    }

    @Test func scopeNationsThatDifferAreAnErrorAtTheEntry() throws {
        let root = try Self.project([
            "report": Fixtures.paper(),
            "report.cy": Self.welsh(replacing: ("nations: [england, wales]", "nations: [wales]")),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Self.rendered(try Self.check(root), in: "report.cy.md") == [
            "content/papers/report.cy.md:20:14: error: scope entry 2 must cover the same nations as in the English paper "
                + "(content/papers/report.md), which has [england, wales]: a translation changes the words, not what the paper covers",
        ])
        // Translated subjects are fine; a missing entry is not.
        let fewer = try Self.project([
            "report": Fixtures.paper(),
            "report.cy": Self.welsh(replacing: ("  - subject: SIGCE support offer\n    nations: [england, wales]\n", "")),
        ])
        defer { try? FileManager.default.removeItem(at: fewer) }
        #expect(Self.rendered(try Self.check(fewer), in: "report.cy.md") == [
            "content/papers/report.cy.md:17:3: error: 'scope' has 1 entry but the English paper (content/papers/report.md) "
                + "has 2: give the same entries, with the same nations, in the same order",
        ])
    }

    // MARK: Sections and numbering

    @Test func welshSectionHeadingsWorkAsTheEnglishOnesDo() {
        for discussion in ["Pwyntiau trafod", "Trafodaeth"] {
            let body = Self.welshBody.replacingOccurrences(of: "Pwyntiau trafod", with: discussion)
            var parser = PaperBodyParser(path: "report.cy.md", firstLine: 23)
            parser.sectionHeadings = .welsh
            let (parsed, problems) = parser.parse(body)
            #expect(problems.isEmpty)
            #expect(parsed.discussionPoints.map(\.text) == ["Argymhellion", "Camau nesaf"])
            #expect(parsed.discussionPoints.map(\.line) == [31, 32])
            #expect(parsed.walesImplications?.text == "Yn gymwys o ran Cymru a Lloegr.")
            #expect(parsed.walesImplications?.line == 34)
            #expect(parsed.paragraphCount == 4)
        }
        // English papers keep English headings only.
        let (english, _) = PaperBodyParser(path: "report.md", firstLine: 1).parse(Self.welshBody)
        #expect(english.discussionPoints.isEmpty)
        #expect(english.walesImplications == nil)
    }

    @Test func aWelshPaperIsCheckedWithWelshHeadingNames() throws {
        let body = "## Cefndir\nCrynodeb.\n"
        let root = try Self.project(["report": Fixtures.paper(), "report.cy": Self.welsh(body: body)])
        defer { try? FileManager.default.removeItem(at: root) }
        let problems = Self.rendered(try Self.check(root), in: "report.cy.md")
        #expect(problems.contains(
            "content/papers/report.cy.md:23:1: warning: the paper has no 'Goblygiadau i Gymru' section; add "
                + "'## Goblygiadau i Gymru' saying whether and how it applies in Wales"))
        #expect(problems.contains(
            "content/papers/report.cy.md:23:1: warning: the paper is for discussion but has no discussion points; add a "
                + "'## Pwyntiau trafod' section with a numbered list (1. …, 2. …) of the points members are asked to discuss"))
    }

    @Test func differentNumberingIsAWarning() throws {
        let body = Self.welshBody.replacingOccurrences(of: "Adroddiad.\n\n", with: "")
            .replacingOccurrences(of: "2. Camau nesaf\n", with: "")
        let root = try Self.project(["report": Fixtures.paper(), "report.cy": Self.welsh(body: body)])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Self.rendered(try Self.check(root), in: "report.cy.md") == [
            "content/papers/report.cy.md:23:1: warning: this version has 3 numbered paragraphs and the English paper "
                + "(content/papers/report.md) has 4: give both the same paragraphs, so that each number means the same in both",
            "content/papers/report.cy.md:29:1: warning: this version has 1 discussion points and the English paper "
                + "(content/papers/report.md) has 2: give both the same points, so that each number means the same in both",
        ])
    }

    // MARK: Untranslated papers

    @Test func aPaperWithoutAWelshVersionIsAWarningAndAnErrorWithStrict() throws {
        let root = try Self.project(["report": Fixtures.paper(), "report.cy": Self.welsh(), "other": Fixtures.paper()])
        defer { try? FileManager.default.removeItem(at: root) }
        let message = "content/papers/other.md:1:1: %@: this paper has no Welsh version: add 'other.cy.md' beside it, with "
            + "the same front matter (its texts translated) and the paper's text in Welsh"
        #expect(try Self.check(root).map(DiagnosticFormat.text.format) == [message.replacingOccurrences(of: "%@", with: "warning")])
        #expect(try Self.check(root, strict: true).map(DiagnosticFormat.text.format) == [message.replacingOccurrences(of: "%@", with: "error")])
    }

    // MARK: The cache

    @Test func aWelshFileIsAnInputOfItsPaper() throws {
        let root = try Self.project(["report": Fixtures.paper(), "report.cy": Self.welsh(), "other": Fixtures.paper()])
        defer { try? FileManager.default.removeItem(at: root) }
        let welsh = root.appendingPathComponent("content/papers/report.cy.md")
        let options = Fixtures.options(root)
        let first = try SiteBuilder.build(options)
        #expect(first.papersRead == 2)
        #expect(try SiteBuilder.build(options).upToDate)

        // Edited: that paper, and only it, is read again, and the new problem is reported.
        try Self.welsh(replacing: ("board: sscb", "board: cwb")).write(to: welsh, atomically: true, encoding: .utf8)
        let edited = try SiteBuilder.build(options)
        #expect(edited.papersRead == 1)
        #expect(edited.diagnostics.contains { $0.path == "content/papers/report.cy.md" && $0.line == 3 && $0.severity == .error })

        // Mended: read again; the other paper's warning is still reported from the cache.
        try Self.welsh().write(to: welsh, atomically: true, encoding: .utf8)
        let mended = try SiteBuilder.build(options)
        #expect(mended.papersRead == 1)
        #expect(!mended.failed)
        // (And, since Welsh pages are built, the labels the project still needs from its translation service.)
        #expect(mended.diagnostics.map(\.path) == ["content/papers/other.md", "templates/labels.cy.yaml"])

        // A translation's warning is kept while its paper is reused and another paper is read.
        let shorter = Self.welshBody.replacingOccurrences(of: "Adroddiad.\n\n", with: "")
        try Self.welsh(body: shorter).write(to: welsh, atomically: true, encoding: .utf8)
        let warned = try SiteBuilder.build(options)
        #expect(warned.diagnostics.filter { $0.path == "content/papers/report.cy.md" }.map(\.line) == [23])
        let other = root.appendingPathComponent("content/papers/other.md")
        try Fixtures.paper(title: "Other paper").write(to: other, atomically: true, encoding: .utf8)
        let otherEdited = try SiteBuilder.build(options)
        // Only the edited paper: the translated one's Welsh listing is in the cache.
        #expect(otherEdited.papersRead == 1)
        #expect(otherEdited.diagnostics.filter { $0.path == "content/papers/report.cy.md" }.map(\.line) == [23])

        // Removed: read again, and now it is untranslated.
        try FileManager.default.removeItem(at: welsh)
        let removed = try SiteBuilder.build(options)
        #expect(removed.papersRead == 1)
        #expect(Set(removed.diagnostics.map(\.path)) == ["content/papers/other.md", "content/papers/report.md", "templates/labels.cy.yaml"])
    }
}
