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

    struct BuiltSite {
        let root: URL

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

    /// The fixed words of each label that has Welsh of its own: its English text without its
    /// `{placeholders}`, in pieces. A piece that is one lower-case word ("of" in "Page {page} of
    /// {pages}", "only" in "{nation} only") is left out: it is as likely to be in English text
    /// written once for both languages. "English" (the switch's label on Welsh pages) is the same
    /// in both languages and is left out too.
    static let englishLabelPieces: [(key: String, piece: String)] = LabelCatalogue.all.flatMap { label -> [(key: String, piece: String)] in
        guard let welsh = label.welsh, welsh != label.english else { return [] }
        return label.english.split(separator: /\{[a-z_]+\}/).compactMap { part in
            let piece = part.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            let oneLowerCaseWord = !piece.contains(" ") && piece.first?.isLowercase == true
            return piece.count(where: \.isLetter) >= 2 && !oneLowerCaseWord ? (label.key, piece) : nil
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
    static func textOutsideEnglish(_ page: HTMLPage) -> [String] {
        // `lang` in HTML, `xml:lang` in the Atom feed.
        let english = "@lang='en' or starts-with(@lang, 'en-') or @xml:lang='en' or starts-with(@xml:lang, 'en-')"
        let notEnglish = "not(ancestor-or-self::*[@lang or @xml:lang][1][\(english)])"
        let texts = page.nodes("//text()[not(ancestor::script) and not(ancestor::style) and \(notEnglish)]")
        let attributes = page.nodes("//@*[(name()='aria-label' or name()='title' or name()='alt' or name()='placeholder') and \(notEnglish)]")
        return (texts + attributes).compactMap(\.stringValue).filter { !$0.allSatisfy(\.isWhitespace) }
    }

    static func englishLabels(in texts: [String]) -> [String] {
        englishLabelPieces.compactMap { label in
            texts.first { contains($0, label.piece) }.map { "\(label.key) (“\(label.piece)” in “\($0.trimmingCharacters(in: .whitespacesAndNewlines))”)" }
        }
    }

    @Test func welshPagesHaveNoEnglishLabelOutsideEnglishText() throws {
        try Self.withSite { site in
            for path in Self.welshPages + [Self.welshFeed] {
                // Every page is checked, whichever are missing.
                guard let page = Self.recordingMissing({ try site.page(path) }) else { continue }
                let found = Self.englishLabels(in: Self.textOutsideEnglish(page))
                #expect(found.isEmpty, "\(path) prints English labels: \(found.joined(separator: "; "))")
                if path != Self.welshFeed { #expect(page.attribute("lang", of: "/html") == ["cy"], "\(path)") }
            }
            guard let feed = Self.recordingMissing({ try site.page(Self.welshFeed) }) else { return }
            let language = feed.attribute("xml:lang", of: "/*")
            #expect(language.contains { $0 == "cy" || $0.hasPrefix("cy-") }, "the Welsh feed names its language: \(language)")
        }
    }

    @Test func theTestFindsAnEnglishLabelAndIgnoresEnglishMarkedText() throws {
        let page = try HTMLPage("""
            <html lang="cy"><body><p>Dyddiad</p><div lang="en"><p>Background papers</p></div>\
            <nav aria-label="Search"><p>Contents</p></nav><p>The storm of 20 March.</p></body></html>
            """)
        #expect(Self.englishLabels(in: Self.textOutsideEnglish(page)) == [
            "page.nav.search (“Search” in “Search”)", "pack.contents (“Contents” in “Contents”)",
        ])
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
