import Testing

@testable import BoardPack

/// Every wrong field is reported at the true line and column of its value in the file.
@Suite struct PaperValidatorTests {
    func problems(_ text: String) -> [Diagnostic] {
        PaperReader(site: Fixtures.site).read(SourceFile(path: "content/papers/p.md", text: text), slug: "p").1
    }

    func errors(_ text: String) -> [Diagnostic] { problems(text).filter { $0.severity == .error } }

    @Test func aValidPaperHasNoProblems() {
        #expect(problems(Fixtures.paper()).isEmpty)
    }

    @Test func wrongPurposeIsReportedOnItsLine() {
        let text = Fixtures.paper().replacingOccurrences(of: "purpose: discussion", with: "purpose: discusion")
        let found = errors(text)
        #expect(found.count == 1)
        #expect(found.first?.line == 5)
        #expect(found.first?.column == 10)
        #expect(found.first?.message.contains("did you mean 'discussion'") == true)
    }

    @Test func purposeTypedAsOnTheFrontSheetSuggestsTheWord() {
        let text = Fixtures.paper().replacingOccurrences(of: "purpose: discussion", with: "purpose: For discussion.")
        #expect(errors(text).map { DiagnosticFormat.text.format($0) } == [
            "content/papers/p.md:5:10: error: 'purpose' must be one of discussion, decision, information, noting "
                + "(found \"For discussion.\"); did you mean 'discussion'?",
        ])
    }

    @Test func anImpossibleDateIsSaidAsADate() {
        #expect(errors(Fixtures.paper(date: "2025-02-30")).map { DiagnosticFormat.text.format($0) } == [
            "content/papers/p.md:4:7: error: 'date' is wrong: 30 February 2025 is not a date (found \"2025-02-30\")",
        ])
    }

    @Test func aMeetingTimeIsAskedForInPlainWords() {
        let file = SourceFile(path: "content/meetings/m.yaml", text: "board: sscb\ndate: 2025-03-12\ntime: 2pm\nitems:\n  - paper: p\n")
        let problems = MeetingValidator.meeting(file, id: "m", site: Fixtures.site).1.map { DiagnosticFormat.text.format($0) }
        #expect(problems.contains("content/meetings/m.yaml:3:7: error: 'time' must be a time such as 14:00 or 09:30 (found \"2pm\")"))
    }

    @Test func unknownBoardNamesTheBoardsThatExist() {
        let found = errors(Fixtures.paper(board: "sccb"))
        #expect(found.map(\.line) == [3])
        #expect(found.first?.column == 8)
        #expect(found.first?.message.contains("unknown board 'sccb'") == true)
        #expect(found.first?.message.contains("'sscb'") == true)
    }

    @Test func thirtyFebruaryIsNotADate() {
        let found = errors(Fixtures.paper(date: "2021-02-30"))
        #expect(found.map(\.line) == [4])
        #expect(found.first?.message.contains("is not a date") == true)
        let badShape = errors(Fixtures.paper(date: "9 June 2021"))
        #expect(badShape.first?.message.contains("YYYY-MM-DD") == true)
    }

    @Test func malformedEmailIsReportedAtTheEmailLine() {
        let text = Fixtures.paper().replacingOccurrences(of: "email: rachel.duke@local.gov.uk", with: "email: rachel.duke at lga")
        let found = errors(text)
        #expect(found.map(\.line) == [15])
        #expect(found.first?.column == 10)
    }

    @Test func unknownNationIsReportedAtTheNation() {
        let text = Fixtures.paper().replacingOccurrences(of: "nations: [england, wales]", with: "nations: [england, wails]")
        let found = errors(text)
        #expect(found.map(\.line) == [20])
        #expect(found.first?.column == 24)
        #expect(found.first?.message.contains("did you mean 'wales'") == true)
    }

    @Test func scopeMayBeASingleNationOrAList() throws {
        for scope in ["scope: england", "scope: [england, wales]"] {
            var lines = Fixtures.paper().components(separatedBy: "\n")
            let start = lines.firstIndex(of: "scope:")!
            lines.replaceSubrange(start...(start + 4), with: [scope])
            let (paper, found) = PaperReader(site: Fixtures.site).read(
                SourceFile(path: "p.md", text: lines.joined(separator: "\n")), slug: "p")
            #expect(found.isEmpty)
            #expect(paper?.front.scope.count == 1)
            #expect(paper?.front.scope.first?.subject == nil)
        }
    }

    @Test func missingFieldsAreAllReportedInOneRun() {
        let text = "---\ntitle: Only a title\n---\nBody.\n"
        let messages = errors(text).map(\.message)
        for field in ["board", "date", "purpose", "summary", "recommendations", "contact", "scope"] {
            #expect(messages.contains { $0.contains("'\(field)'") }, "no error for missing \(field)")
        }
        #expect(errors(text).allSatisfy { $0.line == 1 && $0.column == 1 })
    }

    @Test func malformedYAMLIsLocatedInTheFile() {
        let text = "---\ntitle: A paper\nsummary: one: two\n---\nBody\n"
        let found = errors(text)
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.message.contains("not valid YAML") == true)
    }

    @Test func exemptTakesAParagraphOfSchedule12A() throws {
        let (paper, none) = PaperReader(site: Fixtures.site).read(
            SourceFile(path: "p.md", text: Fixtures.paper(extraFront: "exempt: { paragraph: 3, public-interest: \"Publishing the offer would weaken the council's negotiating position.\" }")), slug: "p")
        #expect(none.isEmpty)
        #expect(paper?.front.exempt == Exemption.england(
            3, publicInterest: "Publishing the offer would weaken the council's negotiating position."))
        let found = errors(Fixtures.paper(extraFront: "exempt: { paragraph: 9, public-interest: Negotiations continue. }"))
        #expect(found.map(\.line) == [21])
        #expect(found.first?.column == 22)
    }

    @Test func misspeltFieldIsAWarningThatSuggestsTheRightName() {
        let found = problems(Fixtures.paper(extraFront: "tag: [extremism]"))
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.line == 21)
        #expect(found.first?.message.contains("did you mean 'tags'") == true)
    }

    @Test func missingWalesSectionIsAWarning() {
        let body = "## Background\nText.\n\n## Discussion\n1. A point\n"
        let found = problems(Fixtures.paper(body: body))
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.line == 23)
        #expect(found.first?.message.contains("Implications for Wales") == true)
    }

    @Test func emptyWalesSectionIsAWarningWhenTheScopeIncludesWales() {
        let body = "## Background\nText.\n\n## Implications for Wales\n\n## Next steps\nMore.\n\n## Discussion\n1. A point\n"
        let found = problems(Fixtures.paper(body: body))
        #expect(found.map(\.line) == [26])
        #expect(found.first?.severity == .warning)
    }

    /// The ASCII shortcut gives what the character rules give (the non-ASCII addresses take those rules).
    @Test(arguments: [
        ("name@example.gov.uk", true), ("a@b.c", true), ("@example.gov.uk", false), ("name@", false), ("name@example", false),
        ("name@@example.gov.uk", false), ("na@me@example.gov.uk", false), ("name@example..uk", false), ("name@.example.uk", false),
        ("name@example.uk.", false), ("na me@example.uk", false), ("name@example.uk\t", false), ("name@exam\r\nple.uk", false),
        ("name@exa\u{0B}mple.uk", false), ("name@exa\u{1F}mple.uk", true), ("nâme@example.uk", true), ("name@example.uk\u{A0}", false),
        ("name@exämple.uk", true), ("name@example\u{2003}.uk", false),
    ]) func emailShapes(_ text: String, _ expected: Bool) {
        #expect(PaperValidator.looksLikeEmail(text) == expected)
    }
}
