import Foundation
import Testing

@testable import BoardPack

/// Meetings and packs from content to pages: agenda order, points numbered by item, the scope
/// appendix, briefing packs by name and tag, and exempt papers kept out of public output.
@Suite struct PackTests {
    static let exemptSentences = [
        "The council proposes to sell the depot site for forty million pounds.",
        "Bidders have asked that their names stay confidential until contracts are signed.",
        "Whether to accept the highest bid before the valuation is complete",
        "The sale is for an English council; there are no implications for Wales.",
        "That the Board agrees the reserve price in private session.",
    ]

    static func project(meeting: String? = nil, pack: String? = nil) throws -> URL {
        let wales = Fixtures.paper(title: "Cohesion offer", date: "2021-06-09", extraFront: "tags: [cohesion]")
        let england = Fixtures.paper(
            title: "Adviser's role", date: "2021-06-09",
            body: "## Background\nText.\n\n## Discussion\n1. England point one\n2. England point two\n3. England point three\n\n## Implications for Wales\nEngland only.\n"
        ).replacingOccurrences(of: "  - subject: SIGCE support offer\n    nations: [england, wales]\n", with: "")
        let exempt = Fixtures.paper(
            title: "Depot site sale", date: "2021-06-09",
            body: "## Background\n\(exemptSentences[0])\n\n\(exemptSentences[1])\n\n## Discussion\n1. \(exemptSentences[2])\n\n## Implications for Wales\n\(exemptSentences[3])\n",
            extraFront: "exempt: { paragraph: 3, public-interest: \"Publishing the offer would weaken the council's negotiating position.\" }\ntags: [cohesion]"
        ).replacingOccurrences(of: "That the Board notes the update.", with: exemptSentences[4])
        let root = try Fixtures.project(papers: ["cohesion-offer": wales, "advisers-role": england, "depot-sale": exempt])
        for (folder, text) in [("meetings/sscb-2021-06-09.yaml", meeting), ("packs/cohesion.yaml", pack)] {
            guard let text else { continue }
            let url = root.appendingPathComponent("content/\(folder)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    static let meeting = """
        board: sscb
        date: 2021-06-09
        time: "11:00"
        venue: Virtual meeting
        items:
          - title: Welcome and declarations of interest
          - paper: advisers-role
          - paper: cohesion-offer
          - paper: depot-sale
          - title: Any other business
        """

    @Test func meetingPackHasEveryItemInOrderWithPointsNumberedByItem() throws {
        let root = try Self.project(meeting: Self.meeting)
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed, "\(report.diagnostics)")
        let pack = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/packs/sscb-2021-06-09.html")))
        #expect(pack.nodes("//link[@rel='stylesheet'] | //script | //img").isEmpty, "a pack must be self-contained")
        #expect(pack.texts("//section[@class='agenda']//li/span[@class='item-number']") == ["1.", "2.", "3.", "4.", "5."])
        #expect(pack.texts("//section[@class='agenda']//li/a") == ["Adviser's role", "Cohesion offer", "Depot site sale"])
        #expect(pack.texts("//section[@class='item']/h2") == ["2. Adviser's role", "3. Cohesion offer", "4. Depot site sale"])
        #expect(pack.texts("//section[@id='item-2']//ol[@class='discussion-points']/li/span") == ["2.1", "2.2", "2.3"])
        #expect(pack.texts("//section[@id='item-3']//ol[@class='discussion-points']/li/span") == ["3.1", "3.2"])
        #expect(pack.texts("//section[@id='appendix-a']/h3") == ["Item 2: Adviser's role", "Item 3: Cohesion offer"])
        #expect(pack.texts("//section[@id='appendix-a']//li/span[@class='point-number']") == ["2.1", "2.2", "2.3", "3.1", "3.2"])
        #expect(pack.attribute("href", of: "//section[@id='appendix-a']//a[@class='back']").first == "#p-advisers-role-point-2-1")
        #expect(pack.nodes("//*[@id='p-advisers-role-point-2-1']").count == 1)
        // Appendix B: a row per subject, the nations it covers, and the paper's Wales section beside it.
        let rows = pack.nodes("//table[@class='scope-table']/tbody/tr[td]").map { row in
            ((try? row.nodes(forXPath: "th|td")) ?? []).prefix(5).map { ($0.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        #expect(rows == [
            ["The Adviser's role", "Yes", "No", "No", "No"],
            ["The Adviser's role", "Yes", "No", "No", "No"],
            ["SIGCE support offer", "Yes", "Yes", "No", "No"],
        ])
        #expect(pack.texts("//p[@class='scope-summary']") == [
            "Item 2 covers England only. Item 3 covers different nations for different subjects, as set out below. No item covers Scotland or Northern Ireland.",
        ])
        let meetingPage = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/meetings/sscb-2021-06-09/index.html")))
        #expect(meetingPage.texts("//ol[@class='agenda-list']/li/a") == ["Adviser's role", "Cohesion offer", "Depot site sale"])
        let index = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/index.html")))
        #expect(index.attribute("href", of: "//section[1]//ul[1]/li/a[1]") == ["meetings/sscb-2021-06-09/index.html"])
    }

    @Test func noSentenceOfAnExemptPaperIsInThePublicOutput() throws {
        let root = try Self.project(meeting: Self.meeting, pack: "title: Cohesion briefing\ntags: [cohesion]\n")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteBuilder.build(Fixtures.options(root))
        var members = Fixtures.options(root, output: "members")
        members.audience = .members
        _ = try SiteBuilder.build(members)

        func everything(_ folder: String) -> String {
            var text = ""
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL { text += Fixtures.read(url) }
            return text
        }
        let publicSite = everything("_site")
        let membersSite = everything("members")
        for sentence in Self.exemptSentences {
            #expect(!publicSite.contains(sentence), "public output holds: \(sentence)")
            #expect(membersSite.contains(sentence), "members' output lacks: \(sentence)")
        }
        #expect(publicSite.contains("Depot site sale"))
        #expect(publicSite.contains("by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972"))
        let publicPack = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/packs/sscb-2021-06-09.html")))
        #expect(publicPack.texts("//section[@id='appendix-a']/h3").allSatisfy { !$0.contains("Depot") })
        #expect(publicPack.texts("//table[@class='scope-table']//th[@scope='rowgroup']").allSatisfy { !$0.contains("Depot") })
        let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent("members"), includingPropertiesForKeys: nil)
        var membersPages = 0
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "html" else { continue }
            membersPages += 1
            #expect(Fixtures.read(url).contains("Confidential: members only"), "\(url.lastPathComponent) is not marked")
        }
        #expect(membersPages >= 7)
        #expect(!publicSite.contains("Confidential: members only"))
        let membersPack = Fixtures.read(root.appendingPathComponent("members/packs/sscb-2021-06-09.html"))
        #expect(membersPack.contains("Confidential: members only"))
        #expect(try HTMLPage(membersPack).texts("//section[@id='appendix-a']/h3").contains("Item 4: Depot site sale"))
    }

    @Test func briefingPackTakesNamedPapersThenTaggedOnesNewestFirst() throws {
        let root = try Self.project(pack: "title: Cohesion briefing\nintro: For *new* councillors.\npapers: [advisers-role]\ntags: [cohesion]\n")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteBuilder.build(Fixtures.options(root))
        let pack = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/packs/cohesion.html")))
        #expect(pack.texts("//section[@class='item']/h2") == ["1. Adviser's role", "2. Cohesion offer", "3. Depot site sale"])
        #expect(pack.nodes("//section[@class='agenda']").isEmpty)
        #expect(pack.texts("//div[@class='intro']//em") == ["new"])
    }

    @Test func meetingAndPackMistakesAreLocated() throws {
        let meeting = """
            board: sscc
            date: 2021-06-10
            time: "11:00"
            items:
              - paper: advisers-role
              - paper: cohesion-ofer
              - paper: advisers-role
              - {}
            """
        let root = try Self.project(meeting: meeting, pack: "title: Briefing\ntags: [cohesionn]\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let found = try SiteBuilder.check(Fixtures.options(root))
        let located = found.map { "\($0.severity.rawValue) \(URL(fileURLWithPath: $0.path).lastPathComponent):\($0.line):\($0.column)" }
        #expect(located.sorted() == [
            "error cohesion.yaml:2:8",
            "error sscb-2021-06-09.yaml:1:8",
            "error sscb-2021-06-09.yaml:8:5",
        ].sorted())
        #expect(found.first { $0.line == 1 }?.message.contains("did you mean 'sscb'") == true)

        // With the board fixed, the agenda's papers are checked against content/papers.
        try meeting.replacingOccurrences(of: "sscc", with: "sscb").replacingOccurrences(of: "\n  - {}", with: "")
            .write(to: root.appendingPathComponent("content/meetings/sscb-2021-06-09.yaml"), atomically: true, encoding: .utf8)
        let agenda = try SiteBuilder.check(Fixtures.options(root)).filter { $0.path.hasSuffix("sscb-2021-06-09.yaml") }
        #expect(agenda.map { "\($0.severity.rawValue) \($0.line):\($0.column)" } == [
            "warning 5:12", "error 6:12", "error 7:12",
        ])
        #expect(agenda.first { $0.line == 6 }?.message.contains("did you mean 'cohesion-offer'") == true)
        #expect(agenda.first { $0.line == 7 }?.message.contains("already item 1 of this agenda") == true)
    }

    @Test func aPaperNamedTwiceInABriefingPackIsALocatedError() throws {
        let root = try Self.project(pack: "title: Briefing\npapers:\n  - advisers-role\n  - cohesion-offer\n  - advisers-role\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let found = try SiteBuilder.check(Fixtures.options(root)).filter { $0.path.hasSuffix("cohesion.yaml") }
        #expect(found.map { "\($0.severity.rawValue) \($0.line):\($0.column)" } == ["error 5:5"])
        #expect(found.first?.message.contains("already in this pack (line 3)") == true)
    }

    static let cabinet = """
        board: cwb
        date: 2021-07-14
        items:
          - title: Welcome
          - title: Apologies
          - title: Minutes
          - title: Declarations
          - paper: advisers-role
        """

    @Test func onePaperGoesToSeveralMeetingsAndEachPackNumbersItsOwnItem() throws {
        let root = try Self.project(meeting: Self.meeting)
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.cabinet.write(to: root.appendingPathComponent("content/meetings/cwb-2021-07-14.yaml"), atomically: true, encoding: .utf8)
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed, "\(report.diagnostics)")
        #expect(report.diagnostics.filter { $0.path.hasSuffix("cwb-2021-07-14.yaml") }.isEmpty, "\(report.diagnostics)")
        let site = root.appendingPathComponent("_site")
        let committee = try HTMLPage(Fixtures.read(site.appendingPathComponent("packs/sscb-2021-06-09.html")))
        #expect(committee.texts("//section[@id='item-2']//ol[@class='discussion-points']/li/span") == ["2.1", "2.2", "2.3"])
        let cabinet = try HTMLPage(Fixtures.read(site.appendingPathComponent("packs/cwb-2021-07-14.html")))
        #expect(cabinet.texts("//section[@id='item-5']//ol[@class='discussion-points']/li/span") == ["5.1", "5.2", "5.3"])
        #expect(cabinet.texts("//section[@id='appendix-a']//li/span[@class='point-number']") == ["5.1", "5.2", "5.3"])
        let paper = try HTMLPage(Fixtures.read(site.appendingPathComponent("papers/advisers-role/index.html")))
        #expect(paper.texts("//section[@class='considered']//li") == [
            "Safer and Stronger Communities Board, 9 June 2021, item 2",
            "Community Wellbeing Board, 14 July 2021, item 5",
        ])
        #expect(paper.attribute("href", of: "//section[@class='considered']//a") == [
            "../../meetings/sscb-2021-06-09/index.html", "../../meetings/cwb-2021-07-14/index.html",
        ])
        let meetingPage = try HTMLPage(Fixtures.read(site.appendingPathComponent("meetings/cwb-2021-07-14/index.html")))
        #expect(meetingPage.attribute("href", of: "//ol[@class='agenda-list']/li/a") == ["../../papers/advisers-role/index.html"])
        let unplaced = try HTMLPage(Fixtures.read(site.appendingPathComponent("papers/cohesion-offer/index.html")))
        #expect(unplaced.texts("//section[@class='considered']//li") == ["Safer and Stronger Communities Board, 9 June 2021, item 3"])
    }
}
