import Foundation

/// Meetings as an iCalendar file (RFC 5545), for subscribing from a calendar application: one for the
/// whole site, or one board's.
public enum MeetingCalendar {
    /// Meetings are held in the UK; a time in meetings/<id>.yaml is the time there.
    static let timeZone = "Europe/London"
    /// Meetings give a start time only; two hours is what a board meeting is usually booked for.
    static let hoursLong = 2

    /// Another language's calendars (`cy/meetings.ics` and `cy/meetings/<board>.ics`, by the main
    /// language's routes): the board names, venues, agenda titles and labels that language has;
    /// a summary whose label it lacks stays in the main language, marked so (`LANGUAGE=en`).
    public static func files(site: Site, meetings: [Meeting], papers: [PaperListing], version: OutputLanguage) -> [(route: Route, text: String)] {
        let titles = Dictionary(papers.map { ($0.slug, version.translated[$0.slug]?.title ?? $0.title) }) { first, _ in first }
        let agendas = Dictionary(meetings.map { meeting in
            (meeting.id, meeting.items.map { item in
                item.titles?.text(for: version.language) ?? item.title ?? item.paper.flatMap { titles[$0.value] } ?? item.paper?.value ?? ""
            })
        }) { first, _ in first }
        return [(Route.calendar, ics(site: site, meetings: meetings, agendaTitles: agendas, version: version))]
            + Set(meetings.map(\.board)).sorted().map { board in
                (Route.boardCalendar(board), ics(site: site, meetings: meetings, agendaTitles: agendas, board: board, version: version))
            }
    }

    public static func ics(
        site: Site, meetings: [Meeting], agendaTitles: [String: [String]], board: String? = nil, version: OutputLanguage? = nil
    ) -> String {
        let chosen = meetings.filter { board == nil || $0.board == board }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let words = Words(site: site, version: version)
        let name = board.map { words.label("calendar.board_meetings", board: $0).text } ?? words.title
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//boardpack//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escaped(name),
        ]
        if chosen.contains(where: { Meeting.clockTime($0.time) != nil }) { lines += londonTimeZone }
        let host = URLComponents(string: site.baseURL)?.host.flatMap { $0.isEmpty ? nil : $0 } ?? "boardpack"
        for meeting in chosen {
            lines += event(meeting, site: site, host: host, agenda: agendaTitles[meeting.id] ?? [], words: words)
        }
        lines.append("END:VCALENDAR")
        return lines.map(folded).joined(separator: "\r\n") + "\r\n"
    }

    private static func event(_ meeting: Meeting, site: Site, host: String, agenda: [String], words: Words) -> [String] {
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
        let summary = words.label("calendar.meeting", board: meeting.board)
        lines.append("SUMMARY" + summary.parameter + ":" + escaped(summary.text))
        if let venue = words.venue(meeting), !venue.isEmpty { lines.append("LOCATION:" + escaped(venue)) }
        lines.append("URL:" + uri(site.link(to: words.route(.meeting(meeting.id)))))
        if !agenda.isEmpty {
            let items = agenda.enumerated().map { "\($0.offset + 1). \($0.element)" }
            let issued = meeting.supplements.map { words.issued($0) }
            // A note in words the calendar's language lacks is a comment of its own, marked with its language.
            let inDescription = issued.filter { $0.parameter.isEmpty }.map(\.text)
            lines.append("DESCRIPTION:" + escaped(([words.label("calendar.agenda").text] + items + inDescription).joined(separator: "\n")))
            lines += issued.filter { !$0.parameter.isEmpty }.map { "COMMENT" + $0.parameter + ":" + escaped($0.text) }
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

    /// The words of one language's calendar: today's English for the main language.
    private struct Words {
        var site: Site
        var version: OutputLanguage?

        var title: String { version.map { site.title(in: $0.language) } ?? site.title }

        func board(_ id: String) -> String { version.flatMap { site.board(id)?.name(in: $0.language) } ?? site.boardName(id) }

        func venue(_ meeting: Meeting) -> String? { version.flatMap { meeting.venues?.text(for: $0.language) } ?? meeting.venue }

        func route(_ route: Route) -> Route { version.map { route.version(in: $0.language, site: site) } ?? route }

        /// A label filled in, and the `;LANGUAGE=` parameter that marks it when the language lacks
        /// it: then it is the English text, with the main language's board name.
        func label(_ key: String, board id: String? = nil) -> (text: String, parameter: String) {
            let fill = { (name: String) -> [String: String] in id == nil ? [:] : ["board": name] }
            guard let labels = version?.labels else { return (Labels.english.text(key, fill(id.map(site.boardName) ?? "")), "") }
            guard let lang = labels.lang(key) else { return (labels.text(key, fill(id.map(board) ?? "")), "") }
            // A label a language lacks is given in the words it borrows, with the main language's board name.
            return (labels.text(key, fill(id.map(site.boardName) ?? "")), ";LANGUAGE=\(lang)")
        }

        /// "Supplementary agenda 1 issued 3 March 2025.": in English, marked so (`;LANGUAGE=en`) in
        /// another language's calendar, until the language has the label.
        func issued(_ supplement: Supplement) -> (text: String, parameter: String) {
            let date = supplement.published.value
            let english = "\(supplement.title) issued \(date.long)."
            guard let labels = version?.labels else { return (english, "") }
            if labels.lang("calendar.issued") != nil { return (english, ";LANGUAGE=\(Language.en.rawValue)") }
            let title = labels.text("agenda.supplement", ["number": String(supplement.number)])
            return (labels.text("calendar.issued", ["title": title, "date": DateText.long(date, in: labels.language)]), "")
        }
    }

    /// `20210609`: the date form iCalendar uses.
    private static func basic(_ date: CalendarDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
