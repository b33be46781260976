import Foundation
import Testing

@testable import BoardPack

/// Notice periods: clear days counted without the day of publication, the meeting's day and the
/// excluded days; short notice located at 'published'; reminders in `check`; site.yaml's settings.
@Suite struct NoticePeriodTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text) ?? CalendarDate(year: 2000, month: 1, day: 1)! }

    static func site(_ extra: String) -> String { Fixtures.siteYAML + "\n" + extra }

    static func project(meeting: String, site: String = Fixtures.siteYAML) throws -> URL {
        let root = try Fixtures.project(papers: ["budget": Fixtures.paper(title: "Budget", date: "2025-03-12")], site: site)
        let url = root.appendingPathComponent("content/meetings/sscb-2025-03-12.yaml")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try meeting.write(to: url, atomically: true, encoding: .utf8)
        return root
    }

    static func meeting(published: String?, urgent: Bool = false) -> String {
        """
        board: sscb
        date: 2025-03-12
        \(published.map { "published: \($0)" } ?? "venue: Room 1")
        items:
          - title: Apologies
            \(urgent ? "urgent: \"the chair agreed\"" : "")
          - paper: budget
            \(urgent ? "urgent: \"the contract is due\"" : "")
        """
    }

    static func problems(_ root: URL, strict: Bool = false, today: String = "2025-01-01") throws -> [Diagnostic] {
        var options = Fixtures.options(root)
        options.strict = strict
        options.today = date(today)
        return try SiteBuilder.check(options).filter { $0.path.hasSuffix(".yaml") }
    }

    @Test func clearDaysLeaveOutPublicationMeetingWeekendsAndBankHolidays() {
        let england = NoticeRules.standard(.england)
        // Wednesday 12 March 2025: published Tuesday 4th gives Wed, Thu, Fri, Mon, Tue.
        #expect(england.clearDays(from: Self.date("2025-03-04"), to: Self.date("2025-03-12")) == 5)
        #expect(england.clearDays(from: Self.date("2025-03-05"), to: Self.date("2025-03-12")) == 4)
        #expect(england.clearDays(from: Self.date("2025-03-12"), to: Self.date("2025-03-12")) == 0)
        #expect(england.lastPublicationDay(for: Self.date("2025-03-12")) == Self.date("2025-03-04"))
        // Easter 2025: Good Friday 18 and Easter Monday 21 April do not count.
        #expect(england.clearDays(from: Self.date("2025-04-16"), to: Self.date("2025-04-24")) == 3)
        #expect(england.lastPublicationDay(for: Self.date("2025-04-24")) == Self.date("2025-04-14"))
        #expect(NoticeRules.standard(.wales).lastPublicationDay(for: Self.date("2025-04-24")) == Self.date("2025-04-16"))
        let everyDay = NoticeRules(clearDays: 5, excluded: [])
        #expect(everyDay.clearDays(from: Self.date("2025-04-16"), to: Self.date("2025-04-24")) == 7)
        let local = NoticeRules(clearDays: 5, extraBankHolidays: [Self.date("2031-01-02")])
        // boardpack does not know 2031: only the day the project added is left out.
        #expect(local.clearDays(from: Self.date("2030-12-31"), to: Self.date("2031-01-08")) == 4)
    }

    @Test func shortNoticeIsAWarningAtPublishedGivingCountAndRequirement() throws {
        let root = try Self.project(meeting: Self.meeting(published: "2025-03-10"), site: Self.site("jurisdiction: wales"))
        defer { try? FileManager.default.removeItem(at: root) }
        let problems = try Self.problems(root)
        #expect(problems.count == 1)
        let warning = try #require(problems.first)
        #expect(warning.severity == .warning)
        #expect((warning.line, warning.column) == (3, 12))
        #expect(warning.message.hasPrefix(
            "published 1 clear day before the meeting; Wales requires 3 clear days, not counting Saturdays, Sundays and bank holidays."))
        #expect(warning.message.contains("The last day to publish it was Thursday 6 March 2025."))
        #expect(try Self.problems(root, strict: true).first?.severity == .error)
        // England asks for 5: enough notice in Wales is short in England.
        try Self.meeting(published: "2025-03-06").write(
            to: root.appendingPathComponent("content/meetings/sscb-2025-03-12.yaml"), atomically: true, encoding: .utf8)
        #expect(try Self.problems(root).isEmpty)
        try Self.site("").write(to: root.appendingPathComponent("content/site.yaml"), atomically: true, encoding: .utf8)
        #expect(try Self.problems(root).map(\.message).first?.hasPrefix("published 3 clear days before the meeting; England requires 5") == true)
    }

    @Test func aMeetingOfUrgentItemsOnlyIsLeftOutOfTheCheck() throws {
        let root = try Self.project(meeting: Self.meeting(published: "2025-03-11", urgent: true))
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.problems(root).isEmpty)
    }

    @Test func aFutureMeetingWithoutPublishedGetsANoteThatNeverFails() throws {
        let root = try Self.project(meeting: Self.meeting(published: nil))
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = try Self.problems(root, strict: true, today: "2025-03-01")
        #expect(notes.map(\.severity) == [.note])
        #expect(notes.map { [$0.line, $0.column] } == [[2, 7]])
        #expect(notes.first?.message.hasPrefix("the last day to publish this meeting's agenda is Tuesday 4 March 2025 (England requires 5 clear days") == true)
        #expect(try Self.problems(root, today: "2025-03-07").first?.message.contains("was Tuesday 4 March 2025, which has passed") == true)
        #expect(try Self.problems(root, today: "2025-03-12").isEmpty, "the meeting is not in the future")
        #expect(DiagnosticFormat.text.format(notes[0]).contains(":2:7: note: "))
        // A note is not a build's problem: the build succeeds and does not print it.
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed && !report.diagnostics.contains { $0.severity == .note })
    }

    @Test func siteYAMLChangesTheDaysAndWhatIsLeftOut() throws {
        let extra = "notice:\n  clear-days: 2\n  exclude: [sunday]\nbank-holidays: [2031-01-02]"
        let (site, problems) = SiteValidator.validate(SourceFile(path: "content/site.yaml", text: Self.site(extra)))
        #expect(problems.isEmpty)
        #expect(site?.notice.clearDays == 2)
        #expect(site?.notice.excluded == [.weekday(.sunday)])
        #expect(site?.notice.isBankHoliday(Self.date("2031-01-02")) == true)
        let root = try Self.project(meeting: Self.meeting(published: "2025-03-10"), site: Self.site(extra))
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.problems(root).first?.message.hasPrefix(
            "published 1 clear day before the meeting; site.yaml's notice asks for 2 clear days, not counting Sundays.") == true)
    }

    @Test func wrongNoticeSettingsAreLocatedErrorsWithSuggestions() throws {
        let text = Self.site("jurisdiction: walse\nnotice:\n  clear-days: many\n  exclude: [saturday, sundya, bank-holiday]\n  clear: 3\nbank-holidays: [2031-13-01]")
        let (_, problems) = SiteValidator.validate(SourceFile(path: "content/site.yaml", text: text))
        let shown = problems.map { "\($0.line):\($0.column) \($0.severity.rawValue): \($0.message)" }
        #expect(shown.contains { $0.hasPrefix("12:15 error: 'jurisdiction' must be one of england, wales (found \"walse\")") && $0.contains("did you mean 'wales'") })
        #expect(shown.contains { $0.hasPrefix("14:15 error: 'clear-days' must be a whole number from 0 to 60") })
        #expect(shown.contains { $0.hasPrefix("15:23 error: 'sundya' is not a kind of day") && $0.contains("did you mean 'sunday'") })
        #expect(shown.contains { $0.hasPrefix("15:31 error: 'bank-holiday' is not a kind of day") && $0.contains("did you mean 'bank-holidays'") })
        #expect(shown.contains { $0.hasPrefix("16:3 warning: unknown field 'clear' in notice") })
        #expect(shown.contains { $0.hasPrefix("17:17 error: each entry of 'bank-holidays' is a date written YYYY-MM-DD") })
    }

    @Test func aYearWhoseBankHolidaysNobodyGaveIsAWarning() throws {
        let meeting = Self.meeting(published: "2031-03-04").replacingOccurrences(of: "date: 2025-03-12", with: "date: 2031-03-12")
        let root = try Self.project(meeting: meeting)
        defer { try? FileManager.default.removeItem(at: root) }
        // (The paper's own date, 2025, is another warning, at its agenda line.)
        let problems = try Self.problems(root).filter { $0.line == 3 }
        #expect(problems.map { "\($0.line):\($0.column)" } == ["3:12"])
        #expect(problems.first?.message.hasPrefix("boardpack knows the bank holidays of 2015 to 2030 only: add those of 2031 to 'bank-holidays'") == true)
        try Self.site("bank-holidays: [2031-01-01]").write(to: root.appendingPathComponent("content/site.yaml"), atomically: true, encoding: .utf8)
        #expect(try Self.problems(root).filter { $0.line == 3 }.isEmpty)
    }

    @Test func aLateSupplementIsAWarningUnlessItsItemsAreUrgent() throws {
        let meeting = """
            board: sscb
            date: 2025-03-12
            published: 2025-03-04
            items:
              - paper: budget
                to-follow: true
            supplements:
              - published: 2025-03-10
                papers: [budget]
            """
        let root = try Self.project(meeting: meeting)
        defer { try? FileManager.default.removeItem(at: root) }
        let problems = try Self.problems(root)
        #expect(problems.map { "\($0.line):\($0.column) \($0.severity.rawValue)" } == ["8:16 warning"])
        #expect(problems.first?.message.hasPrefix(
            "supplementary agenda 1 was published 1 clear day before the meeting; England requires 5 clear days") == true)
        try meeting.replacingOccurrences(of: "to-follow: true", with: "to-follow: true\n    urgent: \"the figures came late\"")
            .write(to: root.appendingPathComponent("content/meetings/sscb-2025-03-12.yaml"), atomically: true, encoding: .utf8)
        #expect(try Self.problems(root).isEmpty)
    }
}
