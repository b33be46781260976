import Mustache

/// The view model of the site's front page.
public struct IndexPageView: PageView {
    var base: PageBase
    var boards: [BoardView]
    var briefingPacks: Named<TitleLink>?

    public init(for index: SiteIndex, site: Site, audience: Audience) {
        base = PageBase(site: site, depth: 0, confidential: audience == .members)
        boards = index.boards.map(BoardView.init)
        if !index.briefingPacks.isEmpty {
            briefingPacks = Named("items", index.briefingPacks.map { TitleLink(title: $0.title, url: Route.pack($0.id).relative(from: .home)) })
        }
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

        func child(named name: String) -> Any? {
            switch name {
            case "id": entry.board.id
            case "name": entry.board.name
            case "meetings":
                entry.meetings.isEmpty ? nil : Named("items", entry.meetings.map { MeetingEntry(meeting: $0, boardName: entry.board.name) })
            case "papers": entry.papers.isEmpty ? nil : Named("items", entry.papers.map(PaperEntry.init))
            default: nil
            }
        }
    }

    struct MeetingEntry: MustacheParent {
        var meeting: Meeting
        var boardName: String

        var url: String { Route.meeting(meeting.id).relative(from: .home) }
        var packURL: String { Route.pack(meeting.id).relative(from: .home) }

        func child(named name: String) -> Any? {
            switch name {
            case "title": "\(boardName), \(meeting.date.long)"
            case "url": url
            case "packURL": packURL
            case "dateISO": meeting.date.description
            case "dateLong": meeting.date.long
            case "venue": meeting.venue
            case "html":
                "<li>\n<a href=\"\(HTMLText.escaped(url))\">\(HTMLText.escaped("\(boardName), \(meeting.date.long)"))</a>\n"
                    + "<span class=\"paper-meta\"><time datetime=\"\(meeting.date)\">\(HTMLText.escaped(meeting.date.long))</time>"
                    + (meeting.venue.map { ". " + HTMLText.escaped($0) } ?? "")
                    + ". <a href=\"\(HTMLText.escaped(packURL))\">Meeting pack</a></span>\n</li>"
            default: nil
            }
        }
    }

    struct PaperEntry: MustacheParent {
        var paper: PaperListing

        var url: String { paper.route.relative(from: .home) }

        func child(named name: String) -> Any? {
            switch name {
            case "title": paper.title
            case "url": url
            case "dateISO": paper.date.description
            case "dateLong": paper.date.long
            case "purpose": paper.purpose.frontSheetText
            case "exempt": paper.exempt != nil
            case "html":
                "<li>\n<a href=\"\(HTMLText.escaped(url))\">\(HTMLText.escaped(paper.title))</a>\n"
                    + "<span class=\"paper-meta\"><time datetime=\"\(paper.date)\">\(HTMLText.escaped(paper.date.long))</time>. "
                    + HTMLText.escaped(paper.purpose.frontSheetText) + (paper.exempt != nil ? " Exempt." : "") + "</span>\n</li>"
            default: nil
            }
        }
    }
}
