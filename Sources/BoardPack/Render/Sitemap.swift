import Foundation

/// `sitemap.xml` (sitemaps.org 0.9): every public page by absolute address, papers and meetings dated.
public enum Sitemap {
    private struct Entry {
        var loc: String
        var lastmod: CalendarDate?
    }

    public static func xml(site: Site, papers: [PaperListing], meetings: [Meeting], packIDs: [String]) -> String {
        var entries = [Entry(loc: site.link(to: ""), lastmod: nil), Entry(loc: site.link(to: "search/"), lastmod: nil)]
        entries += papers.map { Entry(loc: site.link(to: "papers/\($0.slug)/"), lastmod: $0.date) }
        entries += meetings.map { Entry(loc: site.link(to: "meetings/\($0.id)/"), lastmod: $0.date) }
        entries += packIDs.map { Entry(loc: site.link(to: "packs/\($0).html"), lastmod: nil) }
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

extension Site {
    /// The absolute address of a path inside the site, for outputs read away from it (feed, sitemap,
    /// calendar). Slugs are file names, so they may hold characters a URL must escape.
    func link(to path: String) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        return base + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
    }
}
