import Mustache

/// The view model of the site's front page.
public struct IndexPageView: PageView {
    var base: PageBase
    var boards: [BoardView]
    var briefingPacks: Named<TitleLink>?

    /// `untranslated`: the papers with no version in `language`, listed by their main-language titles.
    public init(
        for index: SiteIndex, site: Site, audience: Audience, language: Language = .en, labels: Labels = .english, untranslated: Set<String> = []
    ) {
        base = PageBase(site: site, depth: 0, confidential: audience == .members)
        let page = Route(.home, language: language, main: site.mainLanguage)
        var words = Words(page: page, labels: labels, main: site.mainLanguage)
        words.untranslated = untranslated
        words.mainCode = site.languageCode(site.mainLanguage)
        boards = index.boards.map { BoardView(entry: $0, words: words) }
        if !index.briefingPacks.isEmpty {
            briefingPacks = Named("items", index.briefingPacks.map { pack in
                TitleLink(title: pack.titles?.text(for: language) ?? pack.title, url: Route.pack(pack.id).within(page).relative(from: page))
            })
        }
    }

    /// The front page's language: its address, labels and dates.
    struct Words {
        var page: Route
        var labels: Labels
        var main: Language
        var untranslated: Set<String> = []
        /// The main language's `lang`: the site's `language:` (en-GB).
        var mainCode = ""
        var language: Language { page.language }

        /// ` lang="en-GB"` for a paper listed by its main-language title, else "".
        func titleLang(_ slug: String) -> String {
            untranslated.contains(slug) ? " lang=\"\(HTMLText.escaped(mainCode))\"" : ""
        }

        func date(_ date: CalendarDate) -> String { DateText.long(date, in: language) }
        func url(_ route: Route) -> String { route.within(page).relative(from: page) }
    }

    public func child(named name: String) -> Any? {
        switch name {
        case "boards": boards
        case "briefingPacks": briefingPacks
        default: base.child(named: name)
        }
    }

    struct BoardView: MustacheParent {
        var entry: SiteIndex.BoardEntries
        var words: Words

        func child(named name: String) -> Any? {
            switch name {
            case "id": entry.board.id
            case "name": entry.board.name
            case "meetings":
                entry.meetings.isEmpty ? nil : Named("items", entry.meetings.map {
                    MeetingEntry(meeting: $0.localized(words.language, main: words.main), boardName: entry.board.name, words: words)
                })
            case "papers": entry.papers.isEmpty ? nil : Named("items", entry.papers.map { PaperEntry(paper: $0, words: words) })
            default: nil
            }
        }
    }

    struct MeetingEntry: MustacheParent {
        var meeting: Meeting
        var boardName: String
        var words: Words

        var url: String { words.url(.meeting(meeting.id)) }
        var packURL: String { words.url(.pack(meeting.id)) }

        func child(named name: String) -> Any? {
            switch name {
            case "title": "\(boardName), \(words.date(meeting.date))"
            case "url": url
            case "packURL": packURL
            case "dateISO": meeting.date.description
            case "dateLong": words.date(meeting.date)
            case "venue": meeting.venue
            case "html":
                "<li>\n<a href=\"\(HTMLText.escaped(url))\">\(HTMLText.escaped("\(boardName), \(words.date(meeting.date))"))</a>\n"
                    + "<span class=\"paper-meta\"><time datetime=\"\(meeting.date)\">\(HTMLText.escaped(words.date(meeting.date)))</time>"
                    + (meeting.venue.map { ". " + HTMLText.escaped($0) } ?? "")
                    + ". <a href=\"\(HTMLText.escaped(packURL))\">\(words.labels.html("pack.kind.meeting", escape: TemplateLabels.escapedText))</a></span>\n</li>"
            default: nil
            }
        }
    }

    struct PaperEntry: MustacheParent {
        var paper: PaperListing
        var words: Words

        var url: String { words.url(paper.route) }
        var purpose: String { words.labels["purpose.\(paper.purpose.rawValue)"] }

        func child(named name: String) -> Any? {
            switch name {
            case "title": paper.title
            case "url": url
            case "dateISO": paper.date.description
            case "dateLong": words.date(paper.date)
            case "purpose": purpose
            case "exempt": paper.exempt != nil
            case "html":
                "<li>\n<a href=\"\(HTMLText.escaped(url))\"\(words.titleLang(paper.slug))>\(HTMLText.escaped(paper.title))</a>\n"
                    + "<span class=\"paper-meta\"><time datetime=\"\(paper.date)\">\(HTMLText.escaped(words.date(paper.date)))</time>. "
                    + HTMLText.escaped(purpose) + (paper.exempt != nil ? " " + words.labels.html("paper.exempt", escape: TemplateLabels.escapedText) : "") + "</span>\n</li>"
            default: nil
            }
        }
    }
}
