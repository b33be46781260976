import Foundation

/// Meetings as an iCalendar file (RFC 5545), for subscribing from a calendar application: one for the
/// whole site, or one board's.
public enum MeetingCalendar {
    /// Meetings are held in the UK; a time in meetings/<id>.yaml is the time there.
    static let timeZone = "Europe/London"
    /// Meetings give a start time only; two hours is what a board meeting is usually booked for.
    static let hoursLong = 2

    public static func ics(site: Site, meetings: [Meeting], agendaTitles: [String: [String]], board: String? = nil) -> String {
        let chosen = meetings.filter { board == nil || $0.board == board }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let name = board.map { "\(boardName($0, site: site)) meetings" } ?? site.title
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//boardpack//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escaped(name),
        ]
        if chosen.contains(where: { Meeting.clockTime($0.time) != nil }) { lines += londonTimeZone }
        let host = URLComponents(string: site.baseURL)?.host.flatMap { $0.isEmpty ? nil : $0 } ?? "boardpack"
        for meeting in chosen {
            lines += event(meeting, site: site, host: host, agenda: agendaTitles[meeting.id] ?? [])
        }
        lines.append("END:VCALENDAR")
        return lines.map(folded).joined(separator: "\r\n") + "\r\n"
    }

    private static func event(_ meeting: Meeting, site: Site, host: String, agenda: [String]) -> [String] {
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + escaped("\(meeting.id)@\(host)"),
            // The meeting's own date, not the clock: the same content gives the same file.
            "DTSTAMP:\(basic(meeting.date))T000000Z",
        ]
        // Each supplementary agenda revises the event, so calendars that hold it take the new agenda.
        if !meeting.supplements.isEmpty { lines.append("SEQUENCE:\(meeting.supplements.count)") }
        if let (hour, minute) = Meeting.clockTime(meeting.time) {
            let endHour = hour + hoursLong
            let endDate = endHour >= 24 ? meeting.date.next : meeting.date
            lines.append("DTSTART;TZID=\(timeZone):\(basic(meeting.date))T\(two(hour))\(two(minute))00")
            lines.append("DTEND;TZID=\(timeZone):\(basic(endDate))T\(two(endHour % 24))\(two(minute))00")
        } else {
            // An all-day event ends, exclusively, on the next day.
            lines.append("DTSTART;VALUE=DATE:\(basic(meeting.date))")
            lines.append("DTEND;VALUE=DATE:\(basic(meeting.date.next))")
        }
        lines.append("SUMMARY:" + escaped("\(boardName(meeting.board, site: site)) meeting"))
        if let venue = meeting.venue, !venue.isEmpty { lines.append("LOCATION:" + escaped(venue)) }
        lines.append("URL:" + uri(site.link(to: .meeting(meeting.id))))
        if !agenda.isEmpty {
            let items = agenda.enumerated().map { "\($0.offset + 1). \($0.element)" }
            let issued = meeting.supplements.map { "\($0.title) issued \($0.published.value.long)." }
            lines.append("DESCRIPTION:" + escaped((["Agenda:"] + items + issued).joined(separator: "\n")))
        }
        lines.append("END:VEVENT")
        return lines
    }

    /// Europe/London as calendar applications export it: GMT, and BST from the last Sunday of March
    /// at 01:00 to the last Sunday of October at 02:00.
    static let londonTimeZone = [
        "BEGIN:VTIMEZONE", "TZID:\(timeZone)", "X-LIC-LOCATION:\(timeZone)",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks; other control
    /// characters are not allowed in TEXT, so they go.
    static func escaped(_ text: String) -> String {
        var out = ""
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !afterCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            case let s where s.value < 0x20 || s.value == 0x7F: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A URI value is not TEXT, so it is not escaped; but a control character in it would end the
    /// line and start another property, so any that got this far are dropped.
    static func uri(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
    }

    /// Folds a content line so that no line is longer than 75 octets (RFC 5545 3.1): a break, then a
    /// space that readers drop when they unfold. Breaks fall between scalars, never inside one's UTF-8.
    static func folded(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += width
        }
        return out
    }

    private static func boardName(_ id: String, site: Site) -> String { site.boardName(id) }

    /// `20210609`: the date form iCalendar uses.
    private static func basic(_ date: CalendarDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
