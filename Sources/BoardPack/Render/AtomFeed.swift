/// `feed.xml`: the newest papers as an Atom 1.0 feed (RFC 4287), with absolute links. A site in
/// more than one language has one feed a language (`cy/feed.xml`), linking that language's pages.
public enum AtomFeed {
    /// Feed readers keep what they have seen; a longer feed only makes every poll heavier.
    static let entryLimit = 50

    /// `meetings`: each supplementary agenda they issued is an entry too, among the papers by date.
    /// `version`: another language than the site's main one; nil is the main language's feed.
    /// `labels`: the main language's, for a main language other than English (a Welsh-first site),
    /// whose feed gives its supplements and exempt notices in its labels' words.
    public static func xml(
        site: Site, papers: [PaperListing], meetings: [Meeting] = [], version: OutputLanguage? = nil, labels: Labels? = nil
    ) -> String {
        let version = version.flatMap { $0.language == site.mainLanguage ? nil : $0 }
        let words = version?.labels ?? labels.flatMap { $0.language == .en ? nil : $0 }
        let supplements = SupplementEntry.all(meetings, site: site, papers: papers)
        let newest = PaperListing.sortedNewestFirst(papers)
        var merged: [(date: CalendarDate, lines: () -> [String])] = []
        var waiting = supplements[...]
        for paper in newest {
            while let next = waiting.first, paper.date < next.date {
                merged.append((next.date, { supplementLines(next, site: site, version: version, labels: words) }))
                waiting = waiting.dropFirst()
            }
            merged.append((paper.date, { entry(paper, site: site, version: version, labels: words) }))
        }
        merged += waiting.map { next in (next.date, { supplementLines(next, site: site, version: version, labels: words) }) }
        let entries = merged.prefix(entryLimit)
        // The newest entry dates the feed, so that the same content always gives the same bytes.
        let updated = entries.first.map { timestamp($0.date) } ?? "2000-01-01T00:00:00Z"
        let language = version?.language
        let home = language.map { site.link(to: Route.home.version(in: $0, site: site)) } ?? site.baseURL
        let feed = language.map { Route.feed.version(in: $0, site: site) } ?? .feed
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(XMLText.escaped(language?.rawValue ?? site.language))">"#,
            "  <title>\(XMLText.escaped(language.map(site.title(in:)) ?? site.title))</title>",
            "  <id>\(XMLText.escaped(home))</id>",
            #"  <link rel="alternate" type="text/html" href="\#(XMLText.escaped(home))"/>"#,
            #"  <link rel="self" type="application/atom+xml" href="\#(XMLText.escaped(site.link(to: feed)))"/>"#,
            "  <updated>\(updated)</updated>",
            "  <author><name>\(XMLText.escaped(language.map(site.organisation(in:)) ?? site.organisation))</name></author>",
            "  <generator>boardpack</generator>",
        ]
        for entry in entries {
            lines += entry.lines()
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A paper's entry. In another language's feed it links that language's page; a paper with no
    /// version in that language keeps its main-language title and summary, marked with their
    /// language (`xml:lang`) so that a reader's screen reader switches voice.
    private static func entry(_ paper: PaperListing, site: Site, version: OutputLanguage?, labels: Labels?) -> [String] {
        let shown = version.flatMap { $0.translated[paper.slug] } ?? paper
        let route = version.map { paper.route.version(in: $0.language, site: site) } ?? paper.route
        let untranslated = version != nil && version?.translated[paper.slug] == nil ? mainLanguageMark(site) : ""
        let url = XMLText.escaped(site.link(to: route))
        let date = timestamp(paper.date)
        var lines = [
            "  <entry>",
            "    <title\(untranslated)>\(XMLText.escaped(shown.title))</title>",
            "    <id>\(url)</id>",
            #"    <link rel="alternate" type="text/html" href="\#(url)"/>"#,
            "    <published>\(date)</published>",
            "    <updated>\(date)</updated>",
        ]
        // An exempt paper is public only as its title and the notice: no tags, no summary.
        if let exempt = paper.exempt, let labels {
            // In the feed's language where its labels give the words, each run marked with its own.
            lines.append(exempt.mixed(site: site, labels: labels).atomSummary(in: labels.language))
        } else if let exempt = paper.exempt {
            let text = exempt.plainText(publicInterestLabel: site.wording.publicInterestLabel)
            // The notice is the main language's wording (`site.yaml`'s `wording:`) in every feed.
            let mark = version == nil ? "" : mainLanguageMark(site)
            lines.append(#"    <summary type="text"\#(mark)>\#(XMLText.escaped(text))</summary>"#)
        } else {
            lines += shown.tags.map { #"    <category term="\#(XMLText.escaped($0))"/>"# }
            lines.append(#"    <summary type="text"\#(untranslated)>\#(XMLText.escaped(PaperListing.plainSummary(shown.summary)))</summary>"#)
        }
        lines.append("  </entry>")
        return lines
    }

    /// A supplementary agenda's entry, linking that language's pack in another language's feed.
    /// In a feed in `labels`' language (another language's, or a Welsh-first site's own), its title
    /// is in that language's words where its labels have "Supplementary agenda {number}" ("Rhaglen
    /// atodol 1: Cabinet, 25 Mawrth 2025"), else the main language's title, marked so. Its summary's
    /// words are the labels' (with no Welsh in the glossary yet: English, marked so), around the
    /// items' titles in the main language.
    private static func supplementLines(_ supplement: SupplementEntry, site: Site, version: OutputLanguage?, labels: Labels?) -> [String] {
        guard let labels else { return supplement.lines(site) }
        let language = labels.language, main = site.mainLanguage
        var localised = supplement
        if let version { localised.route = supplement.route.version(in: version.language, site: site) }
        // The title the entry has without the labels is English ("Supplementary agenda 1: …").
        var titleMark = language == .en ? "" : #" xml:lang="\#(Language.en.rawValue)""#
        if labels.lang("agenda.supplement") == nil {
            let board = site.board(supplement.board)?.name(in: language) ?? site.boardName(supplement.board)
            localised.title = labels.text("agenda.supplement", ["number": String(supplement.number)])
                + ": \(board), \(DateText.long(supplement.meetingDate, in: language))"
            titleMark = ""
        }
        let items = supplement.items.map { item in
            labels.mixed("feed.supplement_item", ["number": MixedText(String(item.number), language), "title": MixedText(item.title, main)])
        }
        let summary = labels.mixed("feed.supplement_summary", ["items": MixedText.joined(items, separator: "; ", in: language)])
        return localised.lines(site).map { line in
            if line.hasPrefix(#"    <summary type="text">"#) { return summary.atomSummary(in: language) }
            return line.replacingOccurrences(of: "<title>", with: "<title\(titleMark)>")
        }
    }

    /// ` xml:lang="en"`: text in the site's main language inside another language's feed.
    private static func mainLanguageMark(_ site: Site) -> String { #" xml:lang="\#(site.mainLanguage.rawValue)""# }

    /// RFC 3339 at midnight UTC: papers carry a day, not a time.
    static func timestamp(_ date: CalendarDate) -> String { "\(date)T00:00:00Z" }
}

extension PaperListing {
    /// `papers` sorted by `newestFirst`, as `sorted(by:)` gives them (both sorts are stable): the
    /// positions are sorted rather than the listings, each a dozen references to retain as it moves.
    static func sortedNewestFirst(_ papers: [PaperListing]) -> [PaperListing] {
        papers.indices.sorted { newestFirst(papers[$0], papers[$1]) }.map { papers[$0] }
    }

    /// The summary as one line: YAML's folded and literal blocks leave line breaks and a trailing
    /// newline. Every run of whitespace (Unicode's White_Space) becomes one space; none is kept at
    /// either end. Done on the bytes: only a byte that may start a non-ASCII space is decoded.
    static func plainSummary(_ summary: String) -> String {
        var copy = summary
        return copy.withUTF8 { bytes in
            guard needsCollapsing(bytes) else { return summary }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let length = UTF8Scan.length(of: bytes[index])
                    if UTF8Scan.isWhitespace(bytes, at: index) {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace {
                            out[count] = 0x20
                            count += 1
                            pendingSpace = false
                        }
                        for offset in 0..<min(length, bytes.count - index) { out[count + offset] = bytes[index + offset] }
                        count += min(length, bytes.count - index)
                    }
                    index += length
                }
                return count
            }
        }
    }

    /// Whether the summary is not already one line with single spaces (most are, or nearly).
    private static func needsCollapsing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 {
                if previousSpace { return true }
                previousSpace = true
            } else if byte < 0x80 ? UTF8Scan.isASCIIWhitespace(byte) : UTF8Scan.isWhitespace(bytes, at: index) {
                return true
            } else {
                previousSpace = false
            }
            index += byte < 0x80 ? 1 : UTF8Scan.length(of: byte)
        }
        return previousSpace && !bytes.isEmpty
    }
}

/// Which language a list of the site's papers is made for, when it is not the main one (issue 13):
/// its pages' addresses, its labels, and the papers written in it.
public struct OutputLanguage: Sendable {
    public var language: Language
    /// The listing of each paper's version in `language`, by slug; a paper without one is listed
    /// in the main language's words.
    public var translated: [String: PaperListing]
    /// `language`'s labels, with the project's `labels.<lang>.yaml` on top.
    public var labels: Labels

    public init(_ language: Language, translated: [String: PaperListing] = [:], labels: Labels? = nil) {
        self.language = language
        self.translated = translated
        self.labels = labels ?? Labels(language)
    }
}
