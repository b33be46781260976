import Foundation
import Testing

@testable import BoardPack

/// Urgent and to-follow items and supplementary agendas, as read from a meeting's file: every
/// wrong one a located error.
@Suite struct MeetingIssueTests {
    static func read(_ text: String) -> (Meeting?, [String]) {
        let (meeting, problems) = MeetingValidator.meeting(
            SourceFile(path: "content/meetings/m.yaml", text: text), id: "m", site: Fixtures.site)
        return (meeting, problems.map { "\($0.line):\($0.column) \($0.severity.rawValue): \($0.message)" })
    }

    static let good = """
        board: sscb
        date: 2025-03-12
        published: 2025-03-04
        items:
          - title: Apologies
          - paper: budget
            to-follow: true
          - paper: depot
            urgent: "the lease ends before the next meeting"
          - paper: fees
            to-follow: true
        supplements:
          - published: 2025-03-06
            papers: [budget]
          - { published: 2025-03-11, papers: [fees] }
        """

    @Test func urgentToFollowAndSupplementsAreRead() throws {
        let (meeting, problems) = Self.read(Self.good)
        #expect(problems.isEmpty)
        let read = try #require(meeting)
        #expect(read.published?.value.description == "2025-03-04")
        #expect(read.items.map(\.toFollow) == [false, true, false, true])
        #expect(read.items[2].urgent == "the lease ends before the next meeting")
        #expect(read.supplements.map(\.number) == [1, 2])
        #expect(read.supplements.map { $0.papers.map(\.value) } == [["budget"], ["fees"]])
        #expect(read.supplement(issuing: "fees")?.packID(meeting: "m") == "m-supplement-2")
    }

    @Test func anEmptyUrgentReasonIsALocatedError() {
        for reason in ["\"\"", "", "true"] {
            let (meeting, problems) = Self.read(Self.good.replacingOccurrences(
                of: "urgent: \"the lease ends before the next meeting\"", with: "urgent: \(reason)"))
            #expect(meeting == nil)
            #expect(problems.count == 1 && problems[0].contains(" error: 'urgent' is the reason the chair agreed"), "\(reason): \(problems)")
            #expect(problems.first?.hasPrefix("9:") == true, "\(reason): \(problems)")
        }
    }

    @Test func toFollowIsTrueOrFalseOnAPaperItem() {
        let (_, problems) = Self.read(Self.good.replacingOccurrences(of: "  - title: Apologies", with: "  - title: Apologies\n    to-follow: true")
            .replacingOccurrences(of: "depot\n", with: "depot\n    to-follow: maybe\n"))
        #expect(problems == [
            "6:16 error: 'to-follow' marks a paper that is not ready yet; this item has no 'paper'",
            "10:16 error: 'to-follow' is true or false (found \"maybe\")",
        ])
    }

    @Test func aSupplementOfAPaperNotOnTheAgendaOrNotToFollowOrDatedBeforeTheAgendaIsAnError() {
        let text = Self.good
            .replacingOccurrences(of: "papers: [budget]", with: "papers: [budgte, depot]")
            .replacingOccurrences(of: "published: 2025-03-11", with: "published: 2025-03-03")
        let (meeting, problems) = Self.read(text)
        #expect(meeting == nil)
        #expect(problems == [
            "14:14 error: the paper 'budgte' is not on this meeting's agenda: a supplement issues papers the agenda lists as to follow; did you mean 'budget'?",
            "14:22 error: the paper 'depot' is not marked to follow: a supplement issues papers that were not ready with the agenda; add 'to-follow: true' to agenda item 3 (line 8)",
            "15:18 error: supplementary agenda 2 is dated 3 March 2025, before the agenda it supplements (published 4 March 2025)",
        ])
    }

    @Test func publishingAfterTheMeetingIsAnError() {
        let (_, problems) = Self.read(Self.good.replacingOccurrences(of: "published: 2025-03-04", with: "published: 2025-03-13"))
        #expect(problems.contains("3:12 error: the agenda cannot be published after the meeting: 'published' is 13 March 2025 but the meeting is on 12 March 2025"))
    }

    @Test func aSupplementWhosePackNameIsTakenIsAnError() throws {
        let root = try SupplementTests.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try "title: Clash\npapers: [budget]\n".write(
            to: root.appendingPathComponent("content/packs/sscb-2025-03-12-supplement-1.yaml").creatingFolder(), atomically: true, encoding: .utf8)
        let problems = try SiteBuilder.check(Fixtures.options(root)).filter { $0.severity == .error }
        #expect(problems.map { "\($0.path):\($0.line):\($0.column)" } == ["content/meetings/sscb-2025-03-12.yaml:15:16"])
        #expect(problems.first?.message == "supplementary agenda 1 is published as packs/sscb-2025-03-12-supplement-1.html, but content/packs/sscb-2025-03-12-supplement-1.yaml has that name too: rename that file")
    }
}

extension URL {
    /// The URL, once its folder exists.
    fileprivate func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
