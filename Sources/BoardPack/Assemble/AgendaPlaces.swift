/// Where a paper was considered: each meeting whose agenda holds it, and at which item. A paper
/// may go to several meetings (committee, then cabinet); its page lists them, oldest first.
public struct AgendaPlace: Sendable, Hashable {
    public var meetingID: String
    /// "Communities Scrutiny Committee, 12 March 2025": the meeting page's own title.
    public var meetingTitle: String
    public var date: CalendarDate
    public var item: Int

    /// "Communities Scrutiny Committee, 12 March 2025, item 5".
    public var text: String { "\(meetingTitle), item \(item)" }

    /// Every paper's places, by slug.
    public static func index(_ meetings: [Meeting], site: Site) -> [String: [AgendaPlace]] {
        var places: [String: [AgendaPlace]] = [:]
        for meeting in meetings {
            let title = meetingTitle(meeting, site: site)
            for item in meeting.items {
                guard let slug = item.paper?.value else { continue }
                places[slug, default: []].append(AgendaPlace(meetingID: meeting.id, meetingTitle: title, date: meeting.date, item: item.number))
            }
        }
        return places.mapValues { $0.sorted { ($0.date, $0.meetingID, $0.item) < ($1.date, $1.meetingID, $1.item) } }
    }

    /// A meeting's name wherever it is shown: its board's name and its date.
    public static func meetingTitle(_ meeting: Meeting, site: Site) -> String {
        "\(site.boardName(meeting.board)), \(meeting.date.long)"
    }
}
