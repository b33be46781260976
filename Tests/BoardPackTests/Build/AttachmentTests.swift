import Foundation
import Testing

@testable import BoardPack

/// Documents attached to agenda items: Markdown printed in the pack after its item, PDFs published
/// beside the meeting's page and put into the pack's PDF, and missing files located.
@Suite struct AttachmentTests {
    static let meeting = """
        board: sscb
        date: 2021-06-09
        items:
          - title: Welcome
          - title: Minutes of the last meeting
            attachments:
              - { title: Minutes of 12 February, file: attachments/minutes-2021-02-12.md }
              - title: Police report
                file: attachments/police-report.pdf
          - paper: advisers-role
        """

    static func project(pdf: [UInt8]) throws -> URL {
        let root = try PackTests.project(meeting: meeting)
        let folder = root.appendingPathComponent("content/attachments")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# Minutes\n\nThe Board **agreed** the budget.\n".write(
            to: folder.appendingPathComponent("minutes-2021-02-12.md"), atomically: true, encoding: .utf8)
        try Data(pdf).write(to: folder.appendingPathComponent("police-report.pdf"))
        return root
    }

    /// Not a PDF a reader could open, but one whose two pages can be counted.
    static let twoPages = Array("%PDF-1.4\n1 0 obj << /Type /Pages >> endobj 2 0 obj << /Type /Page >> endobj 3 0 obj << /Type /Page >> endobj\n%%EOF\n".utf8)

    @Test func markdownIsPrintedAfterItsItemAndAPDFIsLinkedFromTheMeetingPage() throws {
        let root = try Self.project(pdf: Self.twoPages)
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed, "\(report.diagnostics)")
        let site = root.appendingPathComponent("_site")
        let pack = try HTMLPage(Fixtures.read(site.appendingPathComponent("packs/sscb-2021-06-09.html")))
        #expect(pack.texts("//section[@id='item-2-attachment-1']/h2") == ["Item 2: Minutes of 12 February"])
        #expect(pack.texts("//section[@id='item-2-attachment-1']//strong") == ["agreed"])
        #expect(pack.nodes("//section[@id='item-2-attachment-2']//div[@class='attachment-page']").count == 1)
        #expect(pack.attribute("href", of: "//section[@id='item-2-attachment-2']//p[@class='attachment-link']/a")
            == ["../meetings/sscb-2021-06-09/police-report.pdf"])
        #expect(pack.texts("//nav[@class='contents']//a[@class='item-link']").prefix(3)
            == ["Minutes of 12 February", "Police report", "Adviser's role"])
        let meeting = try HTMLPage(Fixtures.read(site.appendingPathComponent("meetings/sscb-2021-06-09/index.html")))
        #expect(meeting.attribute("href", of: "//ul[@class='attachments']/li/a")
            == ["../../packs/sscb-2021-06-09.html#item-2-attachment-1", "police-report.pdf"])
        #expect(meeting.texts("//ul[@class='attachments']/li/span") == ["(in the meeting pack)", "(PDF, 2 pages)"])
        #expect(try [UInt8](Data(contentsOf: site.appendingPathComponent("meetings/sscb-2021-06-09/police-report.pdf"))) == Self.twoPages)
    }

    @Test func linksAndImagesInAMarkdownAttachmentAreRewrittenAndChecked() throws {
        let root = try Self.project(pdf: Self.twoPages)
        defer { try? FileManager.default.removeItem(at: root) }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        try Data(png).write(to: root.appendingPathComponent("content/attachments/budget.png"))
        try "# Minutes\n\nSee [the role](advisers-role.md) and [gone](gone.md).\n\n![Budget chart](budget.png)\n".write(
            to: root.appendingPathComponent("content/attachments/minutes-2021-02-12.md"), atomically: true, encoding: .utf8)
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed, "\(report.diagnostics)")
        let found = report.diagnostics.filter { $0.path.hasSuffix("attachments/minutes-2021-02-12.md") }
        #expect(found.map { "\($0.severity.rawValue) \($0.line):\($0.column)" } == ["warning 3:38"])
        #expect(found.first?.message.contains("points to a paper that does not exist") == true)
        let pack = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/packs/sscb-2021-06-09.html")))
        let section = "//section[@id='item-2-attachment-1']"
        #expect(pack.attribute("href", of: section + "//a") == ["../papers/advisers-role/index.html"])
        #expect(pack.attribute("src", of: section + "//img") == ["data:image/png;base64,\(Data(png).base64EncodedString())"])

        try "![Secret](../../secret.png)\n".write(
            to: root.appendingPathComponent("content/attachments/minutes-2021-02-12.md"), atomically: true, encoding: .utf8)
        let outside = try SiteBuilder.build(Fixtures.options(root))
        #expect(outside.failed)
        #expect(outside.diagnostics.contains { $0.severity == .error && $0.line == 1 && $0.message.contains("outside the content folder") })
    }

    @Test func whatIsAttachedToAnExemptPaperIsNotInThePublicSite() throws {
        let meeting = Self.meeting.replacingOccurrences(of: "  - title: Minutes of the last meeting\n", with: "  - paper: depot-sale\n")
        let root = try PackTests.project(meeting: meeting)
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("content/attachments")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "The reserve price is secret.\n".write(to: folder.appendingPathComponent("minutes-2021-02-12.md"), atomically: true, encoding: .utf8)
        try Data(Self.twoPages).write(to: folder.appendingPathComponent("police-report.pdf"))
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed, "\(report.diagnostics)")
        let site = root.appendingPathComponent("_site")
        #expect(!Fixtures.read(site.appendingPathComponent("packs/sscb-2021-06-09.html")).contains("reserve price"))
        #expect(!Fixtures.read(site.appendingPathComponent("packs/sscb-2021-06-09.html")).contains("Police report"))
        #expect(!Fixtures.read(site.appendingPathComponent("meetings/sscb-2021-06-09/index.html")).contains("Police report"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("meetings/sscb-2021-06-09/police-report.pdf").path))
        var members = Fixtures.options(root, output: "members")
        members.audience = .members
        _ = try SiteBuilder.build(members)
        #expect(Fixtures.read(root.appendingPathComponent("members/packs/sscb-2021-06-09.html")).contains("reserve price"))
    }

    @Test func aMissingOrWrongKindOfAttachmentIsALocatedError() throws {
        let meeting = Self.meeting.replacingOccurrences(of: "minutes-2021-02-12.md", with: "minutes-2021-02-21.md")
            .replacingOccurrences(of: "police-report.pdf", with: "police-report.docx")
        let root = try PackTests.project(meeting: meeting)
        defer { try? FileManager.default.removeItem(at: root) }
        let found = try SiteBuilder.check(Fixtures.options(root)).filter { $0.path.hasSuffix("sscb-2021-06-09.yaml") }
        #expect(found.map { "\($0.severity.rawValue) \($0.line):\($0.column)" } == ["error 7:48", "error 9:15"])
        #expect(found.first?.message.contains("there is no file 'attachments/minutes-2021-02-21.md'") == true)
        #expect(found.last?.message.contains("Markdown file (.md) or a PDF (.pdf)") == true)
    }

    @Test(.enabled(if: PDFPackTests.tools && QPDF.find() != nil, "needs WeasyPrint, qpdf and poppler-utils"))
    func anAttachedPDFsPagesStandInThePackPDFWithTheContentsRight() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("attachment-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try "<p>Police report page one</p><p style='break-before: page'>Police report page two</p>".write(
            to: scratch.appendingPathComponent("r.html"), atomically: true, encoding: .utf8)
        let weasyPrint = try #require(WeasyPrint.find())
        try weasyPrint.render(html: scratch.appendingPathComponent("r.html").path, pdf: scratch.appendingPathComponent("r.pdf").path)
        let root = try Self.project(pdf: [UInt8](Data(contentsOf: scratch.appendingPathComponent("r.pdf"))))
        defer { try? FileManager.default.removeItem(at: root) }
        var options = Fixtures.options(root)
        options.pdf = true
        let report = try SiteBuilder.build(options)
        #expect(!report.failed, "\(report.diagnostics)")
        let pages = try PDFPackTests.pageTexts(root.appendingPathComponent("_site/packs/sscb-2021-06-09.pdf"))
        let contents = try #require(pages.first { $0.contains("Contents") })
        let line = try #require(contents.split(separator: "\n").first { $0.contains("Police report") })
        let first = try #require(pages.firstIndex { $0.contains("Police report page one") }) + 1
        #expect(line.hasSuffix("Pages \(first)–\(first + 1)"), "\(line)")
        #expect(pages[first].contains("Police report page two"))
        let advisers = try #require(contents.split(separator: "\n").first { $0.hasPrefix("3.") })
        let advisersStart = try #require(pages.indices.first { pages[$0].split(separator: "\n").first?.hasSuffix("Item 3") == true }) + 1
        #expect(advisersStart > first + 1)
        #expect(advisers.contains("Page \(advisersStart)") || advisers.contains("Pages \(advisersStart)–"), "\(advisers)")
        // The pack's own pages still count the attachment's: "Page N of M" throughout.
        #expect(pages.last?.contains("Page \(pages.count) of \(pages.count)") == true)

        // A revised report of as many pages leaves the pack's HTML as it was, but not its PDF.
        try "<p>Revised page one</p><p style='break-before: page'>Revised page two</p>".write(
            to: scratch.appendingPathComponent("r.html"), atomically: true, encoding: .utf8)
        try weasyPrint.render(
            html: scratch.appendingPathComponent("r.html").path,
            pdf: root.appendingPathComponent("content/attachments/police-report.pdf").path)
        let plain = try SiteBuilder.build(Fixtures.options(root))
        #expect(plain.stalePDFs == 1)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/packs/sscb-2021-06-09.pdf").path))
    }
}
