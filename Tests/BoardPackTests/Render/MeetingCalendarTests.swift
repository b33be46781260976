import Foundation
import Testing

@testable import BoardPack

@Suite struct MeetingCalendarTests {
    static let longTitle = "Update on the Independent Adviser’s review of social cohesion, resilience and extremism — "
        + "with a note on the Special Interest Group on Countering Extremism; and next steps"

    static func meetings() throws -> [Meeting] {
        [
            try FeedFixtures.meeting("2021-06-09-sscb", date: "2021-06-09", time: "11:00", venue: "Smith Square, London; Room 1"),
            try FeedFixtures.meeting("2021-12-31-cwb", board: "cwb", date: "2021-12-31"),
            try FeedFixtures.meeting("2021-03-01-sscb", date: "2021-03-01", time: "23:30", venue: "Virtual meeting"),
        ]
    }

    static let agendas = [
        "2021-06-09-sscb": ["Welcome, apologies and declarations of interest", longTitle, "Depot acquisition"],
        "2021-12-31-cwb": ["Minutes of the previous meeting"],
    ]

    static func calendar(board: String? = nil) throws -> String {
        MeetingCalendar.ics(site: Fixtures.site, meetings: try meetings(), agendaTitles: agendas, board: board)
    }

    /// Content lines as a reader sees them: folds undone, CRLF removed.
    static func unfolded(_ ics: String) -> [String] {
        ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func everyLineEndsInCRLFAndIsAtMost75Octets() throws {
        let ics = try Self.calendar()
        let bytes = Array(ics.utf8)
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") { #expect(index > 0 && bytes[index - 1] == UInt8(ascii: "\r")) }
            if byte == UInt8(ascii: "\r") { #expect(index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")) }
        }
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let lines = bytes.split(separator: UInt8(ascii: "\n")).map { $0.dropLast() }
        #expect(lines.allSatisfy { $0.count <= 75 })
        #expect(lines.contains { $0.count == 75 }, "the long description is folded at the limit")
        #expect(lines.allSatisfy { String(validating: $0, as: UTF8.self) != nil }, "a fold split a UTF-8 sequence")
    }

    @Test func foldingNeverSplitsACharacterAndUnfoldsToTheOriginal() {
        for prefix in 0..<4 {
            let line = "DESCRIPTION:" + String(repeating: "x", count: prefix) + String(repeating: "€é", count: 60)
            let folded = MeetingCalendar.folded(line)
            let physical = folded.components(separatedBy: "\r\n")
            #expect(physical.count > 2)
            #expect(physical.allSatisfy { $0.utf8.count <= 75 })
            #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
            #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        }
        #expect(MeetingCalendar.folded(String(repeating: "a", count: 75)) == String(repeating: "a", count: 75))
    }

    @Test func aFoldFallsBeforeAMultiByteCharacterRatherThanInsideIt() throws {
        // "DESCRIPTION:Agenda:\n1. " is 24 octets and 17 euro signs (3 octets each) fill the line to 75;
        // a continuation line holds a space and 24 of them (73 octets), since a 25th would cross octet 75.
        let title = String(repeating: "€", count: 60)
        let ics = MeetingCalendar.ics(
            site: Fixtures.site, meetings: [try FeedFixtures.meeting("m", date: "2021-06-09")], agendaTitles: ["m": [title]])
        let physical = Array(ics.utf8).split(separator: UInt8(ascii: "\n")).map { Array($0.dropLast()) }
        let start = try #require(physical.firstIndex { $0.starts(with: "DESCRIPTION:".utf8) })
        let description = Array(physical[start...].prefix { $0 == physical[start] || $0.first == UInt8(ascii: " ") })
        #expect(description.map(\.count) == [75, 73, 1 + 3 * (60 - 17 - 24)])
        #expect(description.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
        #expect(Self.unfolded(ics).contains("DESCRIPTION:Agenda:\\n1. " + title))
    }

    @Test func aLongAgendaRoundTripsThroughFoldingAndEscaping() throws {
        let lines = Self.unfolded(try Self.calendar())
        let expected = "DESCRIPTION:Agenda:\\n1. Welcome\\, apologies and declarations of interest\\n2. "
            + MeetingCalendar.escaped(Self.longTitle) + "\\n3. Depot acquisition"
        #expect(lines.contains(expected))
        #expect(MeetingCalendar.escaped(#"a\b;c,d"# + "\ne\r\nf") == #"a\\b\;c\,d\ne\nf"#)
        #expect(lines.contains(#"LOCATION:Smith Square\, London\; Room 1"#))
    }

    @Test func timedMeetingsAreInLondonTimeAndOthersAreAllDay() throws {
        let ics = try Self.calendar()
        let lines = Self.unfolded(ics)
        #expect(lines.contains("DTSTART;TZID=Europe/London:20210609T110000"))
        #expect(lines.contains("DTEND;TZID=Europe/London:20210609T130000"))
        #expect(lines.contains("DTSTART;TZID=Europe/London:20210301T233000"))
        #expect(lines.contains("DTEND;TZID=Europe/London:20210302T013000"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20211231"))
        #expect(lines.contains("DTEND;VALUE=DATE:20220101"))
        #expect(lines.filter { $0 == "BEGIN:VTIMEZONE" }.count == 1)
        #expect(lines.contains("TZID:Europe/London"))
        #expect(Array(lines.prefix(5)) == [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//boardpack//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        ])
        #expect(lines.contains("X-WR-CALNAME:Test papers"))
        #expect(lines.filter { $0.hasPrefix("UID:") } == [
            "UID:2021-03-01-sscb@example.org", "UID:2021-06-09-sscb@example.org", "UID:2021-12-31-cwb@example.org",
        ])
        #expect(lines.contains("DTSTAMP:20210609T000000Z"))
        #expect(lines.contains("SUMMARY:Community Wellbeing Board meeting"))
        #expect(lines.contains("URL:https://example.org/briefings/meetings/2021-06-09-sscb/"))
        #expect(try Self.calendar() == ics)
    }

    @Test func aBoardsCalendarHoldsOnlyThatBoardsMeetings() throws {
        let lines = Self.unfolded(try Self.calendar(board: "cwb"))
        #expect(lines.contains("X-WR-CALNAME:Community Wellbeing Board meetings"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
        #expect(lines.contains("UID:2021-12-31-cwb@example.org"))
        #expect(!lines.contains("BEGIN:VTIMEZONE"), "no meeting of this board has a time")
    }

    static let python = ExternalTool.onPath("python3")
    static let icalendarInstalled = python.map { (try? ExternalTool.run($0, ["-c", "import icalendar"]))?.status == 0 } ?? false

    @Test(.enabled(if: icalendarInstalled, "needs Python's icalendar: `pip install icalendar`"))
    func aStandardParserReadsTheCalendar() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-\(UUID().uuidString).ics")
        try Data(try Self.calendar().utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, icalendar
            calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
            events = calendar.walk("VEVENT")
            print(len(events))
            print(json.dumps([[str(e["UID"]), e.decoded("DTSTART").isoformat(), str(e.get("DESCRIPTION", ""))] for e in events]))
            """
        let result = try ExternalTool.run(try #require(Self.python), ["-c", script, file.path])
        #expect(result.status == 0, "\(result.text)")
        let output = result.text.split(separator: "\n")
        #expect(output.first == "3")
        let events = try JSONSerialization.jsonObject(with: Data(try #require(output.last).utf8)) as? [[String]]
        #expect(events?.map { $0[1] } == ["2021-03-01T23:30:00+00:00", "2021-06-09T11:00:00+01:00", "2021-12-31"])
        #expect(events?[1][2] == "Agenda:\n1. Welcome, apologies and declarations of interest\n2. \(Self.longTitle)\n3. Depot acquisition")
    }
}
