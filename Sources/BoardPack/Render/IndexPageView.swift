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
            briefingPacks = Named("items", index.briefingPacks.map { TitleLink(title: $0.title, url: "packs/\($0.id).html") })
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

        func child(named name: String) -> Any? {
            switch name {
            case "title": "\(boardName), \(meeting.date.long)"
            case "url": "meetings/\(meeting.id)/index.html"
            case "packURL": "packs/\(meeting.id).html"
            case "dateISO": meeting.date.description
            case "dateLong": meeting.date.long
            case "venue": meeting.venue
            case "html":
                "<li>\n<a href=\"\(HTMLText.escaped("meetings/\(meeting.id)/index.html"))\">\(HTMLText.escaped("\(boardName), \(meeting.date.long)"))</a>\n"
                    + "<span class=\"paper-meta\"><time datetime=\"\(meeting.date)\">\(HTMLText.escaped(meeting.date.long))</time>"
                    + (meeting.venue.map { ". " + HTMLText.escaped($0) } ?? "")
                    + ". <a href=\"\(HTMLText.escaped("packs/\(meeting.id).html"))\">Meeting pack</a></span>\n</li>"
            default: nil
            }
        }
    }

    struct PaperEntry: MustacheParent {
        var paper: PaperListing

        func child(named name: String) -> Any? {
            switch name {
            case "title": paper.title
            case "url": paper.path
            case "dateISO": paper.date.description
            case "dateLong": paper.date.long
            case "purpose": paper.purpose.frontSheetText
            case "exempt": paper.exempt != nil
            case "html":
                "<li>\n<a href=\"\(HTMLText.escaped(paper.path))\">\(HTMLText.escaped(paper.title))</a>\n"
                    + "<span class=\"paper-meta\"><time datetime=\"\(paper.date)\">\(HTMLText.escaped(paper.date.long))</time>. "
                    + HTMLText.escaped(paper.purpose.frontSheetText) + (paper.exempt != nil ? " Exempt." : "") + "</span>\n</li>"
            default: nil
            }
        }
    }
}
