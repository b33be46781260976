import Foundation
import Testing

@testable import BoardPack

/// The bilingual Welsh example (examples/welsh-council/) built in both languages (issue 13): every
/// Welsh page type is free of English labels, and every page carries its language, its alternate in
/// the other language and a switch to it.
@Suite struct WelshExamplePagesTests {
    /// Each page type in Welsh, from the example.
    static let welshPages = [
        "cy/index.html",
        "cy/papers/meetings-calendar-2025-26/index.html",  // translated
        "cy/papers/library-opening-hours/index.html",  // not translated
        "cy/meetings/cabinet-2025-03-25/index.html",
        "cy/search/index.html",
        "packs/cabinet-2025-03-25.cy.html",
        "packs/cabinet-2025-03-25-supplement-1.cy.html",
    ]
    static let welshFeed = "cy/feed.xml"

    /// The example built into a new temporary folder, given to `body` and then removed.
    static func withSite<T>(_ body: (BuiltSite) throws -> T) throws -> T {
        let root = try ExternalTool.buildExample(content: WelshCouncilExampleTests.content)
        defer { try? FileManager.default.removeItem(at: root) }
        return try body(BuiltSite(root: root))
    }

    /// The example built Welsh-first (`languages: [cy, en]`, docs/welsh.md): its translated paper's
    /// Welsh file becomes `<slug>.md` and its English one `<slug>.en.md`; the papers with no Welsh
    /// version stand as the main (Welsh) papers, as a Welsh-first council's untranslated ones would.
    static func withWelshFirstSite<T>(_ body: (BuiltSite) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-welsh-first-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent(WelshCouncilExampleTests.content), to: content)
        let siteFile = content.appendingPathComponent("site.yaml")
        let site = Fixtures.read(siteFile)
        #expect(site.contains("languages: [en, cy]\n") && site.contains("language: en-GB\n"))
        try site.replacingOccurrences(of: "languages: [en, cy]\n", with: "languages: [cy, en]\n")
            .replacingOccurrences(of: "language: en-GB\n", with: "").write(to: siteFile, atomically: true, encoding: .utf8)
        let papers = content.appendingPathComponent("papers")
        for file in try FileManager.default.contentsOfDirectory(atPath: papers.path) where file.hasSuffix(".cy.md") {
            let slug = String(file.dropLast(".cy.md".count))
            try FileManager.default.moveItem(at: papers.appendingPathComponent(slug + ".md"), to: papers.appendingPathComponent(slug + ".en.md"))
            try FileManager.default.moveItem(at: papers.appendingPathComponent(file), to: papers.appendingPathComponent(slug + ".md"))
        }
        let output = folder.appendingPathComponent("_site")
        let report = try SiteBuilder.build(BuildOptions(
            content: content, templates: Fixtures.packageRoot.appendingPathComponent("templates"), output: output,
            display: PathDisplay(workingDirectory: folder), useCache: false))
        #expect(!report.failed, "\(report.diagnostics)")
        return try body(BuiltSite(root: output, welshFirst: true))
    }

    /// The headings of the example's papers that have no Welsh version.
    static var englishPapersHeadings: Set<String> {
        let papers = Fixtures.packageRoot.appendingPathComponent(WelshCouncilExampleTests.content + "/papers")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: papers.path)) ?? []
        let english = files.filter { $0.hasSuffix(".md") && !$0.hasSuffix(".cy.md") && !files.contains(String($0.dropLast(3)) + ".cy.md") }
        return Set(english.flatMap { file in
            Fixtures.read(papers.appendingPathComponent(file)).split(separator: "\n").compactMap { line in
                line.hasPrefix("#") ? line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces) : nil
            }
        })
    }

    struct BuiltSite {
        let root: URL
        /// Built Welsh-first: the Welsh outputs are the main ones, the English under en/ and `.en.` packs.
        var welshFirst = false

        /// Whether the output at `path` is in Welsh.
        func isWelsh(_ path: String) -> Bool {
            welshFirst ? !(path.hasPrefix("en/") || path.contains(".en.")) : WelshExamplePagesTests.isWelsh(path)
        }

        /// Every output, relative to the site's folder.
        var files: [String] {
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            var files: [String] = []
            while let url = enumerator?.nextObject() as? URL {
                if !url.hasDirectoryPath { files.append(String(url.path.dropFirst(root.path.count + 1))) }
            }
            return files.sorted()
        }

        func read(_ path: String) -> String { Fixtures.read(root.appendingPathComponent(path)) }

        /// The page at `path`, parsed; an error naming it when the build did not write it.
        func page(_ path: String) throws -> HTMLPage {
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) else { throw Missing(path: path) }
            return try HTMLPage(read(path))
        }

        /// The site's HTML outputs, relative to its folder.
        var htmlPages: [String] { AccessibilityTests.pages(in: root).map { String($0.dropFirst(root.path.count + 1)) } }
    }

    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "the build did not write \(path)" }
    }

    /// `parse()`'s page, or nil with its error recorded as an issue.
    static func recordingMissing(_ parse: () throws -> HTMLPage) -> HTMLPage? {
        do { return try parse() } catch {
            Issue.record(error)
            return nil
        }
    }

    /// A Welsh output is one under cy/ or a `.cy.` pack.
    static func isWelsh(_ path: String) -> Bool { path.hasPrefix("cy/") || path.contains(".cy.") }

    // MARK: No English label on a Welsh page

    /// The fixed words of each label, with Welsh of its own or not yet: its English text without its
    /// `{placeholders}`, in pieces. A piece that is one lower-case word ("of" in "Page {page} of
    /// {pages}", "only" in "{nation} only") is left out: it is as likely to be in English text
    /// written once for both languages; so is a format's name ("PDF"), the same in both. "English"
    /// (the switch's label on Welsh pages) is the same in both languages and is left out too.
    static let englishLabelPieces: [(key: String, piece: String)] = LabelCatalogue.all.flatMap { label -> [(key: String, piece: String)] in
        guard label.welsh != label.english else { return [] }
        return pieces(of: label.english).filter { piece in
            let oneWord = !piece.contains(" ")
            // One short word ("The" of "The {subject}", "Yes") is as likely to be written text.
            let short = label.welsh == nil && oneWord && piece.count < 4
            return !(oneWord && piece.first?.isLowercase == true) && !short && piece != piece.uppercased()
        }.map { (label.key, $0) }
    }

    /// The pieces of the labels that have Welsh: an attribute (`aria-label`) cannot be marked
    /// English apart from its element, so only these are looked for there.
    static let englishPiecesOfWelshLabels = englishLabelPieces.filter { LabelCatalogue.definition($0.key)?.welsh != nil }

    /// The Welsh of each label that has it, in pieces of two words or more ("Rhaglen atodol"): text
    /// marked English must not hold them.
    static let welshLabelPieces: [(key: String, piece: String)] = LabelCatalogue.all.flatMap { label -> [(key: String, piece: String)] in
        guard let welsh = label.welsh, welsh != label.english else { return [] }
        return pieces(of: welsh).filter { $0.contains(" ") }.map { (label.key, $0) }
    }

    /// A label's text without its placeholders, in pieces with two letters or more.
    static func pieces(of text: String) -> [String] {
        text.split(separator: /\{[a-z_]+\}/).compactMap { part in
            let piece = part.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            return piece.count(where: \.isLetter) >= 2 ? piece : nil
        }
    }

    /// `piece` as a whole word or phrase in `text`, matching case.
    static func contains(_ text: String, _ piece: String) -> Bool {
        text.ranges(of: piece).contains { range in
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            return !(before?.isLetter ?? false) && !(after?.isLetter ?? false)
        }
    }

    /// The page's text and labelling attributes that are not inside an element marked English.
    static func textOutsideEnglish(_ page: HTMLPage) -> [String] { texts(page, english: false) + attributes(page, english: false) }

    /// `lang` in HTML, `xml:lang` in the Atom feed: the nearest marks English (`english`), or not.
    static func marked(english: Bool) -> String {
        let englishLang = "@lang='en' or starts-with(@lang, 'en-') or @xml:lang='en' or starts-with(@xml:lang, 'en-')"
        let marked = "ancestor-or-self::*[@lang or @xml:lang][1][\(englishLang)]"
        return english ? marked : "not(\(marked))"
    }

    /// The page's text nodes inside an element marked English (`english`), or outside.
    static func texts(_ page: HTMLPage, english: Bool) -> [String] {
        page.nodes("//text()[not(ancestor::script) and not(ancestor::style) and \(marked(english: english))]")
            .compactMap(\.stringValue).filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// The page's labelling attributes inside an element marked English (`english`), or outside.
    static func attributes(_ page: HTMLPage, english: Bool) -> [String] {
        page.nodes("//@*[(name()='aria-label' or name()='title' or name()='alt' or name()='placeholder') and \(marked(english: english))]")
            .compactMap(\.stringValue).filter { !$0.allSatisfy(\.isWhitespace) }
    }

    static func englishLabels(in texts: [String]) -> [String] { labels(englishLabelPieces, in: texts) }

    static func labels(_ pieces: [(key: String, piece: String)], in texts: [String]) -> [String] {
        pieces.compactMap { label in
            texts.first { contains($0, label.piece) }.map { "\(label.key) (“\(label.piece)” in “\($0.trimmingCharacters(in: .whitespacesAndNewlines))”)" }
        }
    }

    /// The values of an iCalendar file's text properties that are not marked `LANGUAGE=en`, unfolded.
    static func calendarTextOutsideEnglish(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].split(separator: ";")
            guard let property = name.first, ["SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "X-WR-CALNAME"].contains(property),
                !name.dropFirst().contains(where: { $0 == "LANGUAGE=en" || $0.hasPrefix("LANGUAGE=en-") })
            else { return nil }
            return String(line[line.index(after: colon)...]).replacingOccurrences(of: "\\n", with: "\n")
                .replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
        }
    }

    /// What is wrong with the Welsh outputs of `site`: each English label outside text marked
    /// English, and each Welsh label inside it, with the file it is in.
    static func problemsInWelshOutputs(_ site: BuiltSite) throws -> [String] {
        // Built Welsh-first, the papers with no Welsh version are the main (Welsh) papers, written
        // in English: their own headings ("Discussion", "Implications for Wales") are their text.
        let written = site.welshFirst ? Self.englishPapersHeadings : []
        var problems: [String] = []
        let outputs = site.files.filter { site.isWelsh($0) && ["html", "xml", "ics"].contains(URL(fileURLWithPath: $0).pathExtension) }
        #expect(outputs.contains { $0.hasSuffix("feed.xml") } && outputs.contains { $0.hasSuffix(".ics") } && outputs.count > 10, "\(outputs)")
        for path in outputs where !path.hasSuffix("sitemap.xml") {
            if path.hasSuffix(".ics") {
                problems += englishLabels(in: calendarTextOutsideEnglish(site.read(path))).map { "\(path): English \($0)" }
                continue
            }
            let page = try site.page(path)
            let text = texts(page, english: false).filter { !written.contains($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            problems += englishLabels(in: text).map { "\(path): English \($0)" }
            problems += labels(englishPiecesOfWelshLabels, in: attributes(page, english: false)).map { "\(path): English (attribute) \($0)" }
            problems += labels(welshLabelPieces, in: texts(page, english: true)).map { "\(path): Welsh marked English: \($0)" }
        }
        return problems
    }

    /// Every Welsh output of the example, built English-first and Welsh-first: every page and pack,
    /// the feed, the calendars. A label's English words are only in text marked English
    /// (`lang="en"`, `xml:lang="en"`, `LANGUAGE=en`), and text marked English holds no Welsh label.
    @Test func welshPagesHaveNoEnglishLabelOutsideEnglishText() throws {
        let englishFirst = try Self.withSite { site in
            for path in Self.welshPages + [Self.welshFeed] {
                // Every page type is there, and in Welsh.
                guard let page = Self.recordingMissing({ try site.page(path) }) else { continue }
                if path != Self.welshFeed { #expect(page.attribute("lang", of: "/html") == ["cy"], "\(path)") }
            }
            if let feed = Self.recordingMissing({ try site.page(Self.welshFeed) }) {
                let language = feed.attribute("xml:lang", of: "/*")
                #expect(language.contains { $0 == "cy" || $0.hasPrefix("cy-") }, "the Welsh feed names its language: \(language)")
            }
            return try Self.problemsInWelshOutputs(site)
        }
        #expect(englishFirst.isEmpty, "English-first: \(englishFirst.count) problem(s):\n\(englishFirst.joined(separator: "\n"))")
        let welshFirst = try Self.withWelshFirstSite(Self.problemsInWelshOutputs)
        #expect(welshFirst.isEmpty, "Welsh-first: \(welshFirst.count) problem(s):\n\(welshFirst.joined(separator: "\n"))")
    }

    @Test func theTestFindsAnEnglishLabelAndIgnoresEnglishMarkedText() throws {
        let page = try HTMLPage("""
            <html lang="cy"><body><p>Dyddiad</p><div lang="en"><p>Background papers</p></div>\
            <nav aria-label="Search"><p>Contents</p></nav><p>The storm of 20 March.</p></body></html>
            """)
        #expect(Self.englishLabels(in: Self.textOutsideEnglish(page)) == [
            "page.nav.search (“Search” in “Search”)", "pack.contents (“Contents” in “Contents”)",
        ])
        // A label with no Welsh yet, unmarked; Welsh inside text marked English; a calendar's unmarked text.
        let mixed = try HTMLPage(#"<html lang="cy"><body><p>Tags: x</p><p lang="en">Rhaglen atodol 1 (HTML, printable)</p></body></html>"#)
        #expect(Self.englishLabels(in: Self.texts(mixed, english: false)) == ["paper.tags (“Tags” in “Tags: x”)"])
        #expect(Self.labels(Self.welshLabelPieces, in: Self.texts(mixed, english: true))
            == ["agenda.supplement (“Rhaglen atodol” in “Rhaglen atodol 1 (HTML, printable)”)"])
        #expect(Self.calendarTextOutsideEnglish("SUMMARY:A\r\nCOMMENT;LANGUAGE=en:B\r\nDESCRIPTION:C\r\n  D\\, E\r\n") == ["A", "C D, E"])
    }

    // MARK: What the Welsh pages show

    @Test func translatedAndUntranslatedPapersAndWelshDates() throws {
        try Self.withSite { site in
            let translated = try site.page("cy/papers/meetings-calendar-2025-26/index.html")
            #expect(translated.texts("//h1").contains { $0.contains("Calendr cyfarfodydd 2025-26") })
            #expect(translated.texts("//h2").contains("Cefndir"))
            #expect(!site.read("cy/papers/meetings-calendar-2025-26/index.html").contains("Meetings are on Tuesdays"))

            // Untranslated: Welsh labels around the English text, marked English for screen readers.
            let path = "cy/papers/library-opening-hours/index.html"
            let untranslated = try site.page(path)
            let english = "contains(., 'Cabinet asked officers to consult')"
            #expect(!untranslated.nodes("//*[@lang='en']//text()[\(english)]").isEmpty)
            #expect(untranslated.nodes("//text()[\(english) and not(ancestor::*[@lang='en'])]").isEmpty)
            #expect(site.read(path).contains("Crynodeb"))

            // Lists name an untranslated paper by its English title, marked so; a translated one in Welsh.
            for path in ["cy/index.html", "cy/meetings/cabinet-2025-03-25/index.html"] {
                let page = try site.page(path)
                #expect(page.attribute("lang", of: "//a[starts-with(., 'Library opening hours')]") == ["en"], "\(path)")
                #expect(page.attribute("lang", of: "//a[starts-with(., 'Calendr cyfarfodydd 2025-26')]") == [], "\(path)")
            }
            #expect(try site.page("index.html").attribute("lang", of: "//a[starts-with(., 'Library opening hours')]") == [])

            let meeting = site.read("cy/meetings/cabinet-2025-03-25/index.html")
            #expect(meeting.contains("25 Mawrth 2025") && meeting.contains("10.00 yb"))
            #expect(meeting.contains("Cyfarfod hybrid") && meeting.contains("Ymddiheuriadau am absenoldeb"))
            #expect(!meeting.contains("Hybrid meeting"))
        }
    }

    /// The labels the glossary gives since the audit of issue 13: the search page, its filter and
    /// script, the urgent item and the calendars; what it lacks stays English, marked so.
    @Test func theSearchPageUrgentItemAndCalendarsUseTheGlossarysWelsh() throws {
        try Self.withSite { site in
            let search = try site.page("cy/search/index.html")
            #expect(search.texts("//h1") == ["Chwilio"])
            #expect(search.texts("//title").first?.hasPrefix("Chwilio: ") == true)
            #expect(Array(search.texts("//select[@id='search-purpose']/option").dropFirst()) == ["I'w benderfynu", "I'w nodi"])
            // The script's words have no Welsh in the glossary: English, and the status line says so.
            #expect(search.attribute("lang", of: "//p[@id='search-status']") == ["en"])
            #expect(site.read("cy/search/index.html").contains(#"label.textContent = "Search the text of every paper"; label.lang = "en";"#))
            #expect(site.read("cy/papers/meetings-calendar-2025-26/index.html").contains(#"data-pagefind-filter="purpose:I&#39;w benderfynu""#))

            let meeting = try site.page("cy/meetings/cabinet-2025-03-25/index.html")
            #expect(meeting.texts("//span[@class='paper-meta']").contains { $0.hasPrefix("Materion brys: The storm of 20 March") })
            #expect(site.read("packs/cabinet-2025-03-25.cy.html").contains("<span class=\"purpose\">Materion brys: The storm"))

            let calendar = site.read("cy/meetings.ics")
            #expect(calendar.contains("\r\nSUMMARY:Cyfarfod: Cabinet\r\n"), "\(calendar)")
            #expect(site.read("cy/meetings/cabinet.ics").contains("X-WR-CALNAME:Cyfarfodydd: Cabinet\r\n"))
            #expect(site.read("meetings.ics").contains("\r\nSUMMARY:Cabinet meeting\r\n"))
        }
    }

    /// The exclusion of the press and public: its heading in the glossary's Welsh ("Cau allan y wasg
    /// a'r cyhoedd", high) on the Welsh meeting page and pack; the resolution, the Act's English
    /// words, marked English; the English page as it was.
    @Test func theExclusionHeadingIsWelshAndItsResolutionMarkedEnglish() throws {
        try Self.withSite { site in
            for path in ["cy/meetings/cabinet-2025-03-25/index.html", "packs/cabinet-2025-03-25.cy.html"] {
                let page = try site.page(path)
                #expect(page.texts("//li[@class='exclusion']/text()") == ["Cau allan y wasg a'r cyhoedd"], "\(path)")
                #expect(page.attribute("lang", of: "//li[@class='exclusion']").isEmpty, "\(path)")
                #expect(page.attribute("lang", of: "//li[@class='exclusion']/p") == ["en"], "\(path)")
            }
            let english = try site.page("meetings/cabinet-2025-03-25/index.html")
            #expect(english.texts("//li[@class='exclusion']/text()") == ["Exclusion of the press and public"])
            #expect(english.attribute("lang", of: "//li[@class='exclusion']/p").isEmpty)
        }
    }

    /// The Welsh feed names a supplementary agenda in the glossary's words ("Rhaglen atodol", low),
    /// with the Welsh board name and date; its summary, whose words have no Welsh yet, is marked English.
    @Test func theWelshFeedNamesASupplementInWelsh() throws {
        try Self.withSite { site in
            let feed = site.read(Self.welshFeed)
            #expect(feed.contains("    <title>Rhaglen atodol 1: Cabinet, 25 Mawrth 2025</title>\n"), "\(feed)")
            #expect(feed.contains(#"<summary type="text" xml:lang="en">Issues the papers to follow: item 6"#))
            #expect(site.read("feed.xml").contains("    <title>Supplementary agenda 1: Cabinet, 25 March 2025</title>\n"))
        }
    }

    /// Built Welsh-first, the main feed, search list and packs speak Welsh as the Welsh ones of an
    /// English-first site do: the supplement's title, the exempt notice, the meeting's date.
    @Test func aWelshFirstSitesOwnFeedSearchListAndPacksAreInWelsh() throws {
        try Self.withWelshFirstSite { site in
            let feed = site.read("feed.xml")
            #expect(feed.contains("    <title>Rhaglen atodol 1: Cabinet, 25 Mawrth 2025</title>\n"), "\(feed)")
            #expect(feed.contains(#"<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><span xml:lang="en">Issues the papers to follow: item 6, </span>"#))
            #expect(feed.contains(#"<div xmlns="http://www.w3.org/1999/xhtml">Nid i&apos;w gyhoeddi yn rhinwedd paragraff 14 Rhan 4, Atodlen 12A Deddf Llywodraeth Leol 1972. <span xml:lang="en">Paragraph 14: "#))
            let search = try site.page("search/index.html")
            let summary = search.texts("//span[@class='search-summary']").first { $0.contains("Atodlen 12A") } ?? ""
            #expect(summary.hasPrefix("Nid i'w gyhoeddi yn rhinwedd paragraff 14 Rhan 4") && summary.contains("Prawf budd y cyhoedd:"), "\(summary)")
            #expect(search.attribute("lang", of: "//span[@class='search-summary']/span") == ["en"])
            #expect(site.read("search.json").contains(#""summary":"Nid i'w gyhoeddi yn rhinwedd paragraff 14"#))
            for pack in ["packs/cabinet-2025-03-25.html", "packs/cabinet-2025-03-25-supplement-1.html"] {
                let html = site.read(pack)
                #expect(html.contains("<h1>Cabinet, 25 Mawrth 2025</h1>") && !html.contains("25 March 2025"), "\(pack)")
            }
            #expect(site.read("packs/cabinet-2025-03-25.en.html").contains("<h1>Cabinet, 25 March 2025</h1>"))
        }
    }

    /// A council's own heading (`wording:` in site.yaml) is printed as written, the item marked English.
    @Test func aCouncilsOwnExclusionHeadingStaysAsWritten() {
        var wording = StatutoryWording.standard
        wording.exclusionTitle = "Exclusion of the public"
        let site = Site(title: "T", organisation: "O", baseURL: "", language: "en-GB", boards: [], categories: [], wording: wording)
        let resolution = ExclusionResolution(title: wording.exclusionTitle, resolution: "To resolve.", beforeItem: 3)
        let shown = resolution.shown(in: Labels(.cy), site: site)
        #expect(shown.resolution.title == "Exclusion of the public" && shown.lang == "en" && shown.resolutionLang == nil)
        let standard = resolution.shown(in: Labels(.cy), site: Site(title: "T", organisation: "O", baseURL: "", language: "en-GB", boards: [], categories: []))
        #expect(standard.resolution.title == "Cau allan y wasg a'r cyhoedd" && standard.lang == nil && standard.resolutionLang == "en")
        #expect(resolution.shown(in: .english, site: site).lang == nil)
    }

    // MARK: lang, hreflang both ways and the switch

    /// `href` on the page at `path` as a path in the site folder (index.html for a folder), or nil
    /// for a link that leaves the site.
    static func target(of href: String, from path: String) -> String? {
        var link = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? href
        let base = "https://example.org/sir-enghraifft/"
        let parts: [Substring]
        if link.hasPrefix(base) {
            parts = link.dropFirst(base.count).split(separator: "/", omittingEmptySubsequences: false)
        } else if link.contains("://") || link.hasPrefix("/") {
            return nil
        } else {
            if link.isEmpty { link = "." }
            parts = path.split(separator: "/").dropLast() + link.split(separator: "/", omittingEmptySubsequences: false)
        }
        var resolved: [Substring] = []
        for part in parts {
            switch part {
            case ".", "": continue
            case "..": _ = resolved.popLast()
            default: resolved.append(part)
            }
        }
        let joined = resolved.joined(separator: "/")
        return joined.isEmpty || link.hasSuffix("/") || link == "." ? (joined.isEmpty ? "index.html" : joined + "/index.html") : joined
    }

    @Test func everyPageHasLangHreflangBothWaysAndASwitch() throws {
        try Self.withSite(Self.checkAlternates)
    }

    static func checkAlternates(_ site: BuiltSite) throws {
        // The bilingual packs (`bilingual_packs: true`) are both languages in one file: no alternate.
        let bilingual = site.htmlPages.filter { $0.contains(".cy-en.") }
        #expect(bilingual == ["packs/cabinet-2025-03-25-supplement-1.cy-en.html", "packs/cabinet-2025-03-25.cy-en.html"])
        let pages = site.htmlPages.filter { !bilingual.contains($0) }
        // Each English page and pack has its Welsh one.
        #expect(pages.filter(Self.isWelsh).count == 9, "\(pages)")
        #expect(pages.filter { !Self.isWelsh($0) }.count == 9, "\(pages)")
        var alternates: [String: String] = [:]
        for path in pages {
            let page = try site.page(path)
            // English pages keep the site's `language` (en-GB) as their code; Welsh ones are `cy`.
            let other = Self.isWelsh(path) ? "en-GB" : "cy"
            let lang = page.attribute("lang", of: "/html").first ?? ""
            #expect(Self.isWelsh(path) ? lang == "cy" : lang == "en-GB", "\(path): <html lang=\"\(lang)\">")

            let hrefs = page.attribute("href", of: "//link[@rel='alternate' and @hreflang='\(other)']")
            #expect(hrefs.count == 1, "\(path): alternate links to \(other): \(hrefs)")
            if let target = hrefs.first.flatMap({ Self.target(of: $0, from: path) }) {
                #expect(pages.contains(target), "\(path): the alternate \(target) does not exist")
                alternates[path] = target
            }

            let switches = page.nodes("//a[@hreflang='\(other)' and @lang='\(other)']")
            #expect(switches.count == 1, "\(path): \(switches.count) switch(es) to \(other)")
            let label = switches.first?.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(label == (other == "cy" ? "Cymraeg" : "English"), "\(path): the switch reads \(label ?? "nothing")")
            let switchTarget = page.attribute("href", of: "//a[@hreflang='\(other)' and @lang='\(other)']").first
                .flatMap { Self.target(of: $0, from: path) }
            #expect(switchTarget.map(pages.contains) == true, "\(path): the switch leads to \(switchTarget ?? "nowhere")")
            #expect(switchTarget == alternates[path], "\(path): the switch and the alternate differ")
        }
        for (path, target) in alternates {
            #expect(alternates[target] == path, "\(path) names \(target) as its alternate, which names \(alternates[target] ?? "none")")
        }
    }
}
