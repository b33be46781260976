import Foundation
import Testing

@testable import BoardPack

/// Issue 13, part 5: each meeting pack is built in each of the site's languages. Welsh text in
/// the fixture is made of glossary phrases only (../shared/research/welsh-glossary.md).
@Suite struct WelshPackTests {
    static let meeting = """
        board: sscb
        date: 2025-03-18
        time: "14:30"
        venue: { en: Council Chamber, cy: Siambr y Cyngor }
        items:
          - title: { en: Apologies, cy: Ymddiheuriadau }
          - paper: report
          - paper: other
        """

    /// A bilingual project: `report` has a Welsh version, `other` has none.
    static func project(languages: Bool = true) throws -> URL {
        let site = Fixtures.siteYAML + (languages ? "\nlanguages: [en, cy]\n" : "\n")
        var papers = ["report": Fixtures.paper(date: "2025-03-18"), "other": Fixtures.paper(title: "Other paper", date: "2025-03-18")]
        if languages { papers["report.cy"] = TranslatedPaperTests.welsh(replacing: ("date: 2021-06-09", "date: 2025-03-18")) }
        let root = try Fixtures.project(papers: papers, site: site)
        let meetings = root.appendingPathComponent("content/meetings")
        try FileManager.default.createDirectory(at: meetings, withIntermediateDirectories: true)
        let meeting = languages ? Self.meeting : Self.meeting.replacingOccurrences(of: ", cy: Siambr y Cyngor", with: "")
            .replacingOccurrences(of: ", cy: Ymddiheuriadau", with: "")
        try meeting.write(to: meetings.appendingPathComponent("2025-03-18-sscb.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    static func built(languages: Bool = true) throws -> (root: URL, report: BuildReport) {
        let root = try project(languages: languages)
        let report = try SiteBuilder.build(Fixtures.options(root))
        return (root, report)
    }

    /// The bilingual project built with `--pdf`.
    static func builtWithPDF() throws -> URL {
        let root = try project()
        var options = Fixtures.options(root)
        options.pdf = true
        let report = try SiteBuilder.build(options)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        return root
    }

    static func pack(_ root: URL, _ name: String) -> String {
        Fixtures.read(root.appendingPathComponent("_site/packs/\(name)"))
    }

    @Test func aBilingualProjectBuildsTheWelshPackBesideTheEnglishOne() throws {
        let (root, report) = try Self.built()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        let welsh = Self.pack(root, "2025-03-18-sscb.cy.html")
        #expect(welsh.contains(#"<html lang="cy">"#))
        #expect(welsh.contains("<title><span") == false)
        #expect(welsh.contains("<h1>Safer and Stronger Communities Board, 18 Mawrth 2025</h1>"))
        #expect(welsh.contains(#"<h2 id="agenda-heading">Rhaglen</h2>"#))
        #expect(welsh.contains(#"<h2 id="contents-heading">Cynnwys</h2>"#))
        #expect(welsh.contains("<dt>Bwrdd</dt>"))
        #expect(welsh.contains(#"<dt>Dyddiad</dt><dd><time datetime="2025-03-18">18 Mawrth 2025</time></dd>"#))
        #expect(welsh.contains("<dt>Amser</dt><dd>2.30 yp</dd>"))
        #expect(welsh.contains("<dt>Lleoliad</dt><dd>Siambr y Cyngor</dd>"))
        #expect(welsh.contains(#"<span class="item-number">1.</span> Ymddiheuriadau</li>"#))
        #expect(welsh.contains(#"<h2 id="appendix-a-heading">Atodiad A: Pwyntiau trafod</h2>"#))
        #expect(welsh.contains(#"<h2 id="appendix-b-heading">Atodiad B: Cwmpas tiriogaethol</h2>"#))
        #expect(welsh.contains(#"data-running="Eitem 2""#))
        // The translated paper is printed in Welsh; the other in English, marked so.
        #expect(welsh.contains(#"<h2 id="item-2-heading">2. Adroddiad</h2>"#))
        // Its title and its own text are marked English; the front sheet's Welsh labels are not.
        #expect(welsh.contains(#"<section class="item" id="item-3" aria-labelledby="item-3-heading" data-running="Eitem 3" data-footer="">\#n<h2 id="item-3-heading" lang="en">3. "#))
        #expect(!welsh.contains(#"lang="en">"# + "\n<h3>Pwrpas yr adroddiad"))
        #expect(welsh.contains(##"<span class="pages">Tudalennau <a class="page-from" href="#item-2""##))
        #expect(welsh.contains(##"<span class="pages">Tudalen <a class="page-from" href="#appendix-a""##))
        // "Page N of M" in the stylesheet, the same rule otherwise: the same type, size and layout.
        #expect(welsh.contains(#"@bottom-right { content: "Tudalen " counter(page) " o " counter(pages); font-family: Arial, sans-serif; font-size: 9pt;"#))
        // A label the glossary lacks is printed in English, marked so.
        #expect(welsh.contains(#"<p class="pack-kind"><span lang="en">Meeting pack</span></p>"#))
        #expect(welsh.contains(#"<p class="other-language">Iaith: <a href="2025-03-18-sscb.html" hreflang="en-GB" lang="en-GB">English</a></p>"#))
    }

    @Test func theEnglishPackSaysWhereTheWelshOneIs() throws {
        let (root, _) = try Self.built()
        defer { try? FileManager.default.removeItem(at: root) }
        let english = Self.pack(root, "2025-03-18-sscb.html")
        #expect(english.contains(#"<html lang="en-GB">"#))
        #expect(english.contains(#"<p class="other-language">Language: <a href="2025-03-18-sscb.cy.html" hreflang="cy" lang="cy">Cymraeg</a></p>"#))
        #expect(english.contains(#"content: "Page " counter(page) " of " counter(pages);"#))
        #expect(english.contains("<dt>Venue</dt><dd>Council Chamber</dd>"))
    }

    @Test func aProjectWithoutLanguagesHasOnlyItsEnglishPackAndNoLanguageLink() throws {
        let (root, report) = try Self.built(languages: false)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        let packs = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("_site/packs").path)
        #expect(packs == ["2025-03-18-sscb.html"])
        #expect(!Self.pack(root, "2025-03-18-sscb.html").contains("other-language"))
    }

    @Test func theContentsPageNumbersAreWrittenInThePacksLanguage() {
        let welsh = ##"<html lang="cy"><span class="pages">Tudalennau <a class="page-from" href="#item-2" aria-hidden="true" tabindex="-1"></a><a class="page-to" href="#item-2-end" aria-hidden="true" tabindex="-1"></a></span>"##
            + ##"<span class="pages">Tudalen <a class="page-from" href="#appendix-a" aria-hidden="true" tabindex="-1"></a></span>"##
        let filled = PackPageNumbers.fill(welsh, pages: ["item-2": 4, "item-2-end": 7, "appendix-a": 9], labels: PackPageNumbers.labels(of: welsh))
        #expect(filled == #"<html lang="cy"><span class="pages">Tudalennau 4–7</span><span class="pages">Tudalen 9</span>"#)
        #expect(PackPageNumbers.labels(of: #"<html lang="en-GB">"#) == .english)
    }

    @Test func theStylesheetsPageNumbersFollowTheLabel() {
        #expect(PackStylesheet.content("Page {page} of {pages}") == #""Page " counter(page) " of " counter(pages)"#)
        #expect(PackStylesheet.content("Tudalen {page} o {pages}") == #""Tudalen " counter(page) " o " counter(pages)"#)
        let css = #"@bottom-right { content: "Page " counter(page) " of " counter(pages); }"#
        #expect(PackStylesheet.localized(css, labels: Labels(.cy)) == #"@bottom-right { content: "Tudalen " counter(page) " o " counter(pages); }"#)
        #expect(PackStylesheet.localized(css, labels: .english) == css)
    }

    @Test(.enabled(if: PDFPackTests.tools && ExternalTool.onPath("qpdf") != nil, "needs WeasyPrint, poppler-utils and qpdf"))
    func theWelshPDFIsInWelshWithAWelshTitleAndBookmarks() throws {
        let root = try Self.builtWithPDF()
        defer { try? FileManager.default.removeItem(at: root) }
        let pdf = root.appendingPathComponent("_site/packs/2025-03-18-sscb.cy.pdf")
        let pages = try PDFPackTests.pageTexts(pdf)
        #expect(pages.first?.contains("Tudalen 1 o \(pages.count)") == true)
        #expect(pages.contains { $0.contains("Tudalennau ") })
        let info = try ExternalTool.run(ExternalTool.onPath("pdfinfo") ?? "/usr/bin/pdfinfo", [pdf.path]).text
        // "Meeting pack" has no Welsh yet: a title cannot mark it English, so it is left out there.
        #expect(info.contains("Title:           Safer and Stronger Communities Board, 18 Mawrth 2025"))
        let json = try ExternalTool.run(ExternalTool.onPath("qpdf") ?? "/usr/bin/qpdf", ["--json", pdf.path]).text
        for bookmark in ["\"title\": \"Rhaglen\"", "\"title\": \"Cynnwys\"", "\"title\": \"Atodiad A: Pwyntiau trafod\""] {
            #expect(json.contains(bookmark), "\(bookmark)")
        }
        let expanded = try ExternalTool.run(
            ExternalTool.onPath("qpdf") ?? "/usr/bin/qpdf", ["--qdf", "--object-streams=disable", pdf.path, "-"]).text
        #expect(expanded.contains("/Lang (cy)"))
        let english = try PDFPackTests.pageTexts(root.appendingPathComponent("_site/packs/2025-03-18-sscb.pdf"))
        #expect(english.first?.contains("Page 1 of \(english.count)") == true)
    }

    /// The project's `templates/labels.cy.yaml` (fixture formats made of the glossary's own words).
    static let pageLabels = """
        pages.of: "Tudalen {page} / {pages}"
        pages.range: "Tudalennau: {first}–{last}"
        pages.single: "Tudalen: {page}"
        """

    @Test func theProjectsPageLabelsAreThoseOfTheWelshPacksStylesheetAndContents() {
        let welsh = Labels(.cy, overrides: ["pages.of": "Tudalen {page} / {pages}", "pages.range": "Tudalennau: {first}–{last}", "pages.single": "Tudalen: {page}"])
        let html = ##"<html lang="cy"><span class="pages">Tudalennau <a class="page-from" href="#item-2"></a><a class="page-to" href="#item-2-end"></a></span>"##
            + ##"<span class="pages">Tudalen <a class="page-from" href="#appendix-a"></a></span>"##
        let labels = PackPageNumbers.labels(of: html, tables: [.cy: welsh])
        let filled = PackPageNumbers.fill(html, pages: ["item-2": 4, "item-2-end": 7, "appendix-a": 9], labels: labels)
        #expect(filled == #"<html lang="cy"><span class="pages">Tudalennau: 4–7</span><span class="pages">Tudalen: 9</span>"#)
        // Without the project's tables, the built-in words; English packs keep theirs whatever the tables say.
        #expect(PackPageNumbers.labels(of: html) == Labels(.cy))
        #expect(PackPageNumbers.labels(of: #"<html lang="en-GB">"#, tables: [.cy: welsh, .en: welsh]) == .english)
        let css = #"@bottom-right { content: "Page " counter(page) " of " counter(pages); }"#
        #expect(PackStylesheet.localized(css, labels: welsh) == #"@bottom-right { content: "Tudalen " counter(page) " / " counter(pages); }"#)
    }

    @Test func theWelshPackHonoursTheProjectsPageLabels() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Self.pageLabels.write(to: templates.appendingPathComponent("labels.cy.yaml"), atomically: true, encoding: .utf8)
        var options = Fixtures.options(root)
        options.templates = templates
        options.pdf = PDFPackTests.tools && ExternalTool.onPath("qpdf") != nil
        let report = try SiteBuilder.build(options)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        let welsh = Self.pack(root, "2025-03-18-sscb.cy.html")
        #expect(welsh.contains(#"@bottom-right { content: "Tudalen " counter(page) " / " counter(pages);"#))
        #expect(welsh.contains(##"<span class="pages">Tudalennau: <a class="page-from" href="#item-2""##))
        #expect(welsh.contains(##"<span class="pages">Tudalen: <a class="page-from" href="#appendix-a""##))
        // The English pack is as it was.
        let english = Self.pack(root, "2025-03-18-sscb.html")
        #expect(english.contains(#"content: "Page " counter(page) " of " counter(pages);"#))
        guard options.pdf else { return }
        let pages = try PDFPackTests.pageTexts(root.appendingPathComponent("_site/packs/2025-03-18-sscb.cy.pdf"))
        #expect(pages.first?.contains("Tudalen 1 / \(pages.count)") == true, "\(pages.first ?? "")")
        // The contents: the appendices' page ("Tudalen: 5"), and the items' ("Tudalen: 3" or "Tudalennau: 3–4").
        let contents = pages.first { $0.contains("Cynnwys") } ?? ""
        #expect(contents.range(of: #"Tudalen: \d+"#, options: .regularExpression) != nil, "\(contents)")
        #expect(contents.range(of: #"Tudalennau \d|Tudalen \d+ o "#, options: .regularExpression) == nil, "\(contents)")
        #expect(!pages.contains { $0.contains(" o \(pages.count)") })
        let englishPages = try PDFPackTests.pageTexts(root.appendingPathComponent("_site/packs/2025-03-18-sscb.pdf"))
        #expect(englishPages.first?.contains("Page 1 of \(englishPages.count)") == true)
    }

    /// With `--pdf`, each paper's Welsh page links a Welsh PDF beside it (`cy/papers/<slug>.pdf`), as
    /// the English page links `papers/<slug>.pdf`: Welsh title, labels, page numbers and language;
    /// an untranslated paper's Welsh PDF has Welsh labels around the English text.
    @Test(.enabled(if: PDFPackTests.tools && ExternalTool.onPath("qpdf") != nil, "needs WeasyPrint, poppler-utils and qpdf"))
    func eachPaperHasAWelshPDFBesideItsWelshPage() throws {
        let root = try Self.builtWithPDF()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("_site")
        for (page, href) in [
            ("papers/report/index.html", "../report.pdf"), ("cy/papers/report/index.html", "../report.pdf"),
            ("cy/papers/other/index.html", "../other.pdf"),
        ] {
            #expect(try HTMLPage(Fixtures.read(site.appendingPathComponent(page))).attribute("href", of: "//p[@class='paper-pdf']/a") == [href], "\(page)")
        }
        let qpdf = ExternalTool.onPath("qpdf") ?? "/usr/bin/qpdf"
        let pdfinfo = ExternalTool.onPath("pdfinfo") ?? "/usr/bin/pdfinfo"
        let expanded = { (pdf: URL) in try ExternalTool.run(qpdf, ["--qdf", "--object-streams=disable", pdf.path, "-"]).text }

        let welsh = site.appendingPathComponent("cy/papers/report.pdf")
        let pages = try PDFPackTests.pageTexts(welsh)
        #expect(pages.first?.contains("Tudalen 1 o \(pages.count)") == true)
        #expect(pages.first?.contains("Adroddiad") == true)
        #expect(pages.joined().contains("Pwyntiau trafod"))
        #expect(!pages.joined().contains("Page 1 of"))
        let title = try ExternalTool.run(pdfinfo, [welsh.path]).text.split(separator: "\n").first { $0.hasPrefix("Title:") }
        #expect(title?.contains("Adroddiad") == true && title?.contains("Test paper") == false, "\(title ?? "")")
        #expect(try expanded(welsh).contains("/Lang (cy)"))

        let untranslated = try PDFPackTests.pageTexts(site.appendingPathComponent("cy/papers/other.pdf"))
        #expect(untranslated.first?.contains("Tudalen 1 o \(untranslated.count)") == true)
        #expect(untranslated.first?.contains("Other paper") == true)

        let english = site.appendingPathComponent("papers/report.pdf")
        let englishPages = try PDFPackTests.pageTexts(english)
        #expect(englishPages.first?.contains("Page 1 of \(englishPages.count)") == true)
        #expect(!(try expanded(english).contains("/Lang (cy)")))

        // A build without --pdf keeps them and their links while the pages are unchanged.
        let plain = try SiteBuilder.build(Fixtures.options(root))
        #expect(!plain.failed && plain.stalePDFs == 0)
        #expect(FileManager.default.fileExists(atPath: welsh.path))
        #expect(try HTMLPage(Fixtures.read(site.appendingPathComponent("cy/papers/report/index.html")))
            .attribute("href", of: "//p[@class='paper-pdf']/a") == ["../report.pdf"])
        // The Welsh version changes: its PDF goes, the English one stays.
        let version = root.appendingPathComponent("content/papers/report.cy.md")
        try Fixtures.read(version).replacingOccurrences(of: "Adroddiad.", with: "Crynodeb.").write(to: version, atomically: true, encoding: .utf8)
        let edited = try SiteBuilder.build(Fixtures.options(root))
        #expect(!edited.failed)
        #expect(!FileManager.default.fileExists(atPath: welsh.path))
        #expect(FileManager.default.fileExists(atPath: english.path))
        #expect(try HTMLPage(Fixtures.read(site.appendingPathComponent("cy/papers/report/index.html"))).nodes("//p[@class='paper-pdf']").isEmpty)
    }
}
