import Foundation
import Testing

@testable import BoardPack

/// Pack PDFs outlive builds without `--pdf` while their pack is unchanged, and go (counted) when it
/// changes; the members' running footer marks only an exempt item's own pages.
@Suite struct PDFKeepingTests {
    static let tools = PDFPackTests.tools

    static let meeting = """
        board: sscb
        date: 2021-06-09
        items:
          - title: Welcome
          - paper: advisers-role
          - title: Minutes of the last meeting
          - paper: depot-sale
          - paper: cohesion-offer
        """

    @Test(.enabled(if: tools, "needs WeasyPrint and poppler-utils: `sudo make test-tools`"))
    func aPDFStaysWhileItsPackIsUnchangedAndGoesWhenItChanges() throws {
        let root = try PackTests.project(meeting: Self.meeting, pack: "title: Cohesion briefing\ntags: [cohesion]\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("_site")
        var withPDF = Fixtures.options(root)
        withPDF.pdf = true
        let first = try SiteBuilder.build(withPDF)
        // Two packs, and each paper but the exempt one on its own.
        #expect(first.pdfs == 4)
        let paperPDF = site.appendingPathComponent("papers/advisers-role.pdf")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("papers/depot-sale.pdf").path))
        let paperPages = try PDFPackTests.pageTexts(paperPDF)
        #expect(paperPages[0].contains("Adviser's role") && paperPages[0].contains("Purpose of report"))
        #expect(!paperPages.joined().contains("Contents") && !paperPages.joined().contains("Appendix"))
        let paperPage = site.appendingPathComponent("papers/advisers-role/index.html")
        #expect(try HTMLPage(Fixtures.read(paperPage)).attribute("href", of: "//p[@class='paper-pdf']/a") == ["../advisers-role.pdf"])
        #expect(try HTMLPage(Fixtures.read(site.appendingPathComponent("papers/depot-sale/index.html"))).nodes("//p[@class='paper-pdf']").isEmpty)
        let meetingPDF = site.appendingPathComponent("packs/sscb-2021-06-09.pdf")
        let briefingPDF = site.appendingPathComponent("packs/cohesion.pdf")
        let printed = try Data(contentsOf: meetingPDF)

        // `serve` builds with a state of its own, from nothing: the PDFs stay.
        var serving = BuildState()
        let served = try SiteBuilder.build(Fixtures.options(root), state: &serving)
        #expect(!served.failed && served.stalePDFs == 0)
        #expect(try Data(contentsOf: meetingPDF) == printed)
        let plain = try SiteBuilder.build(Fixtures.options(root))
        #expect(!plain.failed)
        #expect(plain.removed == 0 && plain.stalePDFs == 0)
        #expect(try Data(contentsOf: meetingPDF) == printed)
        #expect(FileManager.default.fileExists(atPath: briefingPDF.path))
        #expect(FileManager.default.fileExists(atPath: paperPDF.path))
        #expect(try HTMLPage(Fixtures.read(paperPage)).attribute("href", of: "//p[@class='paper-pdf']/a") == ["../advisers-role.pdf"])
        let meetingPage = site.appendingPathComponent("meetings/sscb-2021-06-09/index.html")
        #expect(try HTMLPage(Fixtures.read(meetingPage)).attribute("href", of: "//p[@class='pack-links']/a")
            == ["../../packs/sscb-2021-06-09.html", "../../packs/sscb-2021-06-09.pdf"])

        // advisers-role is in the meeting pack only: that PDF is stale, the briefing's is not.
        let paper = root.appendingPathComponent("content/papers/advisers-role.md")
        try Fixtures.read(paper).replacingOccurrences(of: "England point one", with: "England point one, edited")
            .write(to: paper, atomically: true, encoding: .utf8)
        let edited = try SiteBuilder.build(Fixtures.options(root))
        // The meeting pack's and the paper's own.
        #expect(edited.stalePDFs == 2)
        #expect(edited.removed == 2)
        #expect(!FileManager.default.fileExists(atPath: paperPDF.path))
        #expect(try HTMLPage(Fixtures.read(paperPage)).nodes("//p[@class='paper-pdf']").isEmpty)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("papers/cohesion-offer.pdf").path))
        #expect(!FileManager.default.fileExists(atPath: meetingPDF.path))
        #expect(FileManager.default.fileExists(atPath: briefingPDF.path))
        #expect(try HTMLPage(Fixtures.read(meetingPage)).attribute("href", of: "//p[@class='pack-links']/a")
            == ["../../packs/sscb-2021-06-09.html"])
    }

    @Test(.enabled(if: tools, "needs WeasyPrint and poppler-utils: `sudo make test-tools`"))
    func onlyTheExemptItemsPagesCarryTheExemptFooter() throws {
        let root = try PackTests.project(meeting: Self.meeting)
        defer { try? FileManager.default.removeItem(at: root) }
        var options = Fixtures.options(root, output: "members")
        options.audience = .members
        options.pdf = true
        let report = try SiteBuilder.build(options)
        #expect(!report.failed, "\(report.diagnostics)")
        let pages = try PDFPackTests.pageTexts(root.appendingPathComponent("members/packs/sscb-2021-06-09.pdf"))
        // The running footer may wrap in the margin box ("… paragraph 3 of" / "Schedule 12A"), with
        // the page number between the two lines in pdftotext's reading order.
        let exemptFooter = "Exempt information: paragraph 3 of"
        func pagesOf(_ header: String) -> [Int] {
            pages.indices.filter { pages[$0].split(separator: "\n").first?.hasSuffix(header) == true }
        }
        #expect(!pagesOf("Item 4").isEmpty)
        for page in pagesOf("Item 4") { #expect(pages[page].contains(exemptFooter), "page \(page + 1) lacks the exempt footer") }
        let later = pagesOf("Item 5") + pagesOf("Appendix A: discussion points") + pagesOf("Appendix B: territorial scope")
        #expect(later.count >= 3)
        for page in later + pagesOf("Item 2") {
            #expect(!pages[page].contains(exemptFooter), "page \(page + 1) carries the exempt footer")
            #expect(pages[page].contains("Confidential: members only"))
        }
        // The contents give one page for a one-page item, a range for longer ones.
        let contents = try #require(pages.first { $0.contains("Contents") })
        for item in [2, 4, 5] {
            let start = try #require(pages.indices.first { pages[$0].split(separator: "\n").first?.hasSuffix("Item \(item)") == true }) + 1
            let end = pages.indices.last { pages[$0].split(separator: "\n").first?.hasSuffix("Item \(item)") == true }.map { $0 + 1 } ?? start
            let line = try #require(contents.split(separator: "\n").first { $0.hasPrefix("\(item).") })
            #expect(line.hasSuffix(start == end ? "Page \(start)" : "Pages \(start)–\(end)"), "\(line)")
        }
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Page \(index + 1) of \(pages.count)"), "page \(index + 1)'s number is broken over lines")
        }
    }
}

@Suite struct PackPageNumbersTests {
    @Test func aOnePageItemSaysPageAndARangeTakesAnEnDash() {
        let html = ##"<li><span class="pages">Pages <a class="page-from" href="#item-2" aria-hidden="true" tabindex="-1"></a><a class="page-to" href="#item-2-end" aria-hidden="true" tabindex="-1"></a></span></li>"##
            + ##"<li><span class="pages">Pages <a class="page-from" href="#item-3" aria-hidden="true" tabindex="-1"></a><a class="page-to" href="#item-3-end" aria-hidden="true" tabindex="-1"></a></span></li>"##
        let filled = PackPageNumbers.fill(html, pages: ["item-2": 4, "item-2-end": 7, "item-3": 8, "item-3-end": 8])
        #expect(filled == ##"<li><span class="pages">Pages 4–7</span></li><li><span class="pages">Page 8</span></li>"##)
        #expect(PackPageNumbers.fill(html, pages: [:]) == html)
        let appendix = ##"<span class="pages">Page <a class="page-from" href="#appendix-a" aria-hidden="true" tabindex="-1"></a></span>"##
        #expect(PackPageNumbers.fill(appendix, pages: ["appendix-a": 12]) == #"<span class="pages">Page 12</span>"#)
    }
}
