import Foundation
import Testing

@testable import BoardPack

/// A Welsh-first site (issue 13: "the first is the main one"): `languages: [cy, en]` puts the Welsh
/// pages at the top of the site and the English ones under `en/`, with everything that follows from
/// it the other way round. Welsh text is made of glossary phrases only.
@Suite struct WelshMainLanguageTests {
    static let site = Fixtures.siteYAML.replacingOccurrences(of: "language: en-GB\n", with: "") + "\nlanguages: [cy, en]\n"

    static let meeting = """
        board: sscb
        date: 2025-03-18
        time: "14:30"
        venue: { cy: Siambr y Cyngor, en: Council Chamber }
        items:
          - title: { cy: Ymddiheuriadau, en: Apologies }
          - paper: report
          - paper: calendar
        """

    /// `report.md` is Welsh with an English version (`report.en.md`); `calendar.md` is Welsh only.
    static func project(site: String = site) throws -> URL {
        let welsh = { (title: String) in
            TranslatedPaperTests.welsh(replacing: ("date: 2021-06-09", "date: 2025-03-18"))
                .replacingOccurrences(of: "title: Adroddiad", with: "title: \(title)")
        }
        let root = try Fixtures.project(
            papers: [
                "report": welsh("Adroddiad"), "report.en": Fixtures.paper(title: "Annual report", date: "2025-03-18"),
                "calendar": welsh("Calendr cyfarfodydd"),
            ],
            site: site)
        let meetings = root.appendingPathComponent("content/meetings")
        try FileManager.default.createDirectory(at: meetings, withIntermediateDirectories: true)
        try Self.meeting.write(to: meetings.appendingPathComponent("2025-03-18-sscb.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    static func page(_ root: URL, _ path: String) -> String { Fixtures.read(root.appendingPathComponent("_site/" + path)) }

    @Test func welshPagesAreAtTheTopAndEnglishOnesUnderEn() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed, "\(report.diagnostics)")
        // Missing translations are warned about in the right direction: Welsh papers without English.
        let untranslated = report.diagnostics.filter { $0.message.contains("has no") && $0.message.contains("version") }
        #expect(untranslated.map(DiagnosticFormat.text.format) == [
            "content/papers/calendar.md:1:1: warning: this paper has no English version: add 'calendar.en.md' beside it, with the same "
                + "front matter (its texts translated) and the paper's text in English",
        ])
        // The Welsh papers' sections are found by their Welsh headings.
        #expect(!report.diagnostics.contains { $0.path == "content/papers/report.md" }, "\(report.diagnostics)")

        let base = "https://example.org/briefings/"
        for (path, lang, title) in [
            ("index.html", "cy", "Adroddiad"), ("en/index.html", "en", "Annual report"),
            ("papers/report/index.html", "cy", "Adroddiad"), ("en/papers/report/index.html", "en", "Annual report"),
            ("meetings/2025-03-18-sscb/index.html", "cy", "Adroddiad"), ("en/meetings/2025-03-18-sscb/index.html", "en", "Annual report"),
            ("search/index.html", "cy", "Adroddiad"), ("en/search/index.html", "en", "Annual report"),
        ] {
            let html = Self.page(root, path)
            #expect(html.contains(#"<html lang="\#(lang)""#), "\(path)")
            #expect(html.contains(title), "\(path)")
            // hreflang both ways, and the switch to the other language, named in it.
            let route = try #require(Route(path: path))
            let welsh = Route(route.kind, language: .cy, main: .cy), english = Route(route.kind, language: .en, main: .cy)
            #expect(html.contains(#"<link rel="alternate" hreflang="cy" href="\#(welsh.absolute(base: base))" />"#), "\(path)")
            #expect(html.contains(#"<link rel="alternate" hreflang="en" href="\#(english.absolute(base: base))" />"#), "\(path)")
            let other = lang == "cy" ? english : welsh
            let here = lang == "cy" ? welsh : english
            let name = lang == "cy" ? "English" : "Cymraeg"
            #expect(html.contains(#"<a href="\#(other.relative(from: here))" lang="\#(other.language.rawValue)" hreflang="\#(other.language.rawValue)">\#(name)"#), "\(path)")
        }
        #expect(Self.welshPage(root).contains("18 Mawrth 2025"))
        #expect(Self.page(root, "en/papers/report/index.html").contains("18 March 2025"))

        // The Welsh-only paper's English page: English labels, the Welsh text marked, and a notice saying so.
        let english = Self.page(root, "en/papers/calendar/index.html")
        #expect(english.contains(#"<h1 lang="cy">Calendr cyfarfodydd</h1>"#))
        #expect(english.contains(#"<p class="translation-notice">This paper is not yet available in English. It is shown in Welsh.</p>"#))
        #expect(!Self.page(root, "papers/calendar/index.html").contains("translation-notice"))

        // Feeds, search lists and the sitemap, each in its language.
        #expect(Self.page(root, "feed.xml").contains(#"xml:lang="cy""#) && Self.page(root, "feed.xml").contains("<title>Adroddiad</title>"))
        #expect(Self.page(root, "en/feed.xml").contains(#"xml:lang="en""#))
        #expect(Self.page(root, "en/feed.xml").contains("<title>Annual report</title>"))
        #expect(Self.page(root, "en/feed.xml").contains(#"<title xml:lang="cy">Calendr cyfarfodydd</title>"#))
        #expect(Self.page(root, "search.json").contains("Adroddiad") && !Self.page(root, "search.json").contains("Annual report"))
        #expect(Self.page(root, "en/search.json").contains("Annual report"))
        let sitemap = Self.page(root, "sitemap.xml")
        #expect(sitemap.contains("<loc>\(base)papers/report/</loc>") && sitemap.contains("<loc>\(base)en/papers/report/</loc>"))
        #expect(sitemap.contains(#"<xhtml:link rel="alternate" hreflang="en" href="\#(base)en/papers/report/"/>"#))

        // Calendars: the main one in the Welsh labels' words (the board's name is the project's).
        let calendar = Self.page(root, "meetings.ics")
        #expect(calendar.contains("DESCRIPTION:Rhaglen:\\n1. Ymddiheuriadau"))
        #expect(calendar.contains("SUMMARY:Cyfarfod: Safer and Stronger Communities Board"))
        #expect(Self.page(root, "en/meetings.ics").contains("SUMMARY:Safer and Stronger Communities Board meeting"))
        #expect(Self.page(root, "en/meetings.ics").contains("DESCRIPTION:Agenda:\\n1. Apologies"))

        // Packs: the main one Welsh, the English one beside it.
        let welshPack = Self.page(root, "packs/2025-03-18-sscb.html")
        #expect(welshPack.contains(#"<html lang="cy""#) && welshPack.contains("Tudalen "))
        #expect(welshPack.contains("Adroddiad"))
        let englishPack = Self.page(root, "packs/2025-03-18-sscb.en.html")
        #expect(englishPack.contains(#"<html lang="en""#) && englishPack.contains("Annual report"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/packs/2025-03-18-sscb.cy.html").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/cy").path))
    }

    static func welshPage(_ root: URL) -> String { page(root, "papers/report/index.html") }

    @Test func aWelshVersionBesideAWelshPaperAndAnEnglishLanguageCodeAreReported() throws {
        let root = try Self.project(site: Self.site + "language: en-GB\n")
        defer { try? FileManager.default.removeItem(at: root) }
        try TranslatedPaperTests.welsh().write(to: root.appendingPathComponent("content/papers/report.cy.md"), atomically: true, encoding: .utf8)
        let diagnostics = try TranslatedPaperTests.check(root).map(DiagnosticFormat.text.format)
        #expect(diagnostics.contains(
            "content/papers/report.cy.md:1:1: error: Welsh is the site's main language, whose text is 'report.md' itself: "
                + "put this text there, or remove this file"))
        #expect(diagnostics.contains { $0.hasPrefix("content/site.yaml:") && $0.contains("warning: 'language: en-GB' is English") })
        // The English version is checked against the Welsh paper, and says so.
        try Fixtures.paper(title: "Annual report", date: "2025-03-19").write(
            to: root.appendingPathComponent("content/papers/report.en.md"), atomically: true, encoding: .utf8)
        #expect(try TranslatedPaperTests.check(root).map(DiagnosticFormat.text.format).contains(
            "content/papers/report.en.md:4:7: error: 'date' must be the same as in the Welsh paper (content/papers/report.md), "
                + "which has 'date: 2025-03-18': a translation changes the words, not what the paper is"))
    }

    /// Each paper's PDF in each language, beside that language's page.
    @Test(.enabled(if: PDFPackTests.tools && ExternalTool.onPath("qpdf") != nil, "needs WeasyPrint, poppler-utils and qpdf"))
    func eachLanguagesPDFIsBesideItsPage() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        var options = Fixtures.options(root)
        options.pdf = true
        let report = try SiteBuilder.build(options)
        #expect(!report.failed, "\(report.diagnostics)")
        let qpdf = ExternalTool.onPath("qpdf") ?? "/usr/bin/qpdf"
        for (path, lang, page) in [("papers/report.pdf", "cy", "Tudalen 1 o"), ("en/papers/report.pdf", "en", "Page 1 of")] {
            let pdf = root.appendingPathComponent("_site/" + path)
            #expect(try PDFPackTests.pageTexts(pdf).first?.contains(page) == true, "\(path)")
            let expanded = try ExternalTool.run(qpdf, ["--qdf", "--object-streams=disable", pdf.path, "-"]).text
            #expect(expanded.contains("/Lang (\(lang))"), "\(path)")
        }
        #expect(try HTMLPage(Self.page(root, "en/papers/report/index.html")).attribute("href", of: "//p[@class='paper-pdf']/a") == ["../report.pdf"])
        #expect(try HTMLPage(Self.welshPage(root)).attribute("href", of: "//p[@class='paper-pdf']/a") == ["../report.pdf"])
    }
}
