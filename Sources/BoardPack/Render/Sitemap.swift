import Foundation

/// `sitemap.xml` (sitemaps.org 0.9): every public page by absolute address, papers and meetings dated.
public enum Sitemap {
    private struct Entry {
        var loc: String
        var lastmod: CalendarDate?
    }

    public static func xml(site: Site, papers: [PaperListing], meetings: [Meeting], packIDs: [String]) -> String {
        var entries = [Route.home, .search].map { Entry(loc: site.link(to: $0), lastmod: nil) }
        entries += papers.map { Entry(loc: site.link(to: $0.route), lastmod: $0.date) }
        entries += meetings.map { Entry(loc: site.link(to: .meeting($0.id)), lastmod: $0.date) }
        entries += packIDs.map { Entry(loc: site.link(to: .pack($0)), lastmod: nil) }
        // By address, so the file only changes where the site does; the root sorts first.
        var seen = Set<String>()
        let sorted = entries.sorted { ($0.loc, $0.lastmod?.description ?? "") < ($1.loc, $1.lastmod?.description ?? "") }
        let unique = sorted.filter { seen.insert($0.loc).inserted }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#,
        ]
        for entry in unique {
            var line = "  <url><loc>\(XMLText.escaped(entry.loc))</loc>"
            if let lastmod = entry.lastmod { line += "<lastmod>\(lastmod)</lastmod>" }
            lines.append(line + "</url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}
