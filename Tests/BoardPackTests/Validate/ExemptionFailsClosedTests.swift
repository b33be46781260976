import Testing

@testable import BoardPack

/// An 'exempt' that is empty, misspelt or hidden behind a merge key is an error at its line, never
/// a paper published whole.
@Suite struct ExemptionFailsClosedTests {
    /// Errors for a paper whose front matter ends with `extra` (on line 21).
    func errors(_ extra: String) -> [Diagnostic] {
        let text = Fixtures.paper(extraFront: extra)
        return PaperReader(site: Fixtures.site).read(SourceFile(path: "content/papers/p.md", text: text), slug: "p").1
            .filter { $0.severity == .error }
    }

    @Test(arguments: ["exempt:", "exempt: ~", "exempt: null", "exempt: {}", "exempt: ''", "exempt: []"])
    func anEmptyExemptionIsAnError(line: String) {
        let found = errors(line)
        #expect(found.count == 1)
        #expect(found.first?.line == 21)
        #expect(found.first?.message.contains("exempt") == true)
    }

    @Test(arguments: ["Exempt: { paragraph: 3 }", "exmept: { paragraph: 3 }", "EXEMPT: true", "exemp: yes", "exempted: 3"])
    func aMisspeltExemptionIsAnError(line: String) {
        let found = errors(line)
        #expect(found.count == 1)
        #expect(found.first?.line == 21)
        #expect(found.first?.column == 1)
        #expect(found.first?.message.contains("write it exactly 'exempt'") == true)
    }

    @Test func aMisspeltParagraphIsAnError() {
        let found = errors("exempt: { Paragraph: 3, paragraph: 3, public-interest: Negotiations continue. }")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("'paragraph'") == true)
    }

    @Test func aMergeKeyIsRefused() {
        let found = errors("<<: { exempt: { paragraph: 3 } }")
        #expect(found.contains { $0.line == 21 && $0.column == 1 && $0.message.contains("merge keys") })
    }

    @Test(arguments: ["exempt: false", "exempt: no", "exempt: { paragraph: 3, public-interest: Negotiations continue. }"])
    func aWrittenExemptionIsRead(line: String) {
        #expect(errors(line).isEmpty)
    }

    @Test func anUnrelatedUnknownFieldOnlyWarns() {
        #expect(errors("colour: blue").isEmpty)
    }
}

extension ExemptionFailsClosedTests {
    @Test func anExemptionWrittenTwiceIsAnError() {
        let found = errors("exempt: false\nexempt: { paragraph: 3, public-interest: Negotiations continue. }")
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("'exempt'") == true)
    }
}
