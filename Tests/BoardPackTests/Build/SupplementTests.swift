import Foundation
import Testing

@testable import BoardPack

/// Urgent items, papers to follow and supplementary agendas, from content to the built pages,
/// packs, feed and calendar; exempt papers in a supplement kept out of public output.
@Suite struct SupplementTests {
    static let secret = "The preferred bidder offered forty million pounds."

    static let meeting = """
        board: sscb
        date: 2025-03-12
        time: "10:00"
        published: 2025-03-04
        items:
          - title: Apologies
          - paper: advisers-role
          - paper: budget
            to-follow: true
          - paper: depot
            to-follow: true
          - paper: lease
            urgent: "the lease ends before the next meeting"
        supplements:
          - published: 2025-03-06
            papers: [budget, depot]
        """

    static func project(meeting: String = meeting) throws -> URL {
        let points = "## Background\nText.\n\n## Discussion\n1. First budget point\n2. Second budget point\n\n## Implications for Wales\nNone.\n"
        let root = try Fixtures.project(papers: [
            "advisers-role": Fixtures.paper(title: "Adviser's role", date: "2025-03-12"),
            "budget": Fixtures.paper(title: "Budget monitoring", date: "2025-03-12", body: points),
            "depot": Fixtures.paper(
                title: "Depot site sale", date: "2025-03-12",
                body: "## Background\n\(secret)\n\n## Discussion\n1. Whether to sell\n\n## Implications for Wales\nNone.\n",
                extraFront: "exempt: { paragraph: 3, public-interest: \"Publishing the offer would weaken the council's position.\" }"),
            "lease": Fixtures.paper(title: "Office lease", date: "2025-03-12"),
        ])
        let url = root.appendingPathComponent("content/meetings/sscb-2025-03-12.yaml")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try meeting.write(to: url, atomically: true, encoding: .utf8)
        return root
    }

    static func page(_ root: URL, _ path: String) throws -> HTMLPage {
        try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/\(path)")))
    }

    @Test func theMainPackStaysAsFirstPublishedWithItemsToFollowAndUrgentReasons() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed, "\(report.diagnostics)")
        let pack = try Self.page(root, "packs/sscb-2025-03-12.html")
        #expect(pack.texts("//section[@class='agenda']//li[not(@class='exclusion')]") == [
            "1. Apologies",
            "2.Adviser's roleFor discussion.",
            "3. Budget monitoringTo follow: issued in supplementary agenda 1",
            "4. Depot site saleTo follow: issued in supplementary agenda 1",
            "5.Office leaseFor discussion.Urgent item: the lease ends before the next meeting",
        ])
        #expect(pack.texts("//section[@class='item']/h2") == ["2. Adviser's role", "5. Office lease"])
        // The exclusion of the press and public comes before the exempt paper to follow, as on the meeting's page.
        #expect(pack.nodes("//section[@class='agenda']//li[@class='exclusion']/following-sibling::li[1][span='4.']").count == 1)
        #expect(pack.texts("//section[@id='item-5']/p[@class='urgent-reason']") == [
            "Urgent item, taken with the chair's agreement: the lease ends before the next meeting",
        ])
        #expect(pack.texts("//section[@id='appendix-a']/h3") == ["Item 2: Adviser's role", "Item 5: Office lease"])
        #expect(!Fixtures.read(root.appendingPathComponent("_site/packs/sscb-2025-03-12.html")).contains("First budget point"))

        let meetingPage = try Self.page(root, "meetings/sscb-2025-03-12/index.html")
        #expect(meetingPage.texts("//ul[@class='supplement-links']/li") == [
            "Supplementary agenda 1 (HTML, printable), issued 6 March 2025",
        ])
        #expect(meetingPage.attribute("href", of: "//ul[@class='supplement-links']//a") == ["../../packs/sscb-2025-03-12-supplement-1.html"])
        #expect(meetingPage.texts("//ol[@class='agenda-list']/li[span[@class='item-number']='3.']/span[@class='paper-meta']").last == "To follow: issued in supplementary agenda 1")
        #expect(meetingPage.attribute("href", of: "//ol[@class='agenda-list']/li[span[@class='item-number']='3.']/a[@class='paper-meta']") == ["../../packs/sscb-2025-03-12-supplement-1.html"])
        #expect(meetingPage.texts("//ol[@class='agenda-list']/li[span[@class='item-number']='3.']/a[@class='paper-meta']") == ["(Supplementary agenda 1)"])
        #expect(meetingPage.texts("//ol[@class='agenda-list']/li[span[@class='item-number']='5.']/span[@class='paper-meta']").last == "Urgent item: the lease ends before the next meeting")
    }

    @Test func aSupplementIsAPackOfItsOwnUnderTheAgendaItemNumbers() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try !SiteBuilder.build(Fixtures.options(root)).failed)
        let text = Fixtures.read(root.appendingPathComponent("_site/packs/sscb-2025-03-12-supplement-1.html"))
        let pack = try HTMLPage(text)
        #expect(pack.texts("//p[@class='pack-kind']") == ["Supplementary agenda 1"])
        #expect(pack.texts("//header//h1") == ["Safer and Stronger Communities Board, 12 March 2025"])
        #expect(pack.texts("//header//dt") == ["Board", "Date", "Time", "Date of issue"])
        #expect(pack.attribute("datetime", of: "//header//dd/time").last == "2025-03-06")
        #expect(pack.texts("//nav[@class='contents']//li/a[@class='item-link']").prefix(2) == ["Budget monitoring", "Depot site sale"])
        #expect(pack.texts("//nav[@class='contents']//li/span[@class='item-number']").prefix(2) == ["3.", "4."])
        #expect(pack.texts("//section[@class='item']/h2") == ["3. Budget monitoring", "4. Depot site sale"])
        #expect(pack.texts("//section[@id='item-3']//ol[@class='discussion-points']/li/span") == ["3.1", "3.2"])
        #expect(pack.texts("//section[@id='appendix-a']/h3") == ["Item 3: Budget monitoring"])
        #expect(pack.nodes("//section[@class='agenda']").isEmpty)
        // The exempt paper in a supplement: its title and the notice, nothing else.
        #expect(pack.texts("//section[@id='item-4']/div[@class='exempt-notice']").count == 1)
        #expect(!text.contains(Self.secret) && !text.contains("Whether to sell"))

        let feed = Fixtures.read(root.appendingPathComponent("_site/feed.xml"))
        #expect(feed.contains("<title>Supplementary agenda 1: Safer and Stronger Communities Board, 12 March 2025</title>"))
        #expect(feed.contains("https://example.org/briefings/packs/sscb-2025-03-12-supplement-1.html"))
        #expect(feed.contains("Issues the papers to follow: item 3, Budget monitoring; item 4, Depot site sale."))
        #expect(feed.contains("<updated>2025-03-12T00:00:00Z</updated>"))
        let calendar = Fixtures.read(root.appendingPathComponent("_site/meetings.ics"))
        #expect(calendar.contains("\r\nSEQUENCE:1\r\n"))
        #expect(calendar.replacingOccurrences(of: "\r\n ", with: "").contains("Supplementary agenda 1 issued 6 March 2025."))
    }

    @Test func withoutSupplementsAPaperToFollowIsNotLinkedAndNothingIsRaised() throws {
        let root = try Self.project(meeting: Self.meeting.components(separatedBy: "supplements:")[0])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try !SiteBuilder.build(Fixtures.options(root)).failed)
        let meetingPage = try Self.page(root, "meetings/sscb-2025-03-12/index.html")
        #expect(meetingPage.nodes("//ol[@class='agenda-list']/li[span[@class='item-number']='3.']/a").isEmpty)
        #expect(meetingPage.texts("//ol[@class='agenda-list']/li[span[@class='item-number']='3.']/span[@class='paper-meta']") == ["To follow"])
        #expect(meetingPage.nodes("//ul[@class='supplement-links']").isEmpty)
        let pack = try Self.page(root, "packs/sscb-2025-03-12.html")
        #expect(pack.texts("//section[@class='agenda']//li[3]/span[@class='purpose']") == ["To follow"])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/packs/sscb-2025-03-12-supplement-1.html").path))
        #expect(!Fixtures.read(root.appendingPathComponent("_site/meetings.ics")).contains("SEQUENCE"))
        #expect(!Fixtures.read(root.appendingPathComponent("_site/feed.xml")).contains("Supplementary agenda"))
    }

    @Test func anIncrementalBuildRendersTheSupplementAsACleanBuildDoes() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(
            at: Fixtures.packageRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        _ = try IncrementalBuildTests.expectSameAsClean(root, "first build")
        let budget = root.appendingPathComponent("content/papers/budget.md")
        try Fixtures.read(budget).replacingOccurrences(of: "Second budget point", with: "Revised budget point")
            .write(to: budget, atomically: true, encoding: .utf8)
        _ = try IncrementalBuildTests.expectSameAsClean(root, "a paper in a supplement")
        let supplement = root.appendingPathComponent("_site/packs/sscb-2025-03-12-supplement-1.html")
        #expect(Fixtures.read(supplement).contains("Revised budget point"))
        // A second supplement added to the meeting's file appears, and the calendar's SEQUENCE follows.
        let meetingFile = root.appendingPathComponent("content/meetings/sscb-2025-03-12.yaml")
        try Self.meeting.replacingOccurrences(of: "papers: [budget, depot]", with: "papers: [budget]\n  - published: 2025-03-10\n    papers: [depot]")
            .write(to: meetingFile, atomically: true, encoding: .utf8)
        _ = try IncrementalBuildTests.expectSameAsClean(root, "a second supplement")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/packs/sscb-2025-03-12-supplement-2.html").path))
        #expect(Fixtures.read(root.appendingPathComponent("_site/meetings.ics")).contains("\r\nSEQUENCE:2\r\n"))
        #expect(!Fixtures.read(supplement).contains("Depot site sale"))
        // And removed again: its pack goes.
        try Self.meeting.components(separatedBy: "supplements:")[0].replacingOccurrences(of: "to-follow: true", with: "to-follow: false")
            .write(to: meetingFile, atomically: true, encoding: .utf8)
        _ = try IncrementalBuildTests.expectSameAsClean(root, "no supplements")
        #expect(!FileManager.default.fileExists(atPath: supplement.path))
    }

    @Test func whatIsAttachedToAnExemptPaperToFollowIsNotPublished() throws {
        let meeting = Self.meeting.components(separatedBy: "supplements:")[0].replacingOccurrences(
            of: "  - paper: depot\n    to-follow: true\n",
            with: "  - paper: depot\n    to-follow: true\n    attachments:\n      - { title: Valuation, file: attachments/valuation.md }\n")
            .replacingOccurrences(
                of: "  - paper: budget\n    to-follow: true\n",
                with: "  - paper: budget\n    to-follow: true\n    attachments:\n      - { title: Forecast, file: attachments/valuation.md }\n")
        let root = try Self.project(meeting: meeting)
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("content/attachments")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "The valuation is secret.\n".write(to: folder.appendingPathComponent("valuation.md"), atomically: true, encoding: .utf8)
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed, "\(report.diagnostics)")
        for path in ["packs/sscb-2025-03-12.html", "meetings/sscb-2025-03-12/index.html"] {
            let text = Fixtures.read(root.appendingPathComponent("_site/\(path)"))
            #expect(!text.contains("The valuation is secret") && !text.contains("Valuation"), "\(path)")
        }
        let meetingPage = try Self.page(root, "meetings/sscb-2025-03-12/index.html")
        let depot = "//ol[@class='agenda-list']/li[span[@class='item-number']='4.']"
        #expect(meetingPage.nodes(depot + "/div[@class='exempt-notice']").count == 1)
        #expect(meetingPage.texts(depot + "/span[@class='paper-meta']") == ["To follow"])
        #expect(meetingPage.nodes("//ol[@class='agenda-list']/li[span[@class='item-number']='3.']//ul[@class='attachments']").isEmpty)
    }
}
