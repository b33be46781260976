import Testing

@testable import BoardPack

/// `exempt: { paragraph, public-interest }`: the paragraph belongs to the jurisdiction's Part of
/// Schedule 12A, and the public-interest reason is required.
@Suite struct ExemptItemTests {
    static let walesSite = SiteValidator.validate(
        SourceFile(path: "content/site.yaml", text: Fixtures.siteYAML + "\njurisdiction: wales")).0

    /// The paper and its diagnostics, `extra` standing on line 21 of the front matter.
    static func read(_ extra: String, site: Site? = Fixtures.site) -> (Paper?, [Diagnostic]) {
        PaperReader(site: site).read(SourceFile(path: "content/papers/p.md", text: Fixtures.paper(extraFront: extra)), slug: "p")
    }

    static func located(_ problems: [Diagnostic]) -> [String] {
        problems.map { "\($0.severity) \($0.line):\($0.column)" }
    }

    @Test func anEnglishExemptionCitesPartOneAndItsParagraph() throws {
        let (paper, problems) = Self.read("exempt: { paragraph: 3, public-interest: Negotiations continue. }")
        #expect(problems.isEmpty)
        let exempt = try #require(paper?.front.exempt)
        #expect(exempt.paragraph == "3" && exempt.part == 1)
        #expect(exempt.notice.contains("paragraph 3 of Part 1 of Schedule 12A"))
        #expect(exempt.description.hasPrefix("Information relating to the financial or business affairs of any particular person"))
        #expect(exempt.publicInterest == "Negotiations continue.")
    }

    @Test func aWelshExemptionCitesPartFour() throws {
        let (paper, problems) = Self.read(
            "exempt: { paragraph: 14, public-interest: Negotiations continue. }", site: Self.walesSite)
        #expect(problems.isEmpty)
        let exempt = try #require(paper?.front.exempt)
        #expect(exempt.notice.contains("paragraph 14 of Part 4 of Schedule 12A"))
        #expect(exempt.citedDescription.hasPrefix("Paragraph 14: Information relating to the financial or business affairs"))
    }

    @Test(arguments: ["18a", "18A", "18B", "18C", "12"])
    func aStandardsCommitteeParagraphIsWelsh(paragraph: String) throws {
        let (paper, problems) = Self.read("exempt: { paragraph: \(paragraph), public-interest: Held in confidence. }", site: Self.walesSite)
        #expect(problems.isEmpty)
        #expect(paper?.front.exempt?.paragraph == paragraph.uppercased())
    }

    @Test func aWelshParagraphInEnglandSaysWhichApplyAndWhy() {
        let problems = Self.read("exempt: { paragraph: 14, public-interest: Negotiations continue. }").1
        #expect(Self.located(problems) == ["error 21:22"])
        let message = problems.first?.message ?? ""
        #expect(message.contains("paragraphs 1 to 7 of Part 1"))
        #expect(message.contains("paragraph 14 is in Part 4, which applies in Wales, and the same words are paragraph 3 here"))
    }

    @Test func anEnglishParagraphInWalesSaysWhichApplyAndWhy() {
        let problems = Self.read("exempt: { paragraph: 3, public-interest: Negotiations continue. }", site: Self.walesSite).1
        #expect(Self.located(problems) == ["error 21:22"])
        let message = problems.first?.message ?? ""
        #expect(message.contains("paragraphs 12 to 18 of Part 4"))
        #expect(message.contains("the same words are paragraph 14 here"))
    }

    @Test func aStandardsParagraphIsNotEnglish() {
        let problems = Self.read("exempt: { paragraph: 18A, public-interest: Held in confidence. }").1
        #expect(Self.located(problems) == ["error 21:22"])
    }

    @Test func aMissingPublicInterestIsAnErrorAtTheExemption() {
        let problems = Self.read("exempt: { paragraph: 3 }").1
        #expect(Self.located(problems) == ["error 21:9"])
        #expect(problems.first?.message.contains("'public-interest'") == true)
    }

    @Test(arguments: ["public-interest:", "public-interest: ''", "public-interest: '  '"])
    func anEmptyPublicInterestIsAnErrorAtItsValue(field: String) {
        let problems = Self.read("exempt:\n  paragraph: 3\n  \(field)").1
        #expect(problems.map(\.severity) == [.error])
        #expect(problems.first?.line == 23)
        #expect(problems.first?.message.contains("'public-interest' is empty") == true)
    }

    @Test func aListForPublicInterestIsAnErrorAtIt() {
        let problems = Self.read("exempt:\n  paragraph: 3\n  public-interest:\n    - One reason").1
        #expect(Self.located(problems) == ["error 24:5"])
        #expect(problems.first?.message.contains("one piece of text") == true)
    }

    @Test func aParagraphAloneIsAnErrorThatShowsTheMapForm() {
        let problems = Self.read("exempt: 3").1
        #expect(Self.located(problems) == ["error 21:9"])
        #expect(problems.first?.message.contains("write 'exempt: { paragraph: 3, public-interest: \"…\" }'") == true)
    }

    @Test func aMisspeltPublicInterestIsAnError() {
        let problems = Self.read("exempt: { paragraph: 3, public-intrest: Negotiations continue. }").1
        #expect(problems.map(\.severity) == [.error, .error])
        #expect(problems.contains { $0.message.contains("write it exactly 'public-interest'") })
    }
}
