import Foundation
import Testing

@testable import BoardPack

/// The decisive test: the seed paper laid out as an LGA Word paper (a large bold title, label
/// paragraphs, a tab-separated contact block, body paragraphs numbered by Word, the discussion
/// points typed 1.1. to 1.4.) imports to the paper in content/, field for field.
@Suite struct SeedImportTests {
    @Test(.enabled(if: WordFixtures.available, WordFixtures.skipReason))
    func seedWordPaperImportsFieldForField() throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let docx = try WordFixtures.make("seed", in: root)
        let outcome = WordFixtures.importer(root, settings: WordFixtures.allSettings).importFile(docx)

        #expect(outcome.failure == nil)
        #expect(outcome.paper == "content/papers/social-cohesion-and-resilience.md")
        #expect(outcome.diagnostics.withoutBackgroundPapersReminder.isEmpty, "\(outcome.diagnostics)")
        let (imported, problems) = WordFixtures.read(root, "content/papers/social-cohesion-and-resilience.md")
        #expect(problems.withoutBackgroundPapersReminder.isEmpty, "\(problems)")
        let original = PaperReader(site: Fixtures.site).read(
            SourceFile(
                path: "content/papers/social-cohesion-and-resilience.md",
                text: Fixtures.read(Fixtures.packageRoot.appendingPathComponent("content/papers/social-cohesion-and-resilience.md"))),
            slug: "social-cohesion-and-resilience"
        ).0
        let paper = try #require(imported)
        let expected = try #require(original)

        #expect(paper.front.title == expected.front.title)
        #expect(paper.front.purpose == expected.front.purpose)
        #expect(paper.front.summary == expected.front.summary)
        #expect(paper.front.recommendations == expected.front.recommendations)
        #expect(paper.front.actions == expected.front.actions)
        #expect(paper.front.contact == expected.front.contact)
        #expect(paper.body.paragraphCount == 18)
        #expect(paper.body.paragraphCount == expected.body.paragraphCount)
        #expect(paper.body.discussionPoints.count == 4)
        #expect(paper.body.discussionPoints.map(\.text) == expected.body.discussionPoints.map(\.text))
        #expect(paper.body.walesImplications?.text == expected.body.walesImplications?.text)
        #expect(paper.body.sections.map(\.title) == expected.body.sections.map(\.title))
        #expect(paper.body.sections.allSatisfy { $0.level == 2 })
        // The whole body renders as the hand-written paper does.
        #expect(paper.body.htmlBeforePoints == expected.body.htmlBeforePoints)
        #expect(paper.body.htmlAfterPoints == expected.body.htmlAfterPoints)
    }

    /// The imported paper builds into a page as the hand-written one does.
    @Test(.enabled(if: WordFixtures.available, WordFixtures.skipReason))
    func theImportedSeedPaperBuilds() throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let docx = try WordFixtures.make("seed", in: root)
        _ = WordFixtures.importer(root, settings: WordFixtures.allSettings).importFile(docx)
        let report = try SiteBuilder.build(Fixtures.options(root, useCache: false))
        #expect(report.diagnostics.withoutBackgroundPapersReminder.isEmpty, "\(report.diagnostics)")
        let page = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/papers/social-cohesion-and-resilience/index.html")))
        #expect(page.texts("//h1") == ["Social cohesion and resilience"])
        #expect(page.texts("//div[@class='paper-body']/p/span[@class='para-number']") == (1...18).map { "\($0)." })
        #expect(page.texts("//ol[@class='discussion-points']/li").map { String($0.prefix(4)) } == ["1.1 ", "1.2 ", "1.3 ", "1.4 "])
        #expect(page.texts("//dl[@class='contact']/dd") == ["Rachel Duke", "Adviser", "07464 652612", "rachel.duke@local.gov.uk"])
    }

    /// Word's numbers and the typed 1.1. are gone from the Markdown: boardpack numbers the paper itself.
    @Test(.enabled(if: WordFixtures.available, WordFixtures.skipReason))
    func importedMarkdownHasNoTypedNumbersAndNoRepeatedTitle() throws {
        let root = try WordFixtures.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let docx = try WordFixtures.make("seed", in: root)
        _ = WordFixtures.importer(root, settings: WordFixtures.allSettings).importFile(docx)
        let text = Fixtures.read(root.appendingPathComponent("content/papers/social-cohesion-and-resilience.md"))
        let body = text.components(separatedBy: "\n---\n").last ?? ""
        #expect(!body.contains("1.1."))
        #expect(!body.contains("Social cohesion and resilience"))
        let numbered = body.split(separator: "\n").filter { $0.first?.isNumber == true }
        #expect(numbered.map { String($0.prefix(3)) } == ["1. ", "2. ", "3. ", "4. "])
    }
}
