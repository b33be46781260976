import Foundation

/// `sitemap.xml` (sitemaps.org 0.9): every public page by absolute address, papers and meetings dated.
/// A site in more than one language lists each language's version of a page, each with
/// `<xhtml:link rel="alternate" hreflang>` to every version, itself included (Google's form).
public enum Sitemap {
    private struct Entry {
        var loc: String
        var lastmod: CalendarDate?
        /// Every language's version of the page, by hreflang code; empty on a one-language site.
        var alternates: [(code: String, href: String)] = []
    }

    public static func xml(site: Site, papers: [PaperListing], meetings: [Meeting], packIDs: [String]) -> String {
        var pages: [(route: Route, lastmod: CalendarDate?)] = [Route.home, .search].map { ($0, nil) }
        pages += papers.map { ($0.route, $0.date) }
        pages += meetings.map { (.meeting($0.id), $0.date) }
        pages += packIDs.map { (.pack($0), nil) }
        let languages = site.languages.isEmpty ? [Language.en] : site.languages
        let entries = languages.count < 2
            ? pages.map { Entry(loc: site.link(to: $0.route), lastmod: $0.lastmod) }
            : pages.flatMap { page in
                let versions = languages.map { (code: $0.rawValue, href: site.link(to: page.route.version(in: $0, site: site))) }
                return versions.map { Entry(loc: $0.href, lastmod: page.lastmod, alternates: versions) }
            }
        // By address, so the file only changes where the site does; the root sorts first.
        var seen = Set<String>()
        let sorted = entries.sorted { ($0.loc, $0.lastmod?.description ?? "") < ($1.loc, $1.lastmod?.description ?? "") }
        let unique = sorted.filter { seen.insert($0.loc).inserted }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            languages.count < 2
                ? #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#
                : #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"#,
        ]
        for entry in unique {
            var line = "  <url><loc>\(XMLText.escaped(entry.loc))</loc>"
            if let lastmod = entry.lastmod { line += "<lastmod>\(lastmod)</lastmod>" }
            for alternate in entry.alternates {
                line += #"<xhtml:link rel="alternate" hreflang="\#(alternate.code)" href="\#(XMLText.escaped(alternate.href))"/>"#
            }
            lines.append(line + "</url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Route {
    /// This output in `language`, on `site` (whose first language keeps today's addresses).
    func version(in language: Language, site: Site) -> Route { Route(kind, language: language, main: site.mainLanguage) }
}
