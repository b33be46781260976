import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import BoardPack

/// A site in English and Welsh. Its Welsh words are glossary phrases only (never made up).
enum WelshFeedFixtures {
    static let siteYAML = """
        title: { en: Agenda and draft minutes, cy: Rhaglen a chofnodion }
        organisation: Local Government Association
        base-url: https://example.org/briefings/
        language: en-GB
        languages: [en, cy]
        boards:
          - id: sscb
            name: { en: Business Committee, cy: Y Pwyllgor Busnes }
          - id: cwb
            name: Community Wellbeing Board
        categories:
          hate-crime: Hate crime
        """

    static var site: Site {
        get throws { try #require(SiteValidator.validate(SourceFile(path: "content/site.yaml", text: siteYAML)).0) }
    }

    /// The Welsh version of "cohesion" (the other papers have none).
    static func version() throws -> OutputLanguage {
        let welsh = try FeedFixtures.listing(
            "cohesion", title: "Goblygiadau i Gymru", date: "2021-06-09", summary: "Papurau cefndir.", tags: ["cymru"])
        return OutputLanguage(.cy, translated: ["cohesion": welsh])
    }

    static let base = "https://example.org/briefings/"
}

@Suite struct WelshSitemapTests {
    @Test func everyPageIsListedInBothLanguagesWithAlternatesBothWays() throws {
        let site = try WelshFeedFixtures.site
        let meeting = try FeedFixtures.meeting("2021-06-09-sscb", date: "2021-06-09")
        let text = Sitemap.xml(site: site, papers: try FeedFixtures.papers(), meetings: [meeting], packIDs: ["2021-06-09-sscb"])
        #expect(text.contains(#"xmlns:xhtml="http://www.w3.org/1999/xhtml""#))
        let document = try FeedFixtures.xml(text)
        let urls = try document.nodes(forXPath: "//*[local-name()='url']")
        let base = WelshFeedFixtures.base
        let locs = try FeedFixtures.strings(document, "//*[local-name()='url']/*[local-name()='loc']")
        // Two pages (home, search), three papers, one meeting and one pack: each in two languages.
        #expect(urls.count == 14)
        #expect(locs.contains(base + "cy/papers/cohesion/"))
        #expect(locs.contains(base + "cy/"))
        #expect(locs.contains(base + "cy/search/"))
        #expect(locs.contains(base + "cy/meetings/2021-06-09-sscb/"))
        #expect(locs.contains(base + "packs/2021-06-09-sscb.cy.html"))
        var alternates: [String: [String: String]] = [:]
        for url in urls {
            let loc = try #require(try url.nodes(forXPath: "*[local-name()='loc']").first?.stringValue)
            let values = { (name: String) in try url.nodes(forXPath: "*[local-name()='link']/@\(name)").map { $0.stringValue ?? "" } }
            #expect(try values("rel") == ["alternate", "alternate"])
            let codes = try values("hreflang")
            let hrefs = try values("href")
            try #require(codes.count == hrefs.count)
            alternates[loc] = Dictionary(zip(codes, hrefs)) { first, _ in first }
        }
        // Every page names both versions, itself included, and each version names the other back.
        for (loc, versions) in alternates {
            #expect(Set(versions.keys) == ["en", "cy"], "\(loc)")
            #expect(versions.values.contains(loc), "\(loc)")
            for href in versions.values { #expect(alternates[href] == versions, "\(loc) → \(href)") }
        }
        #expect(alternates[base + "papers/cohesion/"] == ["en": base + "papers/cohesion/", "cy": base + "cy/papers/cohesion/"])
        let paperLine = try #require(text.split(separator: "\n").first { $0.contains("<loc>\(base)cy/papers/older/</loc>") })
        #expect(paperLine.contains("<lastmod>2021-03-01</lastmod>"))
    }

    @Test func oneLanguageSiteHasNoAlternates() throws {
        let text = Sitemap.xml(site: Fixtures.site, papers: try FeedFixtures.papers(), meetings: [], packIDs: [])
        #expect(!text.contains("xhtml"))
        #expect(!text.contains("/cy/"))
    }
}

@Suite struct WelshAtomFeedTests {
    @Test func welshFeedIsAtomInWelshLinkingWelshPages() throws {
        let site = try WelshFeedFixtures.site
        let text = AtomFeed.xml(site: site, papers: try FeedFixtures.papers(), version: try WelshFeedFixtures.version())
        let feed = try FeedFixtures.xml(text)
        let base = WelshFeedFixtures.base
        let root = try #require(feed.rootElement())
        #expect(root.name == "feed")
        #expect(root.uri == "http://www.w3.org/2005/Atom")
        #expect(root.attribute(forName: "xml:lang")?.stringValue == "cy")
        #expect(try FeedFixtures.strings(feed, "/*/*[local-name()='title']") == ["Rhaglen a chofnodion"])
        #expect(try FeedFixtures.strings(feed, "/*/*[local-name()='id']") == [base + "cy/"])
        #expect(try FeedFixtures.strings(feed, "/*/*[local-name()='link']/@href") == [base + "cy/", base + "cy/feed.xml"])
        let entries = "//*[local-name()='entry']"
        #expect(try FeedFixtures.strings(feed, entries + "/*[local-name()='link']/@href") == [
            base + "cy/papers/land-deal/", base + "cy/papers/cohesion/", base + "cy/papers/older/",
        ])
        #expect(try FeedFixtures.strings(feed, entries + "/*[local-name()='title']") == [
            "Depot acquisition", "Goblygiadau i Gymru", "Older paper",
        ])
        // The Welsh version's words; a paper without one keeps its English, marked as English.
        #expect(try FeedFixtures.strings(feed, entries + "/*[local-name()='title']/@xml:lang") == ["en", "en"])
        #expect(text.contains(#"<title xml:lang="en">Older paper</title>"#))
        #expect(text.contains("<title>Goblygiadau i Gymru</title>"))
        #expect(text.contains(#"<summary type="text">Papurau cefndir.</summary>"#))
        #expect(text.contains(#"<category term="cymru"/>"#))
        #expect(!text.contains(FeedFixtures.secretSummary))
    }

    @Test func mainLanguageFeedIsUnchangedByAVersionOfItself() throws {
        let papers = try FeedFixtures.papers()
        #expect(AtomFeed.xml(site: Fixtures.site, papers: papers, version: OutputLanguage(.en)) == AtomFeed.xml(site: Fixtures.site, papers: papers))
    }
}

@Suite struct WelshSearchIndexTests {
    @Test func welshSearchJSONListsWelshTitlesAndWelshPages() throws {
        let site = try WelshFeedFixtures.site
        let text = SearchIndex.json(site: site, papers: try FeedFixtures.papers(), version: try WelshFeedFixtures.version())
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(array.map { $0["title"] as? String } == ["Depot acquisition", "Goblygiadau i Gymru", "Older paper"])
        #expect(array.map { $0["url"] as? String } == [
            "cy/papers/land-deal/index.html", "cy/papers/cohesion/index.html", "cy/papers/older/index.html",
        ])
        #expect(array.map { $0["board"] as? String } == ["Community Wellbeing Board", "Y Pwyllgor Busnes", "Y Pwyllgor Busnes"])
        #expect(array[1]["summary"] as? String == "Papurau cefndir.")
    }

    @Test func welshSearchPageLinksWelshPagesInWelsh() throws {
        let site = try WelshFeedFixtures.site
        let page = SearchIndex.page(site: site, papers: try FeedFixtures.papers(), version: try WelshFeedFixtures.version())
        #expect(page.base.depth == 2)
        #expect(page.base.site.language == "cy")
        #expect(page.base.site.title == "Rhaglen a chofnodion")
        let entry = try #require(page.papers.first { $0.paper.slug == "cohesion" })
        #expect(entry.child(named: "url") as? String == "../papers/cohesion/index.html")
        #expect(entry.child(named: "title") as? String == "Goblygiadau i Gymru")
        #expect(entry.child(named: "dateLong") as? String == "9 Mehefin 2021")
        #expect(entry.child(named: "purpose") as? String == "I'w drafod.")
        #expect(page.boards == ["Community Wellbeing Board", "Y Pwyllgor Busnes"])
    }
}

@Suite struct WelshCalendarTests {
    @Test func welshCalendarHasWelshWordsWhereTheyExistAndMarksTheRest() throws {
        let site = try WelshFeedFixtures.site
        var meeting = try FeedFixtures.meeting("2021-06-09-sscb", date: "2021-06-09", time: "10:00", venue: "Council Chamber")
        meeting.venues = LocalizedText("Council Chamber", others: [.cy: "Siambr y Cyngor"])
        meeting.items = [AgendaItem(number: 1, title: "Apologies", paper: nil, line: 3, titles: LocalizedText("Apologies", others: [.cy: "Ymddiheuriadau"]))]
        let files = MeetingCalendar.files(site: site, meetings: [meeting], papers: [], version: OutputLanguage(.cy))
        #expect(files.map { $0.route.version(in: .cy, site: site).path } == ["cy/meetings.ics", "cy/meetings/sscb.ics"])
        let text = try #require(files.first?.text)
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("X-WR-CALNAME:Rhaglen a chofnodion\r\n"))
        #expect(unfolded.contains("LOCATION:Siambr y Cyngor\r\n"))
        #expect(unfolded.contains("URL:https://example.org/briefings/cy/meetings/2021-06-09-sscb/\r\n"))
        #expect(unfolded.contains("DESCRIPTION:Rhaglen:\\n1. Ymddiheuriadau\r\n"))
        // "{board} meeting" in the glossary's Welsh ("Cyfarfod", as the Senedd writes "Cyfarfod: … - Y
        // Pwyllgor Busnes"), with the board's Welsh name; no language mark.
        #expect(unfolded.contains("SUMMARY:Cyfarfod: Y Pwyllgor Busnes\r\n"))
        let board = try #require(files.last?.text).replacingOccurrences(of: "\r\n ", with: "")
        #expect(board.contains("X-WR-CALNAME:Cyfarfodydd: Y Pwyllgor Busnes\r\n"))
    }
}

/// Pagefind, where installed (BOARDPACK_PAGEFIND, the project's `.tools/venv-search`, or PATH),
/// makes one index a language from each paper page's `<html lang>`.
@Suite struct WelshPagefindTests {
    static let pagefind = try? Pagefind.find(project: Fixtures.packageRoot)

    @Test func oneLanguageIndexesPapersOnlyAndTwoIndexBothFolders() throws {
        #expect(Pagefind.glob(["papers"]) == "papers/**/*.html")
        #expect(Pagefind.glob(["papers", "cy/papers"]) == "{papers,cy/papers}/**/*.html")
        #expect(SearchStage.paperFolders(Fixtures.site) == ["papers"])
        #expect(SearchStage.paperFolders(try WelshFeedFixtures.site) == ["papers", "cy/papers"])
        #expect(SearchStage.paperFolders(nil) == ["papers"])
    }

    @Test(.enabled(if: pagefind != nil, "needs Pagefind: `make`, or BOARDPACK_PAGEFIND"))
    func welshPaperPagesMakeAWelshIndex() throws {
        let pagefind = try #require(Self.pagefind)
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("welsh-pagefind-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let pages = [("papers/report/index.html", "en-GB", "Implications for Wales"), ("cy/papers/report/index.html", "cy", "Goblygiadau i Gymru")]
        for (path, lang, text) in pages {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let html = "<!DOCTYPE html><html lang=\"\(lang)\"><head><title>\(text)</title></head>"
                + "<body><main data-pagefind-body><h1>\(text)</h1><p>\(text).</p></main></body></html>"
            try Data(html.utf8).write(to: url)
        }
        let bundle = site.appendingPathComponent("pagefind")
        try pagefind.index(site: site, bundle: bundle, papers: SearchStage.paperFolders(try WelshFeedFixtures.site))
        let entry = try JSONSerialization.jsonObject(with: Data(contentsOf: bundle.appendingPathComponent("pagefind-entry.json")))
        let languages = try #require((entry as? [String: Any])?["languages"] as? [String: Any])
        #expect(Set(languages.keys) == ["en-gb", "cy"])
        let welsh = try #require(languages["cy"] as? [String: Any])
        #expect(welsh["page_count"] as? Int == 1)
    }
}

/// A bilingual project's build writes each language's feed, search list, search page and calendar.
@Suite struct WelshFeedsBuildTests {
    @Test func aBilingualBuildWritesTheWelshFeedSearchAndCalendar() throws {
        let welsh = Fixtures.paper(board: "sscb").replacingOccurrences(of: "title: Test paper", with: "title: Goblygiadau i Gymru")
        let root = try Fixtures.project(
            papers: ["report": Fixtures.paper(board: "sscb"), "report.cy": welsh], site: WelshFeedFixtures.siteYAML)
        defer { try? FileManager.default.removeItem(at: root) }
        let options = Fixtures.options(root)
        _ = try SiteBuilder.build(options)
        let output = options.output
        let feed = Fixtures.read(output.appendingPathComponent("cy/feed.xml"))
        #expect(feed.contains(#"xml:lang="cy""#))
        #expect(feed.contains("<title>Goblygiadau i Gymru</title>"))
        #expect(feed.contains(#"href="https://example.org/briefings/cy/papers/report/""#))
        let search = Fixtures.read(output.appendingPathComponent("cy/search.json"))
        #expect(search.contains(#""title":"Goblygiadau i Gymru""#))
        #expect(search.contains(#""url":"cy/papers/report/index.html""#))
        let page = Fixtures.read(output.appendingPathComponent("cy/search/index.html"))
        #expect(page.contains(#"<html lang="cy">"#))
        // Welsh pages link from their language's root, cy/: its feed is cy/feed.xml.
        #expect(page.contains(#"href="../feed.xml""#))
        #expect(page.contains(#"import("../../pagefind/pagefind.js")"#))
        #expect(page.contains(#"<a href="../papers/report/index.html">Goblygiadau i Gymru</a>"#))
        let sitemap = Fixtures.read(output.appendingPathComponent("sitemap.xml"))
        #expect(sitemap.contains(#"<xhtml:link rel="alternate" hreflang="cy" href="https://example.org/briefings/cy/papers/report/"/>"#))
        // The English outputs stay where they are, with the English feed.
        let english = Fixtures.read(output.appendingPathComponent("search/index.html"))
        #expect(english.contains(#"href="../feed.xml""#))
        #expect(english.contains(#"import("../pagefind/pagefind.js")"#))
    }
}
