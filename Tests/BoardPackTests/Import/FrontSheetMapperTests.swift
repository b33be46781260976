import Foundation
import Testing

@testable import BoardPack

/// The LGA front sheet read from pandoc's document model, without pandoc: both layouts, the title's
/// three sources, and the labels in the forms authors type them.
@Suite struct FrontSheetMapperTests {
    static func words(_ text: String) -> [PandocInline] {
        Array(text.split(separator: " ").map { [PandocInline.text(String($0))] }.joined(separator: [.space]))
    }

    static func para(_ text: String) -> PandocBlock { .paragraph(words(text)) }
    static func bold(_ text: String) -> PandocBlock { .paragraph([.strong(words(text))]) }

    @Test func labelParagraphsAndContactLinesMakeTheFrontSheet() {
        let document = PandocDocument(blocks: [
            Self.bold("Road safety"),
            Self.bold("Purpose of report"), Self.para("For noting."),
            Self.bold("Summary:"), Self.para("First part."), Self.para("Second part."),
            Self.bold("RECOMMENDATIONS"),
            .orderedList(decimal: true, [[Self.para("That the Board notes the report.")], [Self.para("That officers report back.")]]),
            Self.bold("Action(s)"), Self.para("• Officers to act."),
            Self.para("Contact officer:\tAl Smith"), Self.para("Position: Adviser"), Self.para("Phone no: 020 7664 3000"),
            .division(style: "Body Text", classes: [], [.paragraph(Self.words("Email:") + [.space, .link(url: "mailto:al@example.org", Self.words("al@example.org"))])]),
            Self.bold("Road safety"),
            .heading(level: 1, Self.words("Background")), Self.para("Text."),
        ])
        let (sheet, body) = FrontSheetMapper.map(document)
        #expect(sheet.title == "Road safety")
        #expect(sheet.purpose == "For noting.")
        #expect(sheet.summary == ["First part.", "Second part."])
        #expect(sheet.recommendations == ["That the Board notes the report.", "That officers report back."])
        #expect(sheet.actions == ["Officers to act."])
        #expect(sheet.contact == [.contactName: "Al Smith", .position: "Adviser", .phone: "020 7664 3000", .email: "al@example.org"])
        #expect(sheet.unlabelled.isEmpty)
        #expect(body == [.heading(level: 1, Self.words("Background")), Self.para("Text.")])
    }

    @Test func aTableOfLabelAndValueMakesTheFrontSheet() {
        let rows: [[[PandocBlock]]] = [
            [[Self.bold("Purpose of report")], [Self.para("For decision.")]],
            [[Self.bold("Recommendation/s")], [.bulletList([[Self.para("That the Board agrees.")], [Self.para("That it notes.")]])]],
            [[Self.para("Contact officer")], [Self.para("Jo Bloggs")]],
            [[Self.para("E-mail")], [Self.para("jo@example.org")]],
        ]
        let document = PandocDocument(blocks: [
            .heading(level: 1, Self.words("Funding")), .table(PandocTable(rows: rows, headRows: 1)), Self.para("1. Body text."),
        ])
        let (sheet, body) = FrontSheetMapper.map(document)
        #expect(sheet.title == "Funding")
        #expect(sheet.purpose == "For decision.")
        #expect(sheet.recommendations == ["That the Board agrees.", "That it notes."])
        #expect(sheet.contact == [.contactName: "Jo Bloggs", .email: "jo@example.org"])
        #expect(body == [Self.para("1. Body text.")])
    }

    @Test func aContactBlockInOneTableCellIsRead() {
        let cell: [PandocBlock] = [Self.para("Contact officer:\tAmy Lee"), Self.para("Position:\tAdviser"), Self.para("Email: amy@example.org")]
        let document = PandocDocument(blocks: [
            Self.bold("Title"), Self.para("Summary"), Self.para("Text."),
            .table(PandocTable(rows: [[cell]], headRows: 1)), .heading(level: 1, Self.words("Background")),
        ])
        let (sheet, body) = FrontSheetMapper.map(document)
        #expect(sheet.contact == [.contactName: "Amy Lee", .position: "Adviser", .email: "amy@example.org"])
        #expect(body == [.heading(level: 1, Self.words("Background"))])
    }

    @Test func withoutAHeadingOrBoldTitleTheTitlePropertyIsTheTitle() {
        let document = PandocDocument(title: Self.words("From the properties"), blocks: [
            Self.para("Purpose of report"), Self.para("For information."),
        ])
        #expect(FrontSheetMapper.map(document).0.title == "From the properties")
    }

    /// Word's Title style is the title property in pandoc's reading: a first heading "Background" is then a section.
    @Test func aTitleStyleTitleIsPreferredToAFirstSectionHeading() {
        let document = PandocDocument(title: Self.words("Styled title"), blocks: [
            .heading(level: 1, Self.words("Background")), Self.para("Text."),
        ])
        let (sheet, body) = FrontSheetMapper.map(document)
        #expect(sheet.title == "Styled title")
        #expect(body.count == 2)
    }

    /// Front-sheet text that Markdown would read as a list or heading stays text.
    @Test func frontSheetTextIsNotReadAsMarkdownStructure() {
        let document = PandocDocument(blocks: [
            Self.bold("Title"), Self.para("Summary"), Self.para("2021 saw a rise."), Self.para("- dashed aside"),
            Self.para("Recommendations"), Self.para("1. #1 priority: fund the work."),
        ])
        let sheet = FrontSheetMapper.map(document).0
        #expect(sheet.summary == ["2021 saw a rise.", "\\- dashed aside"])
        #expect(sheet.recommendations == ["\\#1 priority: fund the work."])
    }

    /// A document with no front sheet is all body: nothing is taken out of it.
    @Test func aDocumentWithoutLabelsIsAllBody() {
        let blocks: [PandocBlock] = [Self.bold("A note"), Self.para("Some text."), .heading(level: 1, Self.words("More")), Self.para("More text.")]
        let (sheet, body) = FrontSheetMapper.map(PandocDocument(blocks: blocks))
        #expect(sheet.title == "A note")
        #expect(sheet.summary.isEmpty)
        #expect(body == Array(blocks.dropFirst()))
    }

    /// Fail closed: only a plain "No" to the template's confidentiality question lets the paper be public without asking.
    @Test(arguments: [("No", false), ("No.", false), ("Yes", true), ("Yes ☐ No ☒", true), ("", true)])
    func theConfidentialityQuestionDecidesWhetherExemptionIsAsked(answer: String, asked: Bool) {
        let document = PandocDocument(blocks: [
            Self.bold("Staffing"), Self.bold("Purpose of report"), Self.para("For decision."),
            Self.para("Is this report confidential? " + answer), Self.bold("Summary"), Self.para("Text."),
        ])
        let sheet = FrontSheetMapper.map(document).0
        #expect(sheet.purpose == "For decision.")
        #expect(sheet.unlabelled.isEmpty)
        #expect(WordImporter.mayBeExempt(sheet, body: "") == asked)
    }

    @Test(arguments: [
        ("Recommendation", FrontSheetLabel.recommendations), ("Recommendations:", .recommendations), ("recommendation/s", .recommendations),
        ("Action/s", .actions), ("Actions", .actions), ("Purpose of Report", .purpose), ("Phone no.", .phone), ("Email:", .email),
    ])
    func labelsAreReadInTheFormsAuthorsTypeThem(text: String, label: FrontSheetLabel) {
        #expect(FrontSheetLabel(text) == label)
    }
}
