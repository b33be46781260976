import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import BoardPack

/// Small listings and meetings for the feed, sitemap, calendar and search tests.
enum FeedFixtures {
    static let secretSummary = "Acquisition of the old depot from Exampletown Holdings for 2.4 million"

    static func listing(
        _ slug: String, title: String? = nil, board: String = "sscb", date: String = "2021-06-09",
        purpose: Purpose = .discussion, summary: String = "A short summary.", tags: [String] = [], exempt: Int? = nil
    ) throws -> PaperListing {
        PaperListing(
            slug: slug, title: title ?? "Paper \(slug)", board: board, date: try #require(CalendarDate(iso: date)),
            purpose: purpose, summary: summary, tags: tags, exempt: exempt.map { Exemption.england($0) })
    }

    static func meeting(
        _ id: String, board: String = "sscb", date: String, time: String? = nil, venue: String? = nil
    ) throws -> Meeting {
        Meeting(
            id: id, sourcePath: "content/meetings/\(id).yaml", board: board, date: try #require(CalendarDate(iso: date)),
            time: time, venue: venue, items: [])
    }

    /// Three papers on two days, one of them exempt, given oldest first.
    static func papers() throws -> [PaperListing] {
        [
            try listing("older", title: "Older paper", date: "2021-03-01", summary: "Old news.", tags: ["cohesion"]),
            try listing(
                "land-deal", title: "Depot acquisition", board: "cwb", date: "2021-06-09", purpose: .decision,
                summary: secretSummary, tags: ["secret-tag"], exempt: 3),
            try listing(
                "cohesion", title: "Social cohesion & resilience", date: "2021-06-09",
                summary: "Sara Khan has recently been appointed\nas the Independent Adviser.\n", tags: ["extremism", "cohesion"]),
        ]
    }

    static func xml(_ text: String) throws -> XMLDocument { try XMLDocument(data: Data(text.utf8), options: []) }

    static func strings(_ document: XMLDocument, _ xpath: String) throws -> [String] {
        try document.nodes(forXPath: xpath).map { $0.stringValue ?? "" }
    }
}

@Suite struct AtomFeedTests {
    @Test func entriesAreNewestFirstWithAbsoluteLinks() throws {
        let feed = try FeedFixtures.xml(AtomFeed.xml(site: Fixtures.site, papers: FeedFixtures.papers()))
        let base = "https://example.org/briefings/"
        #expect(try FeedFixtures.strings(feed, "/*[local-name()='feed']/*[local-name()='title']") == ["Test papers"])
        #expect(try FeedFixtures.strings(feed, "/*/*[local-name()='id']") == [base])
        #expect(try FeedFixtures.strings(feed, "/*/*[local-name()='link']/@href") == [base, base + "feed.xml"])
        #expect(try FeedFixtures.strings(feed, "/*/*[local-name()='updated']") == ["2021-06-09T00:00:00Z"])
        #expect(try FeedFixtures.strings(feed, "/*/*[local-name()='author']/*") == ["Local Government Association"])
        let entries = "//*[local-name()='entry']"
        #expect(try FeedFixtures.strings(feed, entries + "/*[local-name()='title']")
            == ["Depot acquisition", "Social cohesion & resilience", "Older paper"])
        let urls = ["land-deal", "cohesion", "older"].map { base + "papers/\($0)/" }
        #expect(try FeedFixtures.strings(feed, entries + "/*[local-name()='id']") == urls)
        #expect(try FeedFixtures.strings(feed, entries + "/*[local-name()='link'][@rel='alternate']/@href") == urls)
        #expect(try FeedFixtures.strings(feed, entries + "/*[local-name()='published']")
            == ["2021-06-09T00:00:00Z", "2021-06-09T00:00:00Z", "2021-03-01T00:00:00Z"])
        #expect(try FeedFixtures.strings(feed, entries + "[2]/*[local-name()='category']/@term") == ["extremism", "cohesion"])
        #expect(try FeedFixtures.strings(feed, entries + "[2]/*[local-name()='summary'][@type='text']")
            == ["Sara Khan has recently been appointed as the Independent Adviser."])
    }

    @Test func anExemptPaperIsOnlyItsTitleAndTheNotice() throws {
        let text = AtomFeed.xml(site: Fixtures.site, papers: try FeedFixtures.papers())
        let feed = try FeedFixtures.xml(text)
        let entry = "//*[local-name()='entry'][*[local-name()='title']='Depot acquisition']"
        #expect(try FeedFixtures.strings(feed, entry + "/*[local-name()='summary']") == [Exemption.england(3).plainText(publicInterestLabel: "Public interest test:")])
        #expect(try feed.nodes(forXPath: entry + "/*[local-name()='category']").isEmpty)
        #expect(!text.contains(FeedFixtures.secretSummary))
        #expect(!text.contains("secret-tag"))
    }

    @Test func theFeedKeepsTheFiftyNewest() throws {
        // Sixty papers over the 28 days of February 2021, several a day.
        let papers = try (0..<60).map { number in
            let day = number % 28 + 1
            return try FeedFixtures.listing("p\(number)", date: "2021-02-" + (day < 10 ? "0\(day)" : "\(day)"))
        }
        let feed = try FeedFixtures.xml(AtomFeed.xml(site: Fixtures.site, papers: papers))
        let dates = try FeedFixtures.strings(feed, "//*[local-name()='entry']/*[local-name()='updated']")
        #expect(dates.count == 50)
        #expect(dates == dates.sorted(by: >))
        #expect(dates.first == "2021-02-28T00:00:00Z")
        // 1 to 4 February have three papers each: of the 4th's, the first two by title make fifty.
        #expect(dates.last == "2021-02-04T00:00:00Z")
        let titles = try FeedFixtures.strings(feed, "//*[local-name()='entry']/*[local-name()='title']")
        #expect(titles.suffix(2) == ["Paper p3", "Paper p31"])
    }

    @Test func theSamePapersGiveTheSameBytesWhateverTheirOrder() throws {
        let papers = try FeedFixtures.papers()
        let once = AtomFeed.xml(site: Fixtures.site, papers: papers)
        #expect(AtomFeed.xml(site: Fixtures.site, papers: papers.reversed()) == once)
        #expect(AtomFeed.xml(site: Fixtures.site, papers: [papers[1], papers[2], papers[0]]) == once)
    }

    @Test func everythingIsEscapedAndAnEmptyFeedHasAFixedDate() throws {
        let tricky = #"Fees & charges: <draft> "A" and 'B'"#
        let text = AtomFeed.xml(site: Fixtures.site, papers: [try FeedFixtures.listing("fees", title: tricky, tags: ["a&b"])])
        #expect(text.contains("Fees &amp; charges: &lt;draft&gt; &quot;A&quot; and &apos;B&apos;"))
        let feed = try FeedFixtures.xml(text)
        #expect(try FeedFixtures.strings(feed, "//*[local-name()='entry']/*[local-name()='title']") == [tricky])
        #expect(try FeedFixtures.strings(feed, "//*[local-name()='category']/@term") == ["a&b"])

        // Control characters cannot stand in XML at all, so they go rather than break the feed.
        let bellPaper = try FeedFixtures.listing("bell", title: "Ding\u{7}dong")
        let bell = try FeedFixtures.xml(AtomFeed.xml(site: Fixtures.site, papers: [bellPaper]))
        #expect(try FeedFixtures.strings(bell, "//*[local-name()='entry']/*[local-name()='title']") == ["Dingdong"])

        let empty = try FeedFixtures.xml(AtomFeed.xml(site: Fixtures.site, papers: []))
        #expect(try FeedFixtures.strings(empty, "/*/*[local-name()='updated']") == ["2000-01-01T00:00:00Z"])
        #expect(try empty.nodes(forXPath: "//*[local-name()='entry']").isEmpty)
    }
}

@Suite struct SitemapTests {
    @Test func everyPublicPageIsListedByAbsoluteAddress() throws {
        let meetings = [
            try FeedFixtures.meeting("2021-06-09-sscb", date: "2021-06-09"),
            try FeedFixtures.meeting("2021-03-01-cwb", board: "cwb", date: "2021-03-01"),
        ]
        let text = Sitemap.xml(
            site: Fixtures.site, papers: try FeedFixtures.papers(), meetings: meetings, packIDs: ["new-councillors", "2021-06-09-sscb"])
        let sitemap = try FeedFixtures.xml(text)
        let base = "https://example.org/briefings/"
        #expect(try FeedFixtures.strings(sitemap, "//*[local-name()='loc']") == [
            base,
            base + "meetings/2021-03-01-cwb/",
            base + "meetings/2021-06-09-sscb/",
            base + "packs/2021-06-09-sscb.html",
            base + "packs/new-councillors.html",
            base + "papers/cohesion/",
            base + "papers/land-deal/",
            base + "papers/older/",
            base + "search/",
        ])
        let dated = "//*[local-name()='url'][*[local-name()='lastmod']]"
        #expect(try FeedFixtures.strings(sitemap, dated + "/*[local-name()='lastmod']") == [
            "2021-03-01", "2021-06-09", "2021-06-09", "2021-06-09", "2021-03-01",
        ])
        #expect(sitemap.rootElement()?.uri == "http://www.sitemaps.org/schemas/sitemap/0.9")
        #expect(Sitemap.xml(site: Fixtures.site, papers: try FeedFixtures.papers().reversed(), meetings: meetings.reversed(),
            packIDs: ["2021-06-09-sscb", "new-councillors"]) == text)
    }

    @Test func addressesAreEscaped() throws {
        let text = Sitemap.xml(site: Fixtures.site, papers: [try FeedFixtures.listing("a b&c")], meetings: [], packIDs: [])
        #expect(try FeedFixtures.strings(FeedFixtures.xml(text), "//*[local-name()='loc']")
            .contains("https://example.org/briefings/papers/a%20b&c/"))
        #expect(text.contains("papers/a%20b&amp;c/"))
    }
}
