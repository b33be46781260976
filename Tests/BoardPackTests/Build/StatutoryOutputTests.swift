import Foundation
import Testing

@testable import BoardPack

/// What a Welsh council's public build shows of an exempt item (title, Part 4 notice, the paragraph's
/// words, the public-interest reason: nothing else), the exclusion resolution before it on the agenda,
/// background papers, and the council's own wording.
@Suite struct StatutoryOutputTests {
    static let secret = "The preferred bidder offered two million pounds for the depot."
    static let secretBackground = "Valuation of the depot by Example Surveyors"
    static let reason = "Publishing the bids before the contract is signed would weaken the council's position."

    static func project(siteExtra: String = "jurisdiction: wales", paragraph: String = "14") throws -> URL {
        let exempt = Fixtures.paper(
            title: "Depot sale", body: "## Background\n\(secret)\n\n## Implications for Wales\nThe depot is in Wales.\n",
            extraFront: "exempt: { paragraph: \(paragraph), public-interest: \"\(reason)\" }"
        ).replacingOccurrences(of: "summary: A short summary.", with: "summary: The bids for the depot.")
            .replacingOccurrences(of: "purpose: discussion", with: "purpose: decision")
            .replacingOccurrences(of: "background-papers: none", with: "background-papers:\n  - title: \(secretBackground)")
        let open = Fixtures.paper(title: "Library hours").replacingOccurrences(
            of: "background-papers: none",
            with: "background-papers:\n  - title: Library survey 2024\n    link: https://example.org/survey\n  - title: Opening hours policy")
        let root = try Fixtures.project(
            papers: ["depot-sale": exempt, "library-hours": open], site: Fixtures.siteYAML + "\n" + siteExtra + "\n")
        let meetings = root.appendingPathComponent("content/meetings")
        try FileManager.default.createDirectory(at: meetings, withIntermediateDirectories: true)
        try """
            board: sscb
            date: 2021-06-09
            items:
              - title: Apologies
              - paper: library-hours
              - paper: depot-sale
              - title: Any other business
            """.write(to: meetings.appendingPathComponent("cabinet.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    static func build(_ root: URL, audience: Audience = .public) throws -> BuildReport {
        var options = Fixtures.options(root)
        options.audience = audience
        return try SiteBuilder.build(options)
    }

    static func page(_ root: URL, _ path: String) throws -> HTMLPage {
        try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/" + path)))
    }

    @Test func anExemptItemShowsItsNoticeDescriptionAndReasonOnlyEverywhere() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try Self.build(root)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let notice = "Exempt information: not for publication by virtue of paragraph 14 of Part 4 of Schedule 12A to the Local Government Act 1972."
        let description = "Paragraph 14: Information relating to the financial or business affairs of any particular person "
            + "(including the authority holding that information)."
        let paper = try Self.page(root, "papers/depot-sale/index.html")
        let box = "//div[@class='exempt-notice'][@data-pagefind-ignore]"
        #expect(paper.texts(box + "/p") == [notice, description, "Public interest test: \(Self.reason)"])
        #expect(paper.nodes("//section[@class='front-sheet']").isEmpty)
        let meeting = try Self.page(root, "meetings/cabinet/index.html")
        #expect(meeting.texts("//ol[@class='agenda-list']/li" + box + "/p[1]") == [notice])
        #expect(meeting.texts("//ol[@class='agenda-list']/li" + box + "/p[@class='exempt-reason']") == ["Public interest test: \(Self.reason)"])
        let pack = try Self.page(root, "packs/cabinet.html")
        #expect(pack.texts("//section[@class='item']" + box + "/p") == [notice, description, "Public interest test: \(Self.reason)"])
        let feed = Fixtures.read(root.appendingPathComponent("_site/feed.xml"))
        #expect(feed.contains(notice + " " + description + " Public interest test: " + XMLText.escaped(Self.reason)))
        let search = Fixtures.read(root.appendingPathComponent("_site/search.json"))
        #expect(search.contains(JSONText.quoted(notice + " " + description + " Public interest test: " + Self.reason)))
        for (path, (data, _)) in SiteBuilderTests.snapshot(root.appendingPathComponent("_site")) {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains(Self.secret) && !text.contains("The bids for the depot.") && !text.contains(Self.secretBackground),
                "\(path) holds exempt text")
        }
    }

    @Test func theAgendaResolvesToExcludeThePublicBeforeTheFirstExemptItem() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        for audience in Audience.allCases {
            #expect(try !Self.build(root, audience: audience).failed)
            let meeting = try Self.page(root, "meetings/cabinet/index.html")
            #expect(meeting.nodes("//ol[@class='agenda-list']/li").count == 5, "\(audience)")
            #expect(meeting.nodes("//ol[@class='agenda-list']/li[3][@class='exclusion']").count == 1, "\(audience)")
            let resolution = meeting.texts("//li[@class='exclusion']/p").first ?? ""
            #expect(resolution.contains("under section 100A(4) of the Local Government Act 1972"))
            #expect(resolution.contains("as defined in paragraph 14 of Part 4 of Schedule 12A"))
            #expect(meeting.texts("//li[@class='exclusion']").first?.hasPrefix("Exclusion of the press and public") == true)
            let pack = try Self.page(root, "packs/cabinet.html")
            #expect(pack.texts("//section[@class='agenda']//li[@class='exclusion']/p") == [resolution])
            let following = pack.texts("//section[@class='agenda']//li[@class='exclusion']/following-sibling::li[1]/span")
            #expect(following.first == "3.")
        }
    }

    @Test func anAgendaWithoutExemptItemsHasNoResolution() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Fixtures.paper(title: "Depot sale").write(
            to: root.appendingPathComponent("content/papers/depot-sale.md"), atomically: true, encoding: .utf8)
        #expect(try !Self.build(root).failed)
        #expect(try Self.page(root, "meetings/cabinet/index.html").nodes("//li[@class='exclusion']").isEmpty)
        #expect(try Self.page(root, "packs/cabinet.html").nodes("//li[@class='exclusion']").isEmpty)
    }

    @Test func theCouncilsWordingIsPrinted() throws {
        let root = try Self.project(siteExtra: """
            wording:
              exempt-notice: "Restricted under paragraph {paragraph} (Part {part})."
              exclusion-title: Private session
              exclusion-resolution: "That the public be excluded ({paragraphs}, Part {part})."
              public-interest-label: "Reason:"
            """, paragraph: "3")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try !Self.build(root).failed)
        let paper = try Self.page(root, "papers/depot-sale/index.html")
        #expect(paper.texts("//div[@class='exempt-notice']/p[1]") == ["Restricted under paragraph 3 (Part 1)."])
        #expect(paper.texts("//p[@class='exempt-reason']") == ["Reason: \(Self.reason)"])
        let meeting = try Self.page(root, "meetings/cabinet/index.html")
        #expect(meeting.texts("//li[@class='exclusion']/p") == ["That the public be excluded (paragraph 3, Part 1)."])
        #expect(meeting.texts("//li[@class='exclusion']").first?.hasPrefix("Private session") == true)
    }

    @Test func backgroundPapersEndThePaperWithTheirLinks() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try !Self.build(root).failed)
        let section = "//section[@class='background-papers']"
        let paper = try Self.page(root, "papers/library-hours/index.html")
        #expect(paper.texts(section + "/h2") == ["Background papers"])
        #expect(paper.texts(section + "//li") == ["Library survey 2024", "Opening hours policy"])
        #expect(paper.attribute("href", of: section + "//a") == ["https://example.org/survey"])
        // It follows the body: nothing of the paper after it but its tags.
        #expect(paper.nodes(section + "/preceding-sibling::div[@class='paper-body']").count == 1)
        let pack = try Self.page(root, "packs/cabinet.html")
        #expect(pack.texts("//section[@class='item']" + section + "/h3") == ["Background papers"])
        #expect(pack.attribute("href", of: "//section[@class='item']" + section + "//a") == ["https://example.org/survey"])
    }

    @Test func backgroundPapersNoneIsSaid() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Fixtures.paper(title: "Library hours").write(
            to: root.appendingPathComponent("content/papers/library-hours.md"), atomically: true, encoding: .utf8)
        #expect(try !Self.build(root).failed)
        let paper = try Self.page(root, "papers/library-hours/index.html")
        #expect(paper.texts("//section[@class='background-papers']/p") == ["None."])
    }

    @Test func anExemptPapersBackgroundPapersAreForMembersOnly() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try !Self.build(root, audience: .members).failed)
        let paper = try Self.page(root, "papers/depot-sale/index.html")
        #expect(paper.texts("//section[@class='background-papers']//li") == [Self.secretBackground])
    }
}
