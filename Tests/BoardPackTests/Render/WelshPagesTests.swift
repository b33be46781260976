import Foundation
import Testing

@testable import BoardPack

/// A bilingual project (`languages: [en, cy]`) builds every page in each language (issue 13, parts
/// 3 and 4): the Welsh example with one paper translated, its outputs parsed.
@Suite struct WelshPagesTests {
    static let pages = ["index.html", "papers/library-opening-hours/index.html", "papers/budget-monitoring-q3/index.html",
                        "meetings/cabinet-2025-03-25/index.html", "search/index.html"]

    /// The Welsh example, bilingual when `languages` is given, with `library-opening-hours.cy.md`.
    static func build(languages: String?, labels: String? = nil, useCache: Bool = false) throws -> (output: URL, report: BuildReport) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-welsh-pages-\(UUID().uuidString)")
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("examples/welsh-council/content"), to: content)
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        // The example is bilingual itself: made one-language here (its own `languages` line, Welsh
        // texts and Welsh paper taken out) so that each test sets the languages it is about.
        try Self.makeEnglishOnly(content)
        if let languages {
            let site = content.appendingPathComponent("site.yaml")
            let text = try String(contentsOf: site, encoding: .utf8)
            try (text + "languages: \(languages)\n").write(to: site, atomically: true, encoding: .utf8)
            let papers = content.appendingPathComponent("papers")
            try FileManager.default.copyItem(
                at: papers.appendingPathComponent("library-opening-hours.md"), to: papers.appendingPathComponent("library-opening-hours.cy.md"))
        }
        if let labels { try labels.write(to: templates.appendingPathComponent("labels.cy.yaml"), atomically: true, encoding: .utf8) }
        let output = root.appendingPathComponent("out")
        let report = try SiteBuilder.build(BuildOptions(
            content: content, templates: templates, output: output, display: PathDisplay(workingDirectory: root), useCache: useCache))
        return (output, report)
    }

    /// Removes the example's `languages` and `bilingual_packs` lines, keeps only the English of `{ en: …, cy: … }` texts
    /// and deletes its Welsh papers.
    static func makeEnglishOnly(_ content: URL) throws {
        let files = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "yaml" {
            var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            lines.removeAll { $0.hasPrefix("languages:") || $0.hasPrefix("bilingual_packs:") }
            lines = lines.map { line in
                guard let open = line.range(of: "{ en: "), let middle = line.range(of: ", cy: ", range: open.upperBound..<line.endIndex),
                    line.hasSuffix(" }")
                else { return line }
                return String(line[..<open.lowerBound]) + String(line[open.upperBound..<middle.lowerBound])
            }
            try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        }
        for file in files where file.lastPathComponent.hasSuffix(".cy.md") { try FileManager.default.removeItem(at: file) }
    }

    static func rebuild(_ output: URL) throws -> BuildReport {
        let root = output.deletingLastPathComponent()
        return try SiteBuilder.build(BuildOptions(
            content: root.appendingPathComponent("content"), templates: root.appendingPathComponent("templates"), output: output,
            display: PathDisplay(workingDirectory: root)))
    }

    static func page(_ output: URL, _ path: String) throws -> HTMLPage {
        try HTMLPage(Fixtures.read(output.appendingPathComponent(path)))
    }

    @Test func everyPageIsBuiltInEachLanguageWithLangHreflangAndASwitch() throws {
        let (output, report) = try Self.build(languages: "[en, cy]")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(!report.failed)
        for path in Self.pages {
            for (own, other, lang, otherLang, switchText) in [
                (path, "cy/" + path, "en-GB", "cy", "Cymraeg"), ("cy/" + path, path, "cy", "en-GB", "English"),
            ] {
                let page = try Self.page(output, own)
                #expect(page.attribute("lang", of: "/html") == [lang], "\(own)")
                // hreflang to every version, itself included, as absolute addresses.
                let base = "https://example.org/sir-enghraifft/"
                let pretty = { (file: String) in base + (file == "index.html" ? "" : file.hasSuffix("/index.html") ? String(file.dropLast(10)) : file) }
                #expect(page.attribute("hreflang", of: "//link[@rel='alternate'][@hreflang]") == ["en-GB", "cy"], "\(own)")
                #expect(page.attribute("href", of: "//link[@rel='alternate'][@hreflang='\(lang)']") == [pretty(own)], "\(own)")
                #expect(page.attribute("href", of: "//link[@rel='alternate'][@hreflang='\(otherLang)']") == [pretty(other)], "\(own)")
                // The switch, in the header, names the other language in itself and opens the same page.
                let link = "//header//nav[@class='language-switch']//a"
                #expect(page.texts(link) == [switchText], "\(own)")
                #expect(page.attribute("lang", of: link) == [otherLang] && page.attribute("hreflang", of: link) == [otherLang], "\(own)")
                #expect(page.attribute("aria-label", of: "//nav[@class='language-switch']") == [lang == "cy" ? "Iaith" : "Language"])
                let href = try #require(page.attribute("href", of: link).first)
                let target = output.appendingPathComponent(own).deletingLastPathComponent().appendingPathComponent(href).standardizedFileURL
                #expect(target.path == output.appendingPathComponent(other).standardizedFileURL.path, "\(own): \(href)")
                #expect(FileManager.default.fileExists(atPath: target.path), "\(own): \(href)")
            }
        }
    }

    @Test func welshPagesHaveWelshLabelsDatesAndLinksWithinWelsh() throws {
        let (output, _) = try Self.build(languages: "[en, cy]")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let meeting = try Self.page(output, "cy/meetings/cabinet-2025-03-25/index.html")
        #expect(meeting.texts("//dl[@class='meeting-details']/dt") == ["Dyddiad", "Amser", "Lleoliad"])
        #expect(meeting.texts("//dl[@class='meeting-details']/dd")[0...1] == ["25 Mawrth 2025", "10.00 yb"])
        #expect(meeting.texts("//h2") == ["Rhaglen"])
        #expect(meeting.attribute("href", of: "//p[@class='pack-links']/a") == ["../../../packs/cabinet-2025-03-25.cy.html"])
        #expect(meeting.attribute("href", of: "//link[@rel='stylesheet']") == ["../../../assets/boardpack.css"])
        // A paper's link stays in Welsh: cy/meetings/… to cy/papers/….
        #expect(meeting.attribute("href", of: "//ol[@class='agenda-list']//a[contains(@href, 'library')]")
            == ["../../papers/library-opening-hours/index.html"])
        let english = try Self.page(output, "meetings/cabinet-2025-03-25/index.html")
        #expect(english.texts("//dl[@class='meeting-details']/dd")[0] == "25 March 2025")
        #expect(english.texts("//h2") == ["Agenda"])

        let home = try Self.page(output, "cy/index.html")
        #expect(home.texts("//a[@class='skip-link']") == ["Neidio i'r prif gynnwys"])
        #expect(home.texts("//footer//p") == ["Cyhoeddwyd gan Sir Enghraifft County Council."])
        #expect(home.texts("//time").first == "25 Mawrth 2025")
        // A label the glossary lacks is printed in English, marked so.
        #expect(home.texts("//nav[@class='site-nav']//span[@lang='en']") == ["Boards and papers"])
        #expect(home.attribute("aria-label", of: "//nav[@class='site-nav']") == ["Site"])
    }

    @Test func aPaperWithoutAWelshVersionIsShownInEnglishMarkedSo() throws {
        let (output, report) = try Self.build(languages: "[en, cy]")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let untranslated = try Self.page(output, "cy/papers/budget-monitoring-q3/index.html")
        #expect(untranslated.attribute("lang", of: "//h1") == ["en"])
        #expect(untranslated.texts("//p[@class='translation-notice']/span[@lang='en']")
            == ["This paper is not yet available in Welsh. It is shown in English."])
        #expect(!untranslated.nodes("//div[@class='paper-body']/div[@lang='en']").isEmpty)
        #expect(untranslated.texts("//section[@class='front-sheet']/h2").first == "Pwrpas yr adroddiad")
        #expect(untranslated.texts("//p[@class='paper-date']") == ["25 Mawrth 2025"])
        // The notice has no Welsh in the glossary: the build says so, once, naming it.
        #expect(report.diagnostics.filter { $0.message.contains("paper.not_translated") }.count == 1)

        let translated = try Self.page(output, "cy/papers/library-opening-hours/index.html")
        #expect(translated.attribute("lang", of: "//h1").isEmpty)
        #expect(translated.nodes("//p[@class='translation-notice']").isEmpty)
        #expect(translated.nodes("//div[@class='paper-body']/div[@lang]").isEmpty)
        // An exempt paper's Welsh page: the glossary's notice, the Act's words and the reason marked English.
        let exempt = try Self.page(output, "cy/papers/depot-disposal/index.html")
        #expect(exempt.texts("//div[@class='exempt-notice']/p[1]")
            == ["Nid i'w gyhoeddi yn rhinwedd paragraff 14 Rhan 4, Atodlen 12A Deddf Llywodraeth Leol 1972."])
        #expect(exempt.attribute("lang", of: "//p[@class='exempt-description']") == ["en"])
        #expect(exempt.texts("//p[@class='exempt-reason']/strong") == ["Prawf budd y cyhoedd:"])
        #expect(exempt.texts("//section[@class='considered']//a") == ["Cabinet, 25 Mawrth 2025, eitem 8"])
        // English pages have no notice.
        let english = try Self.page(output, "papers/budget-monitoring-q3/index.html")
        #expect(english.nodes("//p[@class='translation-notice']").isEmpty && english.attribute("lang", of: "//h1").isEmpty)
    }

    @Test func theProjectsLabelsFileGivesWhatTheGlossaryLacks() throws {
        let (output, report) = try Self.build(languages: "[en, cy]", labels: "page.nav.boards_and_papers: Papurau'r Bwrdd\nno.such.label: x\n")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let home = try Self.page(output, "cy/index.html")
        #expect(home.texts("//nav[@class='site-nav']//a").first == "Papurau'r Bwrdd")
        #expect(home.nodes("//nav[@class='site-nav']//span[@lang='en']").isEmpty)
        #expect(report.diagnostics.contains { $0.path.hasSuffix("labels.cy.yaml") && $0.line == 2
            && $0.message.hasPrefix("unknown label 'no.such.label' is ignored") })
    }

    /// A Welsh page depends on its paper, its translation and the labels files.
    @Test func incrementalBuildsRemakeWelshPagesWhenTheirInputsChange() throws {
        let (output, first) = try Self.build(languages: "[en, cy]", useCache: true)
        let root = output.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(!first.failed)
        let welsh = output.appendingPathComponent("cy/papers/library-opening-hours/index.html")
        let again = try Self.rebuild(output)
        #expect(again.papersRead == 0)
        #expect(FileManager.default.fileExists(atPath: welsh.path))
        // The translation changes: its Welsh page is made again with the new text.
        let translation = root.appendingPathComponent("content/papers/library-opening-hours.cy.md")
        let text = try String(contentsOf: translation, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Library opening hours from April 2025", with: "title: Papurau cefndir")
            .write(to: translation, atomically: true, encoding: .utf8)
        let edited = try Self.rebuild(output)
        #expect(edited.papersRead == 1)
        #expect(try Self.page(output, "cy/papers/library-opening-hours/index.html").texts("//h1") == ["Papurau cefndir"])
        #expect(try Self.page(output, "papers/library-opening-hours/index.html").texts("//h1") == ["Library opening hours from April 2025"])
        // A labels file appears: every Welsh page shows it.
        try "page.nav.boards_and_papers: Papurau'r Bwrdd\n".write(
            to: root.appendingPathComponent("templates/labels.cy.yaml"), atomically: true, encoding: .utf8)
        _ = try Self.rebuild(output)
        for path in Self.pages {
            #expect(try Self.page(output, "cy/" + path).texts("//nav[@class='site-nav']//a").first == "Papurau'r Bwrdd", "\(path)")
        }
    }

    @Test func aProjectWithoutLanguagesHasNoWelshPagesSwitchOrHreflang() throws {
        let (output, _) = try Self.build(languages: nil)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("cy").path))
        for path in Self.pages {
            let page = try Self.page(output, path)
            #expect(page.nodes("//link[@hreflang]").isEmpty && page.nodes("//nav[@class='language-switch']").isEmpty, "\(path)")
            #expect(page.attribute("lang", of: "/html") == ["en-GB"])
        }
    }
}
