import Testing

@testable import BoardPack

/// `background-papers:`: a list of `{ title, link? }` or `none`; a paper without it is warned, citing
/// section 100D.
@Suite struct BackgroundPapersTests {
    /// The fixture paper with its `background-papers: none` line (line 8) replaced by `field`.
    static func read(_ field: String) -> (Paper?, [Diagnostic]) {
        let text = Fixtures.paper().replacingOccurrences(of: "background-papers: none\n", with: field.isEmpty ? "" : field + "\n")
        return PaperReader(site: Fixtures.site).read(SourceFile(path: "content/papers/p.md", text: text), slug: "p")
    }

    @Test func aListIsRead() {
        let (paper, problems) = Self.read("background-papers:\n  - title: Survey\n    link: https://example.org/s\n  - title: Policy")
        #expect(problems.isEmpty)
        #expect(paper?.front.backgroundPapers == .list([
            BackgroundPaper(title: "Survey", link: "https://example.org/s"), BackgroundPaper(title: "Policy", link: nil),
        ]))
    }

    @Test(arguments: ["background-papers: none", "background-papers: None"])
    func noneIsRead(field: String) {
        let (paper, problems) = Self.read(field)
        #expect(problems.isEmpty)
        #expect(paper?.front.backgroundPapers == BackgroundPapers.none)
    }

    @Test func aPaperWithoutTheFieldIsWarnedCitingSection100D() {
        let (paper, problems) = Self.read("")
        #expect(paper != nil)
        #expect(problems.map { "\($0.severity) \($0.line):\($0.column)" } == ["warning 1:1"])
        #expect(problems.first?.message.contains("section 100D") == true)
        #expect(problems.first?.message.contains("background-papers: none") == true)
    }

    @Test(arguments: [
        ("background-papers: nothing", "error 8:20"),
        ("background-papers: []", "error 8:20"),
        ("background-papers:\n  - Survey", "error 9:5"),
        ("background-papers:\n  - title: Survey\n    link: javascript:alert(1)", "error 10:11"),
        ("background-papers:\n  - link: https://example.org/s", "error 9:5"),
    ])
    func aWrongListIsALocatedError(field: String, expected: String) {
        let problems = Self.read(field).1
        #expect(problems.map { "\($0.severity) \($0.line):\($0.column)" } == [expected])
    }

    @Test(arguments: ["https://example.org/a", "http://example.org", "documents/survey.pdf", "/papers/x/", "../x.pdf"])
    func safeLinksAreKept(link: String) {
        #expect(BackgroundPapersReader.isSafeLink(link))
    }

    @Test(arguments: ["javascript:alert(1)", "data:text/html,x", "//evil.example", "a b"])
    func unsafeLinksAreRefused(link: String) {
        #expect(!BackgroundPapersReader.isSafeLink(link))
    }
}
