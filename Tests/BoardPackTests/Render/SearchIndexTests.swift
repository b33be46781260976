import Foundation
import Testing

@testable import BoardPack

@Suite struct SearchIndexTests {
    static func objects(_ json: String) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    @Test func searchJSONListsPapersNewestFirstWithExactFields() throws {
        let json = SearchIndex.json(site: Fixtures.site, papers: try FeedFixtures.papers())
        let objects = try Self.objects(json)
        #expect(objects.map { $0["title"] as? String } == ["Depot acquisition", "Social cohesion & resilience", "Older paper"])
        let cohesion = objects[1]
        #expect(cohesion.keys.sorted() == ["board", "date", "purpose", "summary", "tags", "title", "url"])
        #expect(cohesion["board"] as? String == "Safer and Stronger Communities Board")
        #expect(cohesion["date"] as? String == "2021-06-09")
        #expect(cohesion["purpose"] as? String == "discussion")
        #expect(cohesion["summary"] as? String == "Sara Khan has recently been appointed as the Independent Adviser.")
        #expect(cohesion["tags"] as? [String] == ["extremism", "cohesion"])
        #expect(cohesion["url"] as? String == "papers/cohesion/index.html")
        // One object a line, between the brackets.
        let lines = json.split(separator: "\n")
        #expect(lines.count == objects.count + 2)
        #expect(lines.first == "[" && lines.last == "]")
        #expect(SearchIndex.json(site: Fixtures.site, papers: []) == "[]\n")
        #expect(SearchIndex.json(site: Fixtures.site, papers: try FeedFixtures.papers().reversed()) == json)
    }

    @Test func anExemptPaperIsSearchableOnlyByItsTitleAndNotice() throws {
        let papers = try FeedFixtures.papers()
        let json = SearchIndex.json(site: Fixtures.site, papers: papers)
        let exempt = try Self.objects(json)[0]
        #expect(exempt.keys.sorted() == ["board", "date", "summary", "tags", "title", "url"])
        #expect(exempt["summary"] as? String == Exemption.england(3).plainText(publicInterestLabel: "Public interest test:"))
        #expect(exempt["tags"] as? [String] == [])
        #expect(exempt["board"] as? String == "Community Wellbeing Board")
        let page = try Self.page(papers)
        for text in [json, page] {
            #expect(!text.contains(FeedFixtures.secretSummary))
            #expect(!text.lowercased().contains(FeedFixtures.secretSummary.lowercased()))
            #expect(!text.contains("secret-tag"))
        }
    }

    static func page(_ papers: [PaperListing]) throws -> String {
        let (templates, problems) = TemplateSet.load(directory: nil, displayPath: { $0.path })
        #expect(problems.isEmpty)
        return try #require(templates).render("search", SearchIndex.page(site: Fixtures.site, papers: papers))
    }

    @Test func theSearchPageListsEveryPaperWithoutScript() throws {
        let papers = try FeedFixtures.papers()
        let html = try Self.page(papers)
        let page = try HTMLPage(html)
        #expect(page.headingLevels == [1])
        #expect(page.texts("//h1") == ["Search papers"])
        let items = "//ul[@id='search-results']/li"
        #expect(page.texts(items + "/a") == ["Depot acquisition", "Social cohesion & resilience", "Older paper"])
        #expect(page.attribute("href", of: items + "/a") == [
            "../papers/land-deal/index.html", "../papers/cohesion/index.html", "../papers/older/index.html",
        ])
        #expect(page.attribute("href", of: "//link[@rel='stylesheet']") == ["../assets/boardpack.css"])
        #expect(page.texts("//p[@id='search-status'][@role='status'][@aria-live='polite']") == ["3 papers"])
        // The box is labelled, and hidden until the script shows it, so that nobody meets a box that does nothing.
        #expect(page.attribute("for", of: "//form[@role='search']//label") == ["search-box", "search-board", "search-year", "search-purpose"])
        #expect(page.nodes("//form[@role='search']//select[@id='search-board'][@name='board']").count == 1)
        #expect(page.nodes("//div[@id='search-filters'][@hidden]").count == 1)
        // The filters' choices are those the papers give Pagefind; the exempt paper's purpose is not public.
        #expect(page.texts("//select[@id='search-board']/option") == [
            "All boards", "Community Wellbeing Board", "Safer and Stronger Communities Board",
        ])
        #expect(page.texts("//select[@id='search-year']/option") == ["All years", "2021"])
        #expect(page.texts("//select[@id='search-purpose']/option") == ["All purposes", "Discussion"])
        #expect(page.nodes("//form[@role='search']//input[@type='search'][@id='search-box'][@hidden]").count == 1)
        #expect(page.nodes("//script").count == 1)
        // The script filters on each item's own text: everything it shows, nothing an exempt paper withholds.
        let texts = page.texts(items).map { $0.lowercased() }
        #expect(texts.count == 3)
        #expect(texts[1].contains("social cohesion & resilience") && texts[1].contains("extremism")
            && texts[1].contains("9 june 2021") && texts[1].contains("for discussion."))
        #expect(texts[0].contains("exempt.") && texts[0].contains("community wellbeing board"))
        #expect(page.texts(items + "[1]/span[@class='paper-meta']") == ["Community Wellbeing Board. 9 June 2021. Exempt."])
        #expect(page.texts(items + "[2]/span[@class='tags']") == ["Tags: extremism, cohesion"])
    }

    @Test func anEmptySiteSaysSo() throws {
        let page = try HTMLPage(try Self.page([]))
        #expect(page.texts("//p[@id='search-status']") == ["0 papers"])
        #expect(page.texts("//main/p[not(@id)]") == ["There are no papers yet."])
    }
}
