import Foundation
import Testing

@testable import BoardPack

/// `bilingual_packs: true` (issue 13, Welsh and English): each pack is also one document, the Welsh
/// pack complete and then the English one, `packs/<id>.cy-en.html` and `.cy-en.pdf`. Welsh text in
/// the fixture is TranslatedPaperTests' (glossary phrases only).
@Suite struct BilingualPackTests {
    static let meeting = WelshPackTests.meeting + "\n  - paper: land-sale\n"
    static let secret = "The offer for the depot stands at four million pounds."
    static let bilingualLine = "bilingual_packs: true"

    /// WelshPackTests' bilingual project with an exempt paper (English only) on its agenda, a paper on
    /// no agenda, and `bilingual_packs: true`.
    static func project(site extra: String = bilingualLine) throws -> URL {
        let site = Fixtures.siteYAML + "\nlanguages: [en, cy]\n" + extra + "\n"
        let exempt = "exempt: { paragraph: 3, public-interest: \"Publishing the offer would weaken the council's negotiating position.\" }"
        let root = try Fixtures.project(papers: [
            "report": Fixtures.paper(date: "2025-03-18"),
            "report.cy": TranslatedPaperTests.welsh(replacing: ("date: 2021-06-09", "date: 2025-03-18")),
            "other": Fixtures.paper(title: "Other paper", date: "2025-03-18"),
            "land-sale": Fixtures.paper(
                title: "Land sale", date: "2025-03-18", body: Fixtures.defaultBody.replacingOccurrences(of: "First paragraph.", with: secret),
                extraFront: exempt),
            "elsewhere": Fixtures.paper(title: "On no agenda", date: "2025-03-18"),
        ], site: site)
        let meetings = root.appendingPathComponent("content/meetings")
        try FileManager.default.createDirectory(at: meetings, withIntermediateDirectories: true)
        try meeting.write(to: meetings.appendingPathComponent("2025-03-18-sscb.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    @discardableResult
    static func build(_ root: URL, audience: Audience = .public, pdf: Bool = false) throws -> BuildReport {
        var options = Fixtures.options(root)
        options.audience = audience
        options.pdf = pdf
        let report = try SiteBuilder.build(options)
        #expect(!report.failed, "\(report.diagnostics)")
        return report
    }

    static func output(_ root: URL, _ path: String) -> String { Fixtures.read(root.appendingPathComponent("_site/" + path)) }

    static let joined = "packs/2025-03-18-sscb.cy-en.html"

    // MARK: The document

    @Test func theWelshPackComesFirstThenTheEnglishOneEachMarkedWithItsLanguage() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root)
        let html = Self.output(root, Self.joined)
        let page = try HTMLPage(html)
        #expect(page.attribute("lang", of: "/html") == ["cy"])
        #expect(page.attribute("lang", of: "//div[contains(@class, 'pack-half')]") == ["cy", "en-GB"])
        #expect(page.nodes("//div[contains(@class, 'pack-half')]").map { $0.parent?.name } == ["main", "main"])
        #expect(page.nodes("//main").count == 1)
        // Welsh cover, agenda and contents first; then the English ones.
        #expect(page.texts("//h1") == [
            "Safer and Stronger Communities Board, 18 Mawrth 2025", "Safer and Stronger Communities Board, 18 March 2025",
        ])
        #expect(page.texts("//div[@lang='cy']//h2[@id='agenda-heading']") == ["Rhaglen"])
        #expect(page.texts("//div[@lang='en-GB']//h2[@id='en-agenda-heading']") == ["Agenda"])
        #expect(page.texts("//div[@lang='cy']//h2[@id='item-2-heading']") == ["2. Adroddiad"])
        #expect(page.texts("//div[@lang='en-GB']//h2[@id='en-item-2-heading']") == ["2. Test paper"])
        // Titled as the Welsh pack: a title cannot mark the English pack's words as English.
        #expect(page.texts("/html/head/title") == ["Safer and Stronger Communities Board, 18 Mawrth 2025"])
        // Each half is its own pack's body as written beside it (one renderer): the Welsh one unchanged.
        let welsh = Self.output(root, "packs/2025-03-18-sscb.cy.html")
        let start = try #require(welsh.range(of: #"<section class="agenda""#))
        let end = try #require(welsh.range(of: "</section>", range: start.upperBound..<welsh.endIndex))
        #expect(html.contains(welsh[start.lowerBound..<end.upperBound]))
        // The same stylesheet and type for both halves: one <style>, the packs' own with the halves' pages.
        #expect(html.components(separatedBy: "<style>").count == 2)
        #expect(html.contains(Fixtures.read(Fixtures.packageRoot.appendingPathComponent("templates/pack.css"))))
        #expect(html.contains(#"@page pack-cy { @bottom-right { content: "Tudalen " counter(page) " o " counter(pages); } }"#))
        #expect(html.contains(#"@page pack-en { @bottom-right { content: "Page " counter(page) " of " counter(pages); } }"#))
    }

    @Test func idsAreUniqueAndEveryContentsLinkStaysInItsOwnHalf() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root)
        let page = try HTMLPage(Self.output(root, Self.joined))
        let ids = page.attribute("id", of: "//*[@id]")
        #expect(!ids.isEmpty)
        #expect(Set(ids).count == ids.count, "\(Dictionary(grouping: ids) { $0 }.filter { $0.value.count > 1 }.keys)")
        for (lang, prefix) in [("cy", ""), ("en-GB", "en-")] {
            let half = "//div[@lang='\(lang)']"
            let ownIDs = Set(page.attribute("id", of: half + "//*[@id]"))
            let links = page.attribute("href", of: half + "//a[starts-with(@href, '#')]")
            #expect(!links.isEmpty)
            for link in links { #expect(ownIDs.contains(String(link.dropFirst())), "\(lang): \(link)") }
            let contents = page.attribute("href", of: half + "//nav[@class='contents']//a[@class='item-link']")
            #expect(contents.first == "#\(prefix)item-2", "\(contents)")
            for labelled in page.attribute("aria-labelledby", of: half + "//*[@aria-labelledby]") {
                for id in labelled.split(separator: " ") { #expect(ownIDs.contains(String(id)), "\(lang): \(id)") }
            }
        }
    }

    @Test func thePublicBilingualPackHasNoExemptTextAndTheMembersOneHasItInBothHalves() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root)
        let publicPack = Self.output(root, Self.joined)
        #expect(!publicPack.contains(Self.secret))
        // Both halves give the exempt paper's title and notice only, as the single packs do.
        #expect(publicPack.components(separatedBy: "Land sale</h2>").count == 3)
        #expect(!Self.output(root, "packs/2025-03-18-sscb.html").contains(Self.secret))
        try Self.build(root, audience: .members)
        let members = Self.output(root, Self.joined)
        #expect(members.components(separatedBy: Self.secret).count == 3, "the exempt paper once in each half")
        #expect(members.contains(#"<p class="confidential">"#))
    }

    @Test func theMeetingPagesAndTheSinglePacksLinkTheBilingualPack() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root)
        for path in ["meetings/2025-03-18-sscb/index.html", "cy/meetings/2025-03-18-sscb/index.html"] {
            let page = try HTMLPage(Self.output(root, path))
            let link = "//p[@class='pack-links']/a[contains(@href, 'cy-en')]"
            #expect(page.texts(link) == ["Cymraeg / English"], "\(path)")
            #expect(page.attribute("href", of: link).first?.hasSuffix("packs/2025-03-18-sscb.cy-en.html") == true, "\(path)")
        }
        let link = #"<p class="bilingual-pack"><a href="2025-03-18-sscb.cy-en.html">Cymraeg / English</a></p>"#
        #expect(Self.output(root, "packs/2025-03-18-sscb.html").contains(link))
        #expect(Self.output(root, "packs/2025-03-18-sscb.cy.html").contains(link))
        #expect(!Self.output(root, Self.joined).contains("bilingual-pack"), "the bilingual pack does not link itself")
    }

    @Test func theLinkLabelsAreTheLanguagesNamesTheSameInBoth() {
        for key in ["pack.bilingual", "pack.bilingual_pdf"] {
            #expect(Labels.english[key] == Labels(.cy)[key])
            #expect(Labels.english[key].hasPrefix(Labels(.cy)["language.name.cy"] + " / " + Labels.english["language.name.en"]))
            #expect(!Labels(.cy).borrowed.contains(key))
        }
    }

    @Test func aBilingualPacksRouteIsOneFileForBothLanguages() {
        #expect(Route.bilingualPack("m").path == "packs/m.cy-en.html")
        #expect(Route.bilingualPackPDF("m").path == "packs/m.cy-en.pdf")
        #expect(Route(path: "packs/m.cy-en.html")?.kind == .bilingualPack(id: "m"))
        #expect(Route(path: "packs/m.cy-en.pdf")?.kind == .bilingualPackPDF(id: "m"))
        #expect(Route(path: "packs/m.cy.html")?.kind == .pack(id: "m"))
        #expect(PDFStage.packID("packs/m.cy-en.html") == "m")
        #expect(!RenderPlan.isSiteWide("packs/m.cy-en.html"))
    }

    @Test func eachHalfsContentsPageNumbersAreInItsOwnWords() {
        let half = { (lang: String, prefix: String, words: String) in
            BilingualPack.halfStart + "x\" lang=\"\(lang)\">"
                + ##"<span class="pages">\##(words)<a class="page-from" href="#\##(prefix)item-2"></a><a class="page-to" href="#\##(prefix)item-2-end"></a></span>"##
        }
        let html = #"<html lang="cy">"# + half("cy", "", "Tudalennau ") + half("en-GB", "en-", "Pages ")
        let filled = PackPageNumbers.fill(html, pages: ["item-2": 4, "item-2-end": 7, "en-item-2": 14, "en-item-2-end": 14], tables: [:])
        #expect(filled.contains(#"<span class="pages">Tudalennau 4–7</span>"#))
        #expect(filled.contains(#"<span class="pages">Page 14</span>"#))
        // A single pack as before.
        let single = ##"<html lang="cy"><span class="pages">Tudalen <a class="page-from" href="#appendix-a"></a></span>"##
        #expect(PackPageNumbers.fill(single, pages: ["appendix-a": 9], tables: [:]) == #"<html lang="cy"><span class="pages">Tudalen 9</span>"#)
    }

    @Test func prefixingChangesIdsAndTheirReferencesOnly() {
        let html = ##"<section id="a" aria-labelledby="a-heading b"><h2 id="a-heading">x</h2><a href="#a">in</a>"##
            + ##"<a href="other.html#a">out</a><td headers="h1">1</td><p data-id="keep">say id=&quot;no&quot;</p></section>"##
        // Text never holds a bare quote: templates and cmark-gfm escape it.
        #expect(BilingualPack.prefixed(html, with: "en-") == ##"<section id="en-a" aria-labelledby="en-a-heading en-b"><h2 id="en-a-heading">x</h2>"##
            + ##"<a href="#en-a">in</a><a href="other.html#a">out</a><td headers="en-h1">1</td><p data-id="keep">say id=&quot;no&quot;</p></section>"##)
    }

    // MARK: site.yaml

    static func siteProblems(_ extra: String, languages: String = "\nlanguages: [en, cy]") -> [String] {
        let text = Fixtures.siteYAML + languages + "\n" + extra + "\n"
        let (site, problems) = SiteValidator.validate(SourceFile(path: "content/site.yaml", text: text))
        #expect(site != nil || problems.hasErrors)
        return problems.map(DiagnosticFormat.text.format)
    }

    /// The line `bilingual_packs` is on in `siteProblems`' file.
    static func line(languages: String = "\nlanguages: [en, cy]") -> Int {
        (Fixtures.siteYAML + languages).split(separator: "\n", omittingEmptySubsequences: false).count + 1
    }

    @Test func aValueThatIsNotTrueOrFalseIsAnErrorAtIt() {
        let problems = Self.siteProblems("bilingual_packs: yes-please")
        #expect(problems == [
            "content/site.yaml:\(Self.line()):18: error: 'bilingual_packs' must be true or false, not 'yes-please': write "
                + "'bilingual_packs: true' for one pack with the Welsh first and the English after it (beside the separate Welsh and "
                + "English packs), or 'bilingual_packs: false' (or no line) for separate packs only",
        ])
        #expect(Self.siteProblems("bilingual_packs: false").isEmpty)
        #expect(Self.siteProblems("bilingual_packs: true").isEmpty)
    }

    @Test func trueWithoutWelshIsAnErrorThatSaysWhatToAdd() {
        let problems = Self.siteProblems("bilingual_packs: true", languages: "")
        #expect(problems == [
            "content/site.yaml:\(Self.line(languages: "")):18: error: 'bilingual_packs: true' makes one pack with the Welsh first "
                + "and the English after it, so the site must publish in Welsh and in English: add 'languages: [en, cy]' (or '[cy, en]' "
                + "for a Welsh-first site), or remove the 'bilingual_packs' line",
        ])
        #expect(Self.siteProblems("bilingual_packs: true", languages: "\nlanguages: [cy]").contains {
            $0.contains("error: 'bilingual_packs: true' makes one pack")
        })
    }

    @Test func checkReportsTheKey() throws {
        let root = try Self.project(site: "bilingual_packs: maybe")
        defer { try? FileManager.default.removeItem(at: root) }
        let problems = try SiteBuilder.check(Fixtures.options(root)).map(DiagnosticFormat.text.format)
        #expect(problems.contains { $0.hasPrefix("content/site.yaml:") && $0.contains("error: 'bilingual_packs' must be true or false") }, "\(problems)")
    }

    @Test func withoutTheKeyThereIsNoBilingualPackAndNoLink() throws {
        let root = try Self.project(site: "")
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root)
        let packs = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("_site/packs").path)
        #expect(!packs.contains { $0.contains("cy-en") })
        #expect(!Self.output(root, "packs/2025-03-18-sscb.html").contains("bilingual-pack"))
        #expect(!Self.output(root, "meetings/2025-03-18-sscb/index.html").contains("cy-en"))
    }

    // MARK: Incremental builds

    @Test func anUnchangedBilingualPackIsNotRewrittenAndTurningItOffRemovesIt() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root)
        let again = try Self.build(root)
        #expect(again.written == 0)
        // A paper on no agenda changes: the packs are left as they are.
        let elsewhere = root.appendingPathComponent("content/papers/elsewhere.md")
        try Fixtures.paper(title: "On no agenda, revised", date: "2025-03-18").write(to: elsewhere, atomically: true, encoding: .utf8)
        let edited = try Self.build(root)
        #expect(edited.written > 0)
        #expect(!edited.changedPaths.contains(Self.joined), "\(edited.changedPaths)")
        // The Welsh version of a paper in the pack changes: the bilingual pack is made again.
        let welsh = root.appendingPathComponent("content/papers/report.cy.md")
        try TranslatedPaperTests.welsh(body: TranslatedPaperTests.welshBody.replacingOccurrences(of: "Adroddiad.", with: "Crynodeb."),
            replacing: ("date: 2021-06-09", "date: 2025-03-18")).write(to: welsh, atomically: true, encoding: .utf8)
        let translated = try Self.build(root)
        #expect(translated.changedPaths.contains(Self.joined), "\(translated.changedPaths)")
        // Turned off: the bilingual packs go, as any output no longer made does.
        let site = root.appendingPathComponent("content/site.yaml")
        try Fixtures.read(site).replacingOccurrences(of: Self.bilingualLine, with: "").write(to: site, atomically: true, encoding: .utf8)
        let off = try Self.build(root)
        #expect(off.removed >= 1)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/" + Self.joined).path))
        #expect(!Self.output(root, "packs/2025-03-18-sscb.html").contains("bilingual-pack"))
    }

    // MARK: serve

    @Test(.enabled(if: ServeTests.executable != nil, "needs the built boardpack command next to the tests"))
    func serveServesTheBilingualPackAndAWelshEditShowsInIt() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try ServeRobustnessTests.Server(root: root)
        defer { _ = server.stop() }
        let address = server.url + "/" + Self.joined
        guard let served = ServeTests.waitFor(address, { $0.contains("</html>") }) else {
            Issue.record("serve did not serve \(Self.joined): \(server.stop())")
            return
        }
        #expect(served.contains(#"<html lang="cy">"#))
        #expect(served.contains("<h2 id=\"item-2-heading\">2. Adroddiad</h2>"))
        // An edit to the Welsh paper shows in the bilingual pack too.
        try TranslatedPaperTests.welsh(replacing: ("title: Adroddiad", "title: Adroddiad blynyddol"))
            .replacingOccurrences(of: "date: 2021-06-09", with: "date: 2025-03-18")
            .write(to: root.appendingPathComponent("content/papers/report.cy.md"), atomically: true, encoding: .utf8)
        #expect(ServeTests.waitFor(address) { $0.contains("2. Adroddiad blynyddol</h2>") } != nil)
    }

    // MARK: Accessibility

    @Test(.enabled(if: ExternalTool.exists(AccessibilityTests.vnu), "needs the Nu HTML checker: `sudo make test-tools`"))
    func theBilingualPacksAreValidHTML() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root, audience: .members)
        let site = root.appendingPathComponent("_site")
        let result = try ExternalTool.run(AccessibilityTests.vnu ?? "", ["--root", site.appendingPathComponent("packs").path, "--ignore-re", "CSS:"])
        #expect(result.status == 0, "\(result.text)")
    }

    @Test(.enabled(
        if: AccessibilityTests.browser && ExternalTool.exists(AccessibilityTests.axePython), "needs chromium, chromedriver and axe: `sudo make test-tools`"))
    func theBilingualPacksPassAxe() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root)
        let files = [Self.joined, "meetings/2025-03-18-sscb/index.html"].map { root.appendingPathComponent("_site/" + $0).path }
        let script = Fixtures.packageRoot.appendingPathComponent("tools/axe_check.py").path
        let result = try ExternalTool.run(AccessibilityTests.axePython ?? "", [script] + files)
        #expect(result.status == 0, "\(result.text)")
        #expect(result.text.contains("\(files.count) file(s), 0 violation(s)"))
    }

    // MARK: PDF

    @Test(.enabled(if: PDFPackTests.tools && ExternalTool.onPath("qpdf") != nil, "needs WeasyPrint, poppler-utils and qpdf"))
    func theBilingualPDFIsWelshThenEnglishNumberedThroughWithBothLanguagesBookmarks() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root, pdf: true)
        let pdf = root.appendingPathComponent("_site/packs/2025-03-18-sscb.cy-en.pdf")
        // Each page's text on one line: a long heading wraps.
        let pages = try PDFPackTests.pageTexts(pdf).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let count = pages.count
        #expect(pages.first?.contains("Safer and Stronger Communities Board, 18 Mawrth 2025") == true)
        #expect(pages.first?.contains("Tudalen 1 o \(count)") == true)
        let english = try #require(pages.firstIndex { $0.contains("Safer and Stronger Communities Board, 18 March 2025") })
        #expect(english > 2)
        for (index, text) in pages.enumerated() {
            let footer = index < english ? "Tudalen \(index + 1) o \(count)" : "Page \(index + 1) of \(count)"
            #expect(text.contains(footer), "page \(index + 1): \(text.suffix(200))")
        }
        // Each half's contents give the pages in the whole document, in its words.
        let welshContents = try #require(pages[..<english].first { $0.contains("Cynnwys") })
        let welshItem = try #require(pages[..<english].firstIndex { $0.contains("2. Adroddiad") && !$0.contains("Cynnwys") && !$0.contains("Rhaglen") })
        #expect(welshContents.contains("Tudalen \(welshItem + 1)") || welshContents.contains("Tudalennau \(welshItem + 1)–"), "\(welshContents)")
        let englishContents = try #require(pages[english...].first { $0.contains("Contents") })
        let englishItem = try #require(pages[english...].firstIndex { $0.contains("2. Test paper") && !$0.contains("Contents") && !$0.contains("Agenda") })
        #expect(englishContents.contains("Page \(englishItem + 1)") || englishContents.contains("Pages \(englishItem + 1)–"), "\(englishContents)")
        #expect(!pages.joined().contains(Self.secret))

        let qpdf = ExternalTool.onPath("qpdf") ?? "/usr/bin/qpdf"
        let expanded = try ExternalTool.run(qpdf, ["--qdf", "--object-streams=disable", pdf.path, "-"]).text
        #expect(expanded.contains("/Lang (cy)"))
        let json = try ExternalTool.run(qpdf, ["--json", pdf.path]).text
        let outlines = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["outlines"] as? [[String: Any]])
        #expect(outlines.compactMap { $0["title"] as? String } == [
            "Safer and Stronger Communities Board, 18 Mawrth 2025", "Safer and Stronger Communities Board, 18 March 2025",
        ])
        let kids = outlines.map { ($0["kids"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String } }
        #expect(kids.first?.prefix(2) == ["Rhaglen", "Cynnwys"])
        #expect(kids.last?.prefix(2) == ["Agenda", "Contents"])
        let info = try ExternalTool.run(ExternalTool.onPath("pdfinfo") ?? "/usr/bin/pdfinfo", [pdf.path]).text
        #expect(info.contains("Title:           Safer and Stronger Communities Board, 18 Mawrth 2025\n"))
        // The meeting pages link the PDF too.
        #expect(Self.output(root, "cy/meetings/2025-03-18-sscb/index.html").contains("2025-03-18-sscb.cy-en.pdf\">Cymraeg / English (PDF)</a>"))

        // Turned off: the PDF goes with its pack.
        let site = root.appendingPathComponent("content/site.yaml")
        try Fixtures.read(site).replacingOccurrences(of: Self.bilingualLine, with: "").write(to: site, atomically: true, encoding: .utf8)
        try Self.build(root, pdf: true)
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/packs/2025-03-18-sscb.cy.pdf").path))
    }
}
