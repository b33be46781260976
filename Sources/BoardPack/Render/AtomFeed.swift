/// `feed.xml`: the newest papers as an Atom 1.0 feed (RFC 4287), with absolute links.
public enum AtomFeed {
    /// Feed readers keep what they have seen; a longer feed only makes every poll heavier.
    static let entryLimit = 50

    /// `meetings`: each supplementary agenda they issued is an entry too, among the papers by date.
    public static func xml(site: Site, papers: [PaperListing], meetings: [Meeting] = []) -> String {
        let supplements = SupplementEntry.all(meetings, site: site, papers: papers)
        let newest = papers.sorted(by: PaperListing.newestFirst)
        var merged: [(date: CalendarDate, lines: () -> [String])] = []
        var waiting = supplements[...]
        for paper in newest {
            while let next = waiting.first, paper.date < next.date {
                merged.append((next.date, { next.lines(site) }))
                waiting = waiting.dropFirst()
            }
            merged.append((paper.date, { entry(paper, site: site) }))
        }
        merged += waiting.map { next in (next.date, { next.lines(site) }) }
        let entries = merged.prefix(entryLimit)
        // The newest entry dates the feed, so that the same content always gives the same bytes.
        let updated = entries.first.map { timestamp($0.date) } ?? "2000-01-01T00:00:00Z"
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(XMLText.escaped(site.language))">"#,
            "  <title>\(XMLText.escaped(site.title))</title>",
            "  <id>\(XMLText.escaped(site.baseURL))</id>",
            #"  <link rel="alternate" type="text/html" href="\#(XMLText.escaped(site.baseURL))"/>"#,
            #"  <link rel="self" type="application/atom+xml" href="\#(XMLText.escaped(site.link(to: .feed)))"/>"#,
            "  <updated>\(updated)</updated>",
            "  <author><name>\(XMLText.escaped(site.organisation))</name></author>",
            "  <generator>boardpack</generator>",
        ]
        for entry in entries {
            lines += entry.lines()
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func entry(_ paper: PaperListing, site: Site) -> [String] {
        let url = XMLText.escaped(site.link(to: paper.route))
        let date = timestamp(paper.date)
        var lines = [
            "  <entry>",
            "    <title>\(XMLText.escaped(paper.title))</title>",
            "    <id>\(url)</id>",
            #"    <link rel="alternate" type="text/html" href="\#(url)"/>"#,
            "    <published>\(date)</published>",
            "    <updated>\(date)</updated>",
        ]
        // An exempt paper is public only as its title and the notice: no tags, no summary.
        if let exempt = paper.exempt {
            let text = exempt.plainText(publicInterestLabel: site.wording.publicInterestLabel)
            lines.append(#"    <summary type="text">\#(XMLText.escaped(text))</summary>"#)
        } else {
            lines += paper.tags.map { #"    <category term="\#(XMLText.escaped($0))"/>"# }
            lines.append(#"    <summary type="text">\#(XMLText.escaped(PaperListing.plainSummary(paper.summary)))</summary>"#)
        }
        lines.append("  </entry>")
        return lines
    }

    /// RFC 3339 at midnight UTC: papers carry a day, not a time.
    static func timestamp(_ date: CalendarDate) -> String { "\(date)T00:00:00Z" }
}

extension PaperListing {
    /// The summary as one line: YAML's folded and literal blocks leave line breaks and a trailing newline.
    static func plainSummary(_ summary: String) -> String {
        var result = ""
        result.reserveCapacity(summary.utf8.count)
        var pendingSpace = false
        for scalar in summary.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                result.unicodeScalars.append(scalar)
                pendingSpace = false
            }
        }
        return result
    }
}
