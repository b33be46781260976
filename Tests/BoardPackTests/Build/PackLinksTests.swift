import Foundation
import Testing

@testable import BoardPack

/// Links in a printed pack: the intro's links to papers go to their pages, and a cited paragraph
/// is "paragraph N" linking to that paragraph inside the pack.
@Suite struct PackLinksTests {
    @Test func introLinksAndParagraphCitationsWorkInAPack() throws {
        let labelled = Fixtures.paper(
            title: "Labelled", date: "2021-06-10",
            body: "## Background\nFirst.\n\n{#evidence} The evidence.\n\nAs [](#evidence) shows.\n\n## Discussion\n1. A point\n\n"
                + "## Implications for Wales\nNone.\n")
        let root = try PackTests.project(pack: """
            title: Cohesion briefing
            intro: Read [the adviser's role](advisers-role.md), [its discussion](advisers-role.md#discussion) and [item 1](#item-1).
            papers: [labelled]
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        try labelled.write(to: root.appendingPathComponent("content/papers/labelled.md"), atomically: true, encoding: .utf8)
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed)
        let pack = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/packs/cohesion.html")))
        #expect(pack.attribute("href", of: "//div[@class='intro']//a") == [
            "../papers/advisers-role/index.html", "../papers/advisers-role/index.html#discussion", "#item-1",
        ])
        let citation = pack.attribute("href", of: "//section[@class='item']//a[.='paragraph 2']")
        #expect(citation.count == 1)
        let target = citation.first ?? ""
        #expect(target.hasSuffix("para-2") && target.count > "#para-2".count)
        #expect(pack.nodes("//*[@id='\(target.dropFirst())']").count == 1)
        let page = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/papers/labelled/index.html")))
        #expect(page.attribute("href", of: "//main//a[.='paragraph 2']") == ["#para-2"])
    }

    @Test func brokenLinksInAPacksIntroAreLocatedWarningsInThePackFileAndPrintedAsText() throws {
        let root = try PackTests.project(pack: """
            title: Cohesion briefing
            intro: |
              Read [gone](missing.md) and
              [the costs](advisers-role.md#costs) or [the points](advisers-role.md#discussion).
            papers: [advisers-role]
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        var options = Fixtures.options(root)
        let report = try SiteBuilder.build(options)
        #expect(!report.failed)
        let found = report.diagnostics.filter { $0.path.hasSuffix("packs/cohesion.yaml") }
        #expect(found.map { "\($0.severity.rawValue) \($0.line):\($0.column)" } == ["warning 3:8", "warning 4:3"])
        #expect(found.first?.message.contains("points to a paper that does not exist") == true)
        #expect(found.last?.message.contains("points to no place in the paper 'advisers-role.md'") == true)
        let pack = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/packs/cohesion.html")))
        #expect(pack.attribute("href", of: "//div[@class='intro']//a") == ["../papers/advisers-role/index.html#discussion"])
        #expect(pack.nodes("//div[@class='intro'][contains(., 'Read gone and') and contains(., 'the costs or')]").count == 1)

        options.strict = true
        let strict = try SiteBuilder.build(options)
        #expect(strict.failed)
        #expect(strict.diagnostics.filter { $0.path.hasSuffix("packs/cohesion.yaml") }.allSatisfy { $0.severity == .error })
    }
}
