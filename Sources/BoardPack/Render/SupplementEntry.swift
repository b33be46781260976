/// A supplementary agenda as an entry of `feed.xml`: subscribers learn that papers to follow have
/// been issued. Titles only, so an exempt paper shows no more than on the agenda.
struct SupplementEntry {
    var date: CalendarDate
    var title: String
    var route: Route
    var summary: String
    /// What another language's feed names it by: the supplement's number, the meeting's board and date.
    var number: Int
    var board: String
    var meetingDate: CalendarDate
    /// The papers it issues: each one's agenda number and title, in the main language.
    var items: [(number: Int, title: String)]

    /// Every meeting's supplements, newest first.
    static func all(_ meetings: [Meeting], site: Site, papers: [PaperListing]) -> [SupplementEntry] {
        let titles = Dictionary(papers.map { ($0.slug, $0.title) }) { first, _ in first }
        let entries = meetings.flatMap { meeting in
            meeting.supplements.map { supplement in
                let items = supplement.papers.compactMap { slug -> (number: Int, title: String)? in
                    guard let item = meeting.items.first(where: { $0.paper?.value == slug.value }) else { return nil }
                    return (item.number, item.title ?? titles[slug.value] ?? slug.value)
                }
                return SupplementEntry(
                    date: supplement.published.value,
                    title: "\(supplement.title): \(AgendaPlace.meetingTitle(meeting, site: site))",
                    route: .pack(supplement.packID(meeting: meeting.id)),
                    summary: "Issues the papers to follow: " + items.map { "item \($0.number), \($0.title)" }.joined(separator: "; ") + ".",
                    number: supplement.number, board: meeting.board, meetingDate: meeting.date, items: items)
            }
        }
        return entries.sorted { ($0.date, $1.route.path) > ($1.date, $0.route.path) }
    }

    func lines(_ site: Site) -> [String] {
        let url = XMLText.escaped(site.link(to: route))
        let stamp = AtomFeed.timestamp(date)
        return [
            "  <entry>",
            "    <title>\(XMLText.escaped(title))</title>",
            "    <id>\(url)</id>",
            #"    <link rel="alternate" type="text/html" href="\#(url)"/>"#,
            "    <published>\(stamp)</published>",
            "    <updated>\(stamp)</updated>",
            #"    <summary type="text">\#(XMLText.escaped(summary))</summary>"#,
            "  </entry>",
        ]
    }
}
