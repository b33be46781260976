import Foundation
import Testing

@testable import BoardPack

/// site.yaml: a base address that can only be a plain absolute http(s) address, and boards read in
/// time proportional to how many there are.
@Suite struct SiteValidatorTests {
    static func site(baseURL line: String) -> (Site?, [Diagnostic]) {
        let text = Fixtures.siteYAML.replacingOccurrences(of: "base-url: https://example.org/briefings/", with: line)
        return SiteValidator.validate(SourceFile(path: "content/site.yaml", text: text))
    }

    @Test(arguments: [
        "base-url: javascript:alert(1)", "base-url: ftp://example.org/", "base-url: example.org/briefings/",
        "base-url: /briefings/", "base-url:", "base-url: ~", "base-url: \"https://example.org/\\nBEGIN:VEVENT\"",
        "base-url: \"https://example.org/ x\"", "base-url: https:///path", "base-url: https://example.org/?a=1",
        "base-url: \"https://example.org/\\\"><x>\"", "base-url: [https://example.org/]",
    ])
    func aBaseURLThatIsNotAnAbsoluteHTTPAddressIsALocatedError(line: String) {
        let (site, problems) = Self.site(baseURL: line)
        #expect(site == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.severity == .error)
        #expect(problems.first?.line == 3)
        #expect(problems.first?.message.hasPrefix("'base-url' ") == true)
    }

    @Test(arguments: ["base-url: https://example.org/briefings/", "base-url: http://localhost:8080/site", "base-url: https://EXAMPLE.org"])
    func anAbsoluteHTTPAddressIsRead(line: String) throws {
        let (site, problems) = Self.site(baseURL: line)
        #expect(problems.isEmpty)
        #expect(try #require(site).baseURL.hasSuffix("/"))
    }

    @Test func withoutABaseURLLinksAreRelative() {
        let (site, problems) = Self.site(baseURL: "")
        #expect(problems.isEmpty)
        #expect(site?.baseURL == "/")
    }

    @Test func twentyThousandBoardsAreReadAndLookedUp() throws {
        let count = 20_000
        var lines = ["title: Many boards", "organisation: Example", "boards:"]
        for index in 0..<count { lines += ["  - id: board-\(index)", "    name: Board \(index)"] }
        lines += ["  - id: board-7", "    name: Twice"]
        let (site, problems) = SiteValidator.validate(SourceFile(path: "content/site.yaml", text: lines.joined(separator: "\n")))
        #expect(problems.map(\.line) == [3 + 2 * count + 1])
        #expect(problems.first?.message.contains("used twice") == true)
        let boards = try #require(site)
        #expect(boards.boards.count == count)
        let names = (0..<count).compactMap { boards.board("board-\(count - 1 - $0)")?.name }
        #expect(names.count == count)
        #expect(names.first == "Board \(count - 1)")
        #expect(boards.board("board-7")?.name == "Board 7")
    }

    /// Even if a base address with a line break reached the calendar, it could not start a new property.
    @Test func aCalendarURLNeverCarriesALineBreak() throws {
        var site = Fixtures.site
        site.baseURL = "https://example.org/\r\nBEGIN:VEVENT\r\n"
        let meeting = try FeedFixtures.meeting("2021-06-09-sscb", date: "2021-06-09")
        let ics = MeetingCalendar.ics(site: site, meetings: [meeting], agendaTitles: [:])
        let lines = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
        #expect(lines.contains { $0.hasPrefix("URL:https://example.org/BEGIN:VEVENT/meetings/") })
    }

    @Test func feedAndSitemapCarryNoControlCharacters() throws {
        var site = Fixtures.site
        site.title = "Board\u{1}papers\u{B}\u{1B}[31m"
        let paper = try FeedFixtures.listing("p", title: "A\u{0}B\u{7}C\u{1F}D", summary: "x\u{8}y")
        for xml in [AtomFeed.xml(site: site, papers: [paper]), Sitemap.xml(site: site, papers: [paper], meetings: [], packIDs: [])] {
            #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
            _ = try FeedFixtures.xml(xml)
        }
        #expect(AtomFeed.xml(site: site, papers: [paper]).contains("<title>ABCD</title>"))
    }
}
