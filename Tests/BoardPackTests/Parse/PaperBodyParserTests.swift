import Testing

@testable import BoardPack

@Suite struct PaperBodyParserTests {
    func parse(_ markdown: String, firstLine: Int = 10, idPrefix: String = "") -> (PaperBody, [Diagnostic]) {
        PaperBodyParser(path: "p.md", firstLine: firstLine, idPrefix: idPrefix).parse(markdown)
    }

    @Test func paragraphsAreNumberedThroughThePaperButHeadingsListsAndTablesAreNot() {
        let (body, _) = parse("""
            ## One
            First.

            - a list item

            Second.

            | A | B |
            |---|---|
            | 1 | 2 |

            ## Two
            Third.

            > quoted, not numbered
            """)
        #expect(body.paragraphCount == 3)
        let html = body.htmlBeforePoints
        #expect(html.contains("<p><span class=\"para-number\" id=\"para-1\">1.</span> First.</p>"))
        #expect(html.contains("<p><span class=\"para-number\" id=\"para-2\">2.</span> Second.</p>"))
        #expect(html.contains("<p><span class=\"para-number\" id=\"para-3\">3.</span> Third.</p>"))
        #expect(html.contains("<li>a list item</li>"))
        #expect(html.contains("<p>quoted, not numbered</p>"))
    }

    @Test func discussionPointsAreTheOrderedListUnderDiscussion() {
        let (body, _) = parse("""
            ## Background
            1. not a point

            ## Discussion
            Members may wish to discuss:

            1. The *first* point
            2. The second point

            3. Still the same list

            ## Next steps
            Done.
            """, firstLine: 20)
        #expect(body.discussionPoints.map(\.index) == [1, 2, 3])
        #expect(body.discussionPoints.map(\.text) == ["The first point", "The second point", "Still the same list"])
        #expect(body.discussionPoints[0].html == "<p>The <em>first</em> point</p>")
        #expect(body.discussionPoints[0].line == 26)
        #expect(body.htmlBeforePoints.contains("<li>not a point</li>"))
        #expect(body.htmlBeforePoints.hasSuffix("Members may wish to discuss:</p>\n"))
        #expect(body.htmlAfterPoints.hasPrefix("<h2 id=\"next-steps\">Next steps</h2>"))
    }

    @Test func walesSectionIsCapturedWithoutParagraphNumbers() {
        let (body, _) = parse("## Implications for Wales\nThe offer extends to **Wales**.\n\n## Financial implications\nNone.\n", firstLine: 30)
        #expect(body.walesImplications?.line == 30)
        #expect(body.walesImplications?.html == "<p>The offer extends to <strong>Wales</strong>.</p>\n")
        #expect(body.walesImplications?.text == "The offer extends to Wales.")
    }

    @Test func headingsStartAtLevelTwoAndNeverSkipALevel() {
        let (body, problems) = PaperBodyParser(path: "p.md", firstLine: 10, title: "Paper").parse("# Top\nText.\n\n### Skipped to three\n\n## Back\n")
        #expect(body.sections.map(\.level) == [2, 3, 3])
        #expect(body.sections.map(\.anchor) == ["top", "skipped-to-three", "back"])
        #expect(body.htmlBeforePoints.contains("<h2 id=\"top\">Top</h2>"))
        #expect(body.htmlBeforePoints.contains("<h3 id=\"skipped-to-three\">Skipped to three</h3>"))
        #expect(problems.map(\.line) == [10, 13])
        #expect(problems.first?.message.contains("one '#' is at the level of the paper's title") == true)
    }

    @Test func rawHTMLAndJavascriptLinksAreNotPassedThrough() {
        let (body, _) = parse("<script>alert(1)</script>\n\nA [link](javascript:alert(1)) and <b onclick=\"x\">bold</b>.\n")
        let html = body.htmlBeforePoints
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func idPrefixKeepsAnchorsAndFootnotesApartInAPack() {
        let (body, _) = parse("## Notes\nA claim.[^1]\n\n[^1]: The source.\n", idPrefix: "item-4-")
        let html = body.htmlBeforePoints
        #expect(html.contains("id=\"item-4-notes\""))
        #expect(html.contains("id=\"item-4-para-1\""))
        #expect(html.contains("href=\"#item-4-fn-1\""))
        #expect(html.contains("id=\"item-4-fn-1\""))
        #expect(!html.contains("\"#fn-1\""))
    }

    @Test func aLabelNeverShowsInTheWalesSectionOrThePack() {
        let markdown = "## Implications for Wales\n{#wales} The offer extends to Wales.\n\nSee [](#wales).\n"
        let (page, problems) = parse(markdown)
        #expect(problems.isEmpty)
        #expect(page.walesImplications?.text == "The offer extends to Wales.\nSee paragraph 1.")
        #expect(!page.walesImplications!.html.contains("{#"))
        let (pack, _) = parse(markdown, idPrefix: "p-x-")
        #expect(pack.walesImplications?.html.contains("<a href=\"#p-x-para-1\">paragraph 1</a>") == true)
    }

    @Test func aLabelOutsideANumberedParagraphIsLeftOutWithAWarning() {
        let (body, problems) = parse("## Discussion\n1. {#first} The first point\n\n> {#quoted} A quotation.\n", firstLine: 20)
        #expect(body.discussionPoints.first?.text == "The first point")
        #expect(!body.htmlBeforePoints.contains("{#"))
        #expect(problems.map { "\($0.line):\($0.column)" } == ["21:4", "23:3"])
        #expect(problems.first?.message == "only a numbered paragraph can have a label; '{#first}' here is left out")
    }
}
