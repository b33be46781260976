import Foundation
import Testing

@testable import BoardPack

/// `boardpack import` on Word documents made at test time: both front-sheet layouts, what the
/// body keeps, and every kind of bad input refused with nothing written.
@Suite struct WordImporterTests {
    @Test(.enabled(if: WordFixtures.available, WordFixtures.skipReason))
    func tableLayoutFrontSheetIsMapped() throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = WordFixtures.importer(root, settings: WordFixtures.allSettings).importFile(try WordFixtures.make("table", in: root))
        #expect(outcome.failure == nil)
        #expect(outcome.diagnostics.withoutBackgroundPapersReminder.isEmpty, "\(outcome.diagnostics)")
        let paper = try #require(WordFixtures.read(root, "content/papers/community-safety-funding.md").0)
        #expect(paper.front.title == "Community safety funding")
        #expect(paper.front.purpose == .decision)
        #expect(paper.front.summary == "The Board is asked to agree how the community safety grant is shared.")
        #expect(paper.front.recommendations == ["That the Board agrees the formula.", "That the Board notes the timetable."])
        #expect(paper.front.actions == ["Officers to write to councils."])
        #expect(paper.front.contact == Contact(name: "Jo Bloggs", position: "Senior Adviser", phone: "020 7664 3000", email: "jo.bloggs@local.gov.uk"))
        #expect(paper.front.scope == [ScopeEntry(subject: nil, nations: [.england, .wales])])
        // "1. The grant …" typed by hand: the number goes, boardpack numbers the paragraph.
        #expect(paper.body.paragraphCount == 3)
        #expect(paper.body.htmlBeforePoints.contains("The grant was set in 2019."))
        #expect(!paper.body.htmlBeforePoints.contains("1. The grant"))
        #expect(paper.body.walesImplications?.text == "The grant covers England only.")
    }

    @Test(.enabled(if: WordFixtures.available, WordFixtures.skipReason))
    func headingsTablesFootnotesLinksBoldAndItalicsAreKept() throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = WordFixtures.importer(root, settings: WordFixtures.allSettings).importFile(try WordFixtures.make("features", in: root))
        #expect(outcome.diagnostics.withoutBackgroundPapersReminder.isEmpty, "\(outcome.diagnostics)")
        let paper = try #require(WordFixtures.read(root, "content/papers/tracking-hate-crime.md").0)
        #expect(paper.front.title == "Tracking hate crime")
        #expect(paper.front.purpose == .information)
        #expect(paper.front.contact.name == "Rachel Duke")
        #expect(paper.body.sections.map(\.title) == ["Background", "Implications for Wales"])
        let html = paper.body.htmlBeforePoints
        #expect(html.contains("<strong>bold</strong>"))
        #expect(html.contains("<em>italic</em>"))
        #expect(html.contains(#"<a href="https://www.local.gov.uk">the LGA site</a>"#))
        #expect(html.contains("<td>North</td>"))
        #expect(html.contains("<th>Region</th>"))
        #expect(html.contains("From the 2020 survey."))
        #expect(html.contains("fn-1") || html.contains("fnref"))
    }

    @Test(.enabled(if: WordFixtures.available, WordFixtures.skipReason))
    func imagesAreExtractedAndOneWithoutAltTextIsWarnedAbout() throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = WordFixtures.importer(root, settings: WordFixtures.allSettings).importFile(try WordFixtures.make("images", in: root))
        #expect(outcome.failure == nil)
        let text = Fixtures.read(root.appendingPathComponent("content/papers/hate-crime-chart.md"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let described = try #require(lines.firstIndex { $0.contains("![Bar chart of cases by region](../assets/hate-crime-chart/") })
        let bare = try #require(lines.firstIndex { $0.contains("![](../assets/hate-crime-chart/") })
        let link = try #require(lines[described].split(separator: "(").last?.dropLast())
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("content/papers").appendingPathComponent(String(link)).path))
        let diagnostics = outcome.diagnostics.withoutBackgroundPapersReminder
        #expect(diagnostics.map { "\($0.severity) \($0.line):\($0.column)" } == ["warning \(bare + 1):15"])
        #expect(diagnostics.first?.message.contains("no alternative text") == true)
    }

    @Test(.enabled(if: WordFixtures.available, WordFixtures.skipReason))
    func anImportedPapersImagesArePublishedByTheBuild() throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = WordFixtures.importer(root, settings: WordFixtures.allSettings).importFile(try WordFixtures.make("images", in: root))
        #expect(outcome.failure == nil)
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed, "\(report.diagnostics)")
        let folder = root.appendingPathComponent("_site/papers/hate-crime-chart")
        let page = try HTMLPage(Fixtures.read(folder.appendingPathComponent("index.html")))
        let sources = page.attribute("src", of: "//div[@class='paper-body']//img")
        #expect(sources.count == 2)
        for source in sources {
            #expect(!source.contains("/"), "published beside the page: \(source)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(source).path), "\(source)")
        }
    }

    @Test(.enabled(if: WordFixtures.available, WordFixtures.skipReason), arguments: [
        ("tracked", "2 tracked changes"), ("comments", "1 comment"),
    ])
    func changesOrCommentsAreRefusedAndNothingIsWritten(kind: String, said: String) throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = WordFixtures.importer(root, settings: WordFixtures.allSettings).importFile(try WordFixtures.make(kind, in: root))
        guard case let .refused(message)? = outcome.failure else {
            Issue.record("expected a refusal, got \(String(describing: outcome.failure))")
            return
        }
        #expect(message.contains("\(kind).docx has \(said)"))
        #expect(message.contains("--accept-changes") && message.contains("--reject-changes"))
        #expect(outcome.paper == nil)
        #expect(WordFixtures.papers(in: root).isEmpty)
    }

    @Test(.enabled(if: WordFixtures.available, WordFixtures.skipReason))
    func acceptAndRejectResolveTrackedChanges() throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let docx = try WordFixtures.make("tracked", in: root)
        let accepted = WordFixtures.importer(root, settings: WordFixtures.allSettings, changes: .accept).importFile(docx)
        #expect(accepted.failure == nil)
        #expect(Fixtures.read(root.appendingPathComponent("content/papers/draft-paper.md")).contains("\nMembers now agreed the plan.\n"))
        let rejected = WordFixtures.importer(root, settings: WordFixtures.allSettings, changes: .reject, force: true).importFile(docx)
        #expect(rejected.failure == nil)
        #expect(Fixtures.read(root.appendingPathComponent("content/papers/draft-paper.md")).contains("\nMembers agreed the old plan.\n"))
        let comments = WordFixtures.importer(root, settings: WordFixtures.allSettings, changes: .accept, force: true)
            .importFile(try WordFixtures.make("comments", in: root))
        #expect(comments.failure == nil)
        let text = Fixtures.read(root.appendingPathComponent("content/papers/draft-paper.md"))
        #expect(text.contains("\nThe figure is 12.\n"))
        #expect(!text.contains("Is this right?"))
    }

    @Test(.enabled(if: WordFixtures.available, WordFixtures.skipReason))
    func anExistingPaperIsReplacedOnlyWithForce() throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let docx = try WordFixtures.make("table", in: root)
        let paper = root.appendingPathComponent("content/papers/community-safety-funding.md")
        try "kept".write(to: paper, atomically: true, encoding: .utf8)
        let refused = WordFixtures.importer(root, settings: WordFixtures.allSettings).importFile(docx)
        #expect(refused.failure == .exists(
            "content/papers/community-safety-funding.md already exists, so nothing was written (import again with --force to replace it)"))
        #expect(Fixtures.read(paper) == "kept")
        let forced = WordFixtures.importer(root, settings: WordFixtures.allSettings, force: true).importFile(docx)
        #expect(forced.failure == nil)
        #expect(Fixtures.read(paper).hasPrefix("---\ntitle: Community safety funding\n"))
    }

    /// Without --board, --date and --scope the paper is written, and what is left to fill in is
    /// reported at the line and column of each field.
    @Test(.enabled(if: WordFixtures.available, WordFixtures.skipReason))
    func whatIsLeftToFillInIsReportedWhereItStands() throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = WordFixtures.importer(root).importFile(try WordFixtures.make("table", in: root))
        #expect(outcome.failure == nil)
        let lines = Fixtures.read(root.appendingPathComponent("content/papers/community-safety-funding.md")).split(separator: "\n")
        let scopeLine = try #require(lines.firstIndex { $0.hasPrefix("scope:") }) + 1
        let diagnostics = outcome.diagnostics.withoutBackgroundPapersReminder
        #expect(diagnostics.map { "\($0.severity) \($0.line):\($0.column)" } == ["error 3:8", "error 4:7", "error \(scopeLine):8"])
        #expect(diagnostics[0].message.contains("--board") && diagnostics[0].message.contains("'sscb', 'cwb'"))
        #expect(diagnostics[1].message.contains("--date YYYY-MM-DD"))
        #expect(diagnostics[2].message.contains("--scope england,wales"))
        #expect(outcome.diagnostics.allSatisfy { $0.path == "content/papers/community-safety-funding.md" })
    }

    /// Fail closed: a paper marked "Not for publication" cannot be published until the adviser says how.
    @Test(.enabled(if: WordFixtures.available, WordFixtures.skipReason))
    func aPaperMarkedNotForPublicationMustBeGivenItsExemption() throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = WordFixtures.importer(root, settings: WordFixtures.allSettings).importFile(try WordFixtures.make("exempt", in: root))
        let text = Fixtures.read(root.appendingPathComponent("content/papers/staffing-review.md"))
        let exemptLine = try #require(text.split(separator: "\n").firstIndex { $0.hasPrefix("exempt:") }) + 1
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.line) == [exemptLine])
        #expect(errors.first?.message.contains("exempt: { paragraph: N, public-interest: \"…\" }") == true)
        // The banner above the front sheet is under no label: it is reported, not silently dropped.
        let warnings = outcome.diagnostics.withoutBackgroundPapersReminder.filter { $0.severity == .warning }
        #expect(warnings.map { "\($0.line):\($0.column)" } == ["2:8"])
        #expect(warnings.first?.message.contains("starting \"Not for publication by virtue") == true)
    }

    @Test(.enabled(if: WordFixtures.available, WordFixtures.skipReason), arguments: [
        ("notes.docx", Data("Some notes typed in a text editor.\n".utf8), "notes.docx is not a Word document (.docx)"),
        ("locked.docx", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)), "locked.docx is password-protected"),
        ("broken.docx", Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 7, count: 200)), "broken.docx could not be read as a Word document"),
    ])
    func filesThatAreNotReadableWordDocumentsAreRefused(name: String, bytes: Data, said: String) throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent(name)
        try bytes.write(to: file)
        let outcome = WordFixtures.importer(root, settings: WordFixtures.allSettings).importFile(file)
        guard case let .refused(message)? = outcome.failure else {
            Issue.record("expected a refusal, got \(String(describing: outcome.failure))")
            return
        }
        #expect(message.hasPrefix(said), "\(message)")
        #expect(WordFixtures.papers(in: root).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/assets").path))
    }
}
