import Testing

@testable import BoardPack

/// Checks that whole builds exercised before, on their own: meetings' and packs' references to
/// papers (`PackReferences`), the Wales warnings (`WalesCheck`) and the skipped-heading warning.
@Suite struct ReferenceAndWalesTests {
    static func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(iso: text)) }

    static func listing(_ slug: String, board: String = "sscb", date: String = "2025-03-18", tags: [String] = []) throws -> PaperListing {
        PaperListing(
            slug: slug, title: "Paper \(slug)", board: board, date: try Self.date(date), purpose: .discussion, summary: "",
            tags: tags, exempt: nil)
    }

    static func reference(_ slug: String, _ path: String, line: Int) -> Located<String> {
        Located(slug, at: SourceLocation(path: path, line: line, column: 12))
    }

    static func meeting(_ id: String, board: String = "sscb", date: String = "2025-03-18", papers: [String]) throws -> Meeting {
        let path = "content/meetings/\(id).yaml"
        let items = papers.enumerated().map { index, slug in
            AgendaItem(number: index + 1, title: nil, paper: reference(slug, path, line: 5 + index), line: 5 + index)
        }
        return Meeting(id: id, sourcePath: path, board: board, date: try Self.date(date), time: nil, venue: nil, items: items)
    }

    static func pack(_ id: String, papers: [String], tags: [String] = []) -> BriefingPackSpec {
        let path = "content/packs/\(id).yaml"
        return BriefingPackSpec(
            id: id, sourcePath: path, title: "Pack", intro: nil,
            papers: papers.enumerated().map { reference($1, path, line: 3 + $0) },
            tags: tags.enumerated().map { reference($1, path, line: 10 + $0) })
    }

    static func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.path):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
    }

    @Test func anUnknownPaperIsAnErrorAtItsLineWithTheNearestName() throws {
        let papers = ["budget": try Self.listing("budget")]
        let diagnostics = PackReferences.check(meetings: [try Self.meeting("m1", papers: ["budgte"])], packs: [], papers: papers)
        #expect(Self.lines(diagnostics) == [
            "content/meetings/m1.yaml:5:12: error: there is no paper 'budgte' in content/papers/ (no file budgte.md); did you mean 'budget'?",
        ])
    }

    @Test func aPaperThatCouldNotBeReadIsNotNamedAgain() throws {
        let diagnostics = PackReferences.check(
            meetings: [try Self.meeting("m1", papers: ["broken"])], packs: [Self.pack("p", papers: ["broken"])], papers: [:],
            present: ["broken"])
        #expect(diagnostics.isEmpty)
    }

    @Test func aPaperTwiceOnOneAgendaIsAnErrorAtTheSecond() throws {
        let papers = ["budget": try Self.listing("budget")]
        let diagnostics = PackReferences.check(meetings: [try Self.meeting("m1", papers: ["budget", "budget"])], packs: [], papers: papers)
        #expect(Self.lines(diagnostics) == [
            "content/meetings/m1.yaml:6:12: error: the paper 'budget' is already item 1 of this agenda; "
                + "a paper goes once on an agenda (remove this line or item 1)",
        ])
    }

    @Test func aPaperOnTwoAgendasAgreesWithOneOfThem() throws {
        let papers = ["budget": try Self.listing("budget", board: "sscb", date: "2025-03-18")]
        let committee = try Self.meeting("committee", board: "sscb", date: "2025-03-18", papers: ["budget"])
        let cabinet = try Self.meeting("cabinet", board: "cabinet", date: "2025-03-25", papers: ["budget"])
        #expect(PackReferences.check(meetings: [committee, cabinet], packs: [], papers: papers).isEmpty)
    }

    @Test func aPaperForAnotherBoardAndDayIsWarnedAtItsFirstPlace() throws {
        let papers = ["budget": try Self.listing("budget", board: "sscb", date: "2025-03-18")]
        let one = try Self.meeting("c1", board: "cabinet", date: "2025-03-25", papers: ["budget"])
        let two = try Self.meeting("c2", board: "cabinet", date: "2025-04-01", papers: ["budget"])
        #expect(Self.lines(PackReferences.check(meetings: [one], packs: [], papers: papers)) == [
            "content/meetings/c1.yaml:5:12: warning: the paper 'budget' is for board 'sscb' but this is a meeting of 'cabinet'",
            "content/meetings/c1.yaml:5:12: warning: the paper 'budget' is dated 2025-03-18 but the meeting is on 2025-03-25",
        ])
        #expect(Self.lines(PackReferences.check(meetings: [one, two], packs: [], papers: papers)) == [
            "content/meetings/c1.yaml:5:12: warning: the paper 'budget' is for board 'sscb' but its meetings are of 'cabinet', 'cabinet'",
            "content/meetings/c1.yaml:5:12: warning: the paper 'budget' is dated 2025-03-18 but its meetings are on 2025-03-25, 2025-04-01",
        ])
    }

    @Test func aPackNamesEachPaperOnceAndOnlyTagsPapersHave() throws {
        let papers = ["budget": try Self.listing("budget", tags: ["finance"])]
        let diagnostics = PackReferences.check(
            meetings: [], packs: [Self.pack("p", papers: ["budget", "budget", "nothing"], tags: ["finace"])], papers: papers)
        #expect(Self.lines(diagnostics) == [
            "content/packs/p.yaml:4:12: error: the paper 'budget' is already in this pack (line 3); a pack holds each paper once",
            "content/packs/p.yaml:5:12: error: there is no paper 'nothing' in content/papers/ (no file nothing.md)",
            "content/packs/p.yaml:10:12: error: no paper has the tag 'finace'; did you mean 'finance'?",
        ])
    }

    // MARK: - Wales

    static func sheet(scope: [Nation]) throws -> FrontSheet {
        FrontSheet(
            title: "Paper", board: "sscb", date: try Self.date("2025-03-18"), purpose: .discussion, summary: "", recommendations: [],
            actions: [], contact: Contact(name: "A. Officer"), scope: [ScopeEntry(subject: nil, nations: scope)], exempt: nil,
            datasets: [], tags: [], backgroundPapers: nil)
    }

    static func body(_ markdown: String) -> PaperBody {
        PaperBodyParser(path: "content/papers/p.md", firstLine: 20, title: "Paper").parse(markdown).0
    }

    @Test func aPaperWithoutTheWalesSectionIsWarnedAtItsBody() throws {
        let diagnostics = WalesCheck.check(
            try Self.sheet(scope: [.england]), body: Self.body("## Background\nText.\n"), path: "content/papers/p.md", bodyFirstLine: 20)
        #expect(Self.lines(diagnostics) == [
            "content/papers/p.md:20:1: warning: the paper has no 'Implications for Wales' section; "
                + "add '## Implications for Wales' saying whether and how it applies in Wales",
        ])
    }

    @Test func anEmptyWalesSectionIsWarnedOnlyWhenTheScopeTakesInWales() throws {
        let body = Self.body("## Background\nText.\n\n## Implications for Wales\n\n## Next steps\nMore.\n")
        let wales = try #require(body.walesImplications)
        #expect(wales.text.isEmpty)
        #expect(Self.lines(WalesCheck.check(try Self.sheet(scope: [.england, .wales]), body: body, path: "content/papers/p.md", bodyFirstLine: 20)) == [
            "content/papers/p.md:\(wales.line):1: warning: the scope includes Wales but the 'Implications for Wales' section is empty",
        ])
        #expect(WalesCheck.check(try Self.sheet(scope: [.england]), body: body, path: "content/papers/p.md", bodyFirstLine: 20).isEmpty)
    }

    @Test func aWalesSectionWithTextIsEnough() throws {
        let body = Self.body("## Implications for Wales\nThe offer extends to Wales.\n")
        #expect(WalesCheck.check(try Self.sheet(scope: [.wales]), body: body, path: "content/papers/p.md", bodyFirstLine: 20).isEmpty)
    }

    // MARK: - Headings

    @Test func aSkippedHeadingLevelIsAWarningAtTheHeading() {
        let (_, diagnostics) = PaperBodyParser(path: "content/papers/p.md", firstLine: 20, title: "Paper")
            .parse("## Background\nText.\n\n#### Detail\nMore.\n")
        #expect(Self.lines(diagnostics) == [
            "content/papers/p.md:23:1: warning: this heading skips a level (from 2 to 4 '#'); it is shown one level below the heading before it",
        ])
    }
}
