import Foundation
import Testing

@testable import BoardPack

/// The body of a Word paper written as clean Markdown, without pandoc: the numbers boardpack gives
/// removed, the typed points under Discussion made the discussion list, headings at level 2.
@Suite struct BodyMarkdownTests {
    static func para(_ text: String) -> PandocBlock { FrontSheetMapperTests.para(text) }
    static func heading(_ level: Int, _ text: String) -> PandocBlock { .heading(level: level, FrontSheetMapperTests.words(text)) }

    static func write(_ blocks: [PandocBlock], title: String = "The paper") -> String {
        BodyMarkdown.write(blocks, title: title) { "../assets/x/" + URL(fileURLWithPath: $0).lastPathComponent }.0
    }

    @Test func numbersTypedOrGivenByWordAreRemovedAndPointsBecomeTheDiscussionList() {
        let markdown = Self.write([
            Self.heading(1, "The paper"),
            Self.heading(1, "Background"),
            Self.para("1. Typed by hand."),
            .orderedList(decimal: true, [[.division(style: "List Number", classes: [], [Self.para("Numbered by Word.")])]]),
            Self.para("12) Typed with a bracket."),
            Self.heading(2, "Detail"),
            Self.para("1.1. A sub-point outside Discussion is a paragraph."),
            Self.heading(1, "Discussion"),
            Self.para("Members may wish to discuss:"),
            Self.para("1.1. The first point"),
            Self.para("1.2. The second point"),
            Self.heading(1, "Implications for Wales"),
            Self.para("None."),
        ])
        #expect(markdown == """
            ## Background

            Typed by hand.

            Numbered by Word.

            Typed with a bracket.

            ### Detail

            A sub-point outside Discussion is a paragraph.

            ## Discussion

            Members may wish to discuss:

            1. The first point
            2. The second point

            ## Implications for Wales

            None.

            """)
        let (body, problems) = PaperBodyParser(path: "x.md", firstLine: 1, options: .papers).parse(markdown)
        #expect(problems.isEmpty)
        #expect(body.paragraphCount == 6)
        #expect(body.discussionPoints.map(\.text) == ["The first point", "The second point"])
    }

    /// Word's own second-level numbering under Discussion holds the points; elsewhere its items are
    /// paragraphs. A typed section number goes from a heading.
    @Test func wordNumberedSubItemsUnderDiscussionAreThePoints() {
        let nested: PandocBlock = .orderedList(decimal: true, [[Self.para("First point")], [Self.para("Second point")]])
        let markdown = Self.write([
            Self.heading(1, "Background"),
            .orderedList(decimal: true, [[Self.para("Context."), .orderedList(decimal: true, [[Self.para("A detail.")]])]]),
            Self.heading(1, "2. Discussion"),
            .orderedList(decimal: true, [[Self.para("Members may wish to discuss:"), nested]]),
        ])
        #expect(markdown == """
            ## Background

            Context.

            A detail.

            ## Discussion

            Members may wish to discuss:

            1. First point
            2. Second point

            """)
    }

    /// A short bold line is a section heading; the title repeated in bold, and bold sentences, are not.
    @Test func shortBoldLinesAreHeadings() {
        let markdown = Self.write([
            .paragraph([.strong(FrontSheetMapperTests.words("The paper"))]),
            .paragraph([.strong(FrontSheetMapperTests.words("Background"))]),
            Self.para("Text."),
            .paragraph([.strong(FrontSheetMapperTests.words("Members are asked to note this."))]),
            .paragraph([.strong(FrontSheetMapperTests.words("Implications for Wales"))]),
            Self.para("None."),
        ])
        #expect(markdown == "## Background\n\nText.\n\n**Members are asked to note this.**\n\n## Implications for Wales\n\nNone.\n")
    }

    @Test func markdownInTheWordsIsEscapedSoThatTheTextStaysText() {
        let markdown = Self.write([
            .paragraph([.text("2019."), .space, .text("was"), .space, .text("*not*"), .space, .text("[a]"), .space, .text("link_here")]),
            .paragraph([.text("#hashtag")]),
        ])
        #expect(markdown == "2019\\. was \\*not\\* \\[a\\] link\\_here\n\n\\#hashtag\n")
        let (body, _) = PaperBodyParser(path: "x.md", firstLine: 1, options: .papers).parse(markdown)
        #expect(body.htmlBeforePoints.contains("2019. was *not* [a] link_here</p>"))
        #expect(body.htmlBeforePoints.contains("#hashtag</p>"))
    }

    @Test func footnotesImagesAndTablesAreWritten() {
        let rows: [[[PandocBlock]]] = [[[Self.para("Area")], [Self.para("Cases")]], [[Self.para("North | East")], [Self.para("12")]]]
        let markdown = Self.write([
            .paragraph([.text("Rising"), .note([Self.para("Home Office figures.")]), .space, .image(source: "/tmp/m/media/image1.png", alt: [.text("Chart")])]),
            .table(PandocTable(rows: rows, headRows: 1)),
        ])
        #expect(markdown == """
            Rising[^1] ![Chart](../assets/x/image1.png)

            | Area | Cases |
            |---|---|
            | North \\| East | 12 |

            [^1]: Home Office figures.

            """)
    }
}
