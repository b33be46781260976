import Foundation
import Testing

@testable import BoardPack

/// Papers as advisers really write them, built into a site: what the page shows and what is said
/// where. The body starts on line 23 of a `Fixtures.paper`.
@Suite struct AdviserHabitsTests {
    struct Built {
        var page: HTMLPage
        var html: String
        /// "line:column: severity: message" for content/papers/p.md.
        var problems: [String]
        var failed: Bool
    }

    func build(_ body: String, title: String = "Test paper", strict: Bool = false) throws -> Built {
        let root = try Fixtures.project(papers: ["p": Fixtures.paper(title: title, body: body)])
        defer { try? FileManager.default.removeItem(at: root) }
        var options = Fixtures.options(root)
        options.strict = strict
        let report = try SiteBuilder.build(options)
        let html = Fixtures.read(root.appendingPathComponent("_site/papers/p/index.html"))
        let problems = report.diagnostics.filter { $0.path == "content/papers/p.md" }
            .map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
        return Built(page: try HTMLPage(html.isEmpty ? "<html/>" : html), html: html, problems: problems, failed: report.failed)
    }

    static let titledBody = """
        # Councillor safety: next steps

        ## Background
        The LGA has worked with councils.

        ## Discussion
        1. What next?
        2. Who leads?

        ## Implications for Wales
        The offer extends to Wales.

        ## Appendix A
        Figures.
        """

    @Test func aFirstHeadingThatRepeatsTheTitleIsLeftOutWithANote() throws {
        let built = try build(Self.titledBody, title: "\"Councillor safety: next steps\"", strict: true)
        #expect(!built.failed)
        #expect(built.page.texts("//h1") == ["Councillor safety: next steps"])
        #expect(built.page.texts("//main//h2").contains("Background"))
        #expect(built.page.texts("//main//h2").contains("Appendix A"))
        #expect(built.page.nodes("//h3[.='Background']").isEmpty)
        #expect(built.problems == [
            "23:1: note: the first heading repeats the paper's title, which the page shows already; it is left out",
        ])
    }

    @Test func sectionsAreFoundByTheirTextWhateverTheLevelTheBodyStartsAt() throws {
        let body = Self.titledBody.replacingOccurrences(of: "# Councillor safety: next steps", with: "# Another title")
        let built = try build(body, title: "Test paper")
        #expect(built.problems == [
            "23:1: warning: a heading with one '#' is at the level of the paper's title; start sections with '## ' "
                + "(this one is shown as a section)",
        ])
        #expect(built.page.texts("//main//h3").contains("Implications for Wales"))
        // The points were found under the level-3 Discussion heading: numbered 1.1 and 1.2 on the page.
        #expect(built.html.contains("id=\"point-1-1\""))
        #expect(built.html.contains("id=\"point-1-2\""))
    }
}
