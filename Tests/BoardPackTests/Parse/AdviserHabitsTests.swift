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

    func build(_ body: String, title: String = "Test paper", purpose: String = "information", strict: Bool = false) throws -> Built {
        let paper = Fixtures.paper(title: title, body: body)
            .replacingOccurrences(of: "purpose: discussion", with: "purpose: \(purpose)")
        let root = try Fixtures.project(papers: ["p": paper])
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

    @Test func wordBulletsAreListItemsWithOneWarningPerList() throws {
        let built = try build("""
            ## Background
            The offer covers:

            • training
            • advice
            ◦ a helpline

            ## Implications for Wales
            – Welsh councils too
            """)
        #expect(built.page.texts("//main//ul/li") == ["training", "advice", "a helpline", "Welsh councils too"])
        #expect(!built.html.contains("•"))
        #expect(built.problems == [
            "26:1: warning: a list item typed with '•' (as in Word) is read as a bullet point; type '- ' at the start of the line instead",
            "31:1: warning: a list item typed with '–' (as in Word) is read as a bullet point; type '- ' at the start of the line instead",
        ])
    }

    @Test func typedParagraphNumbersAreNumberedAsUsualWithOneWarning() throws {
        let built = try build("""
            ## Background
            1. The LGA has worked with councils.

            2. Councils have asked for more.

            ## Proposal
            3. A new offer.

            ## Discussion
            1. What next?

            ## Implications for Wales
            None.
            """)
        #expect(built.page.nodes("//main//ol[not(contains(@class,'discussion'))]//li[.='The LGA has worked with councils.']").isEmpty)
        #expect(built.page.texts("//main//p/span[@class='para-number']") == ["1.", "2.", "3.", "4."])
        #expect(built.html.contains("<span class=\"para-number\" id=\"para-3\">3.</span> A new offer."))
        #expect(built.problems == [
            "24:1: warning: paragraphs typed with their own numbers ('1.', '2.' …) are numbered by boardpack through "
                + "the paper; remove the typed numbers (lines 24, 29)",
        ])
    }

    @Test func pointsTypedOneDotOneUnderADiscussionHeadingAreTheDiscussionPoints() throws {
        let built = try build("""
            ## Issues for discussion
            Members may wish to discuss:
            1.1 What should the offer include?
            1.2 Who should lead it?

            ## Implications for Wales
            None.
            """)
        #expect(built.problems.isEmpty)
        #expect(built.html.contains("id=\"point-1-1\""))
        #expect(built.html.contains("id=\"point-1-2\""))
        #expect(built.html.contains("Who should lead it?</li>"))
        #expect(!built.html.contains("1.1 What"))
    }

    @Test func aPaperForDiscussionWithoutPointsIsWarned() throws {
        let built = try build("## Discussion points\nMembers may wish to discuss the offer.\n\n## Implications for Wales\nNone.\n", purpose: "discussion")
        #expect(built.problems == [
            "23:1: warning: the paper is for discussion but its discussion section has no numbered list of points "
                + "(1. …, 2. …) for members to discuss",
        ])
    }

    @Test func aLabelledParagraphIsCitedAsParagraphNWithALink() throws {
        let built = try build("""
            ## Background
            First.

            {#evidence} The evidence is clear.

            As [](#evidence) shows, and [see this](#evidence) too; [](#nothing) is unknown.

            ## Implications for Wales
            None.
            """)
        #expect(built.page.texts("//main//a[@href='#para-2']") == ["paragraph 2", "see this"])
        #expect(!built.html.contains("{#"))
        #expect(built.html.contains("id=\"para-2\">2.</span> The evidence is clear."))
        #expect(built.page.nodes("//main//a[@href='#nothing']").isEmpty)
        #expect(built.problems.count == 1)
        #expect(built.problems.first?.hasPrefix("28:56: warning: the link '#nothing' points to no place in this paper") == true)
    }

    @Test func linksThatFailTheirCheckArePrintedAsText() throws {
        let built = try build("""
            ## Background
            See [the site](www.example.org), [a paper](gone.md), [a page](../papers/p/) and [here](#nowhere).

            ## Implications for Wales
            None.
            """)
        #expect(built.page.texts("//main//a") .filter { ["the site", "a paper", "here"].contains($0) }.isEmpty)
        #expect(built.page.attribute("href", of: "//main//a[.='a page']") == ["../p/index.html"])
        #expect(!built.html.contains("gone.md"))
        #expect(built.problems.map { String($0.prefix(6)) } == ["24:5: ", "24:34:", "24:54:", "24:81:"])
        #expect(built.problems[0].contains("write 'https://www.example.org'"))
        #expect(built.problems[2].contains("link to the paper's file instead: 'p.md'"))
    }
}
