import Foundation
import Testing

@testable import BoardPack

/// The new paper's front matter, and what is left to fill in reported at the line and column of
/// each empty field, whatever the Word paper lacked.
@Suite struct PaperFileTextTests {
    @Test func whatTheWordPaperLacksIsReportedAtItsField() {
        let sheet = ImportedFrontSheet(title: "Road safety", purpose: "For noting.")
        let (text, placeholders) = PaperFileText.make(
            sheet, body: "## Implications for Wales\n\nNone.\n", settings: ImportSettings(board: "sscb"), mayBeExempt: false)
        #expect(text.hasPrefix("""
            ---
            title: Road safety
            board: sscb
            date: ""   # to fill in: the date of the meeting, YYYY-MM-DD
            purpose: noting
            summary: ""   # to fill in: the summary on the front sheet
            recommendations: ""   # to fill in: a list of recommendations
            contact:
              name: ""   # to fill in: the contact officer's name
            scope: ""   # to fill in: the nations it covers, such as [england, wales]
            ---
            """))
        let diagnostics = PaperImportCheck(path: "content/papers/road-safety.md", text: text, content: URL(fileURLWithPath: "/nonexistent"))
            .diagnostics(placeholders: placeholders, sheet: sheet, titleFromFile: false).withoutBackgroundPapersReminder
        #expect(diagnostics.map { "\($0.line):\($0.column)" } == ["4:7", "6:10", "7:18", "9:9", "10:8"])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        #expect(diagnostics[1].message.hasPrefix("the Word paper has no summary"))
        #expect(diagnostics[3].message.contains("'Contact officer:'"))
    }

    @Test func phoneNumbersAreQuotedAndSeveralSummaryParagraphsKeptApart() {
        var sheet = ImportedFrontSheet(title: "Road safety: the plan", purpose: "For decision.")
        sheet.summary = ["First.", "Second."]
        sheet.recommendations = ["That the Board agrees."]
        sheet.contact = [.contactName: "Al Smith", .phone: "07464 652612"]
        let settings = ImportSettings(board: "sscb", date: CalendarDate(year: 2025, month: 6, day: 11), scope: [.england, .wales])
        let (text, placeholders) = PaperFileText.make(sheet, body: "", settings: settings, mayBeExempt: false)
        #expect(placeholders.isEmpty)
        #expect(text.contains("title: \"Road safety: the plan\"\n"))
        #expect(text.contains("summary: |\n  First.\n\n  Second.\n"))
        #expect(text.contains("  phone: \"07464 652612\"\n"))
        #expect(text.contains("scope: [england, wales]\n"))
        let (paper, problems) = PaperReader(site: Fixtures.site).read(SourceFile(path: "x.md", text: text), slug: "x")
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        #expect(paper?.front.summary == "First.\n\nSecond.")
        #expect(paper?.front.contact.phone == "07464 652612")
    }
}
