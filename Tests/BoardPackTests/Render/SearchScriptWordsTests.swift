import Foundation
import Testing

@testable import BoardPack

/// The search page's script writes its words from the page's labels (issue 13): the English
/// script reads exactly as it did, another language's says what its labels give, and words the
/// language lacks are marked with the main language's `lang`.
@Suite struct SearchScriptWordsTests {
    /// Welsh overrides made of the glossary's words ("Cyfanswm", "Chwilio"), for the test only.
    static let welshOverrides = [
        "search.papers_one": "Cyfanswm: 1", "search.papers_other": "Cyfanswm: {count}",
        "search.found": "Cyfanswm: {papers}", "search.found_for": "Chwilio “{query}”: {papers}",
        "search.label_full_text": "Chwilio",
    ]

    @Test func theEnglishScriptIsWordForWordTodays() {
        let words = SearchScriptWords(labels: .english)
        #expect(words.child(named: "scriptPaperOne") as? String == #""1 paper""#)
        #expect(words.child(named: "scriptPapers") as? String == #"number + " papers""#)
        #expect(words.child(named: "scriptFound") as? String == #"papers(found.length) + " found" + (query ? " for \u201c" + query + "\u201d" : "")"#)
        #expect(words.child(named: "scriptFullText") as? String == #""Search the text of every paper""#)
        #expect(words.child(named: "scriptStatusLang") == nil && words.child(named: "scriptFullTextLang") == nil)
        let template = DefaultTemplates.files["search.mustache"] ?? ""
        #expect(template.contains("function papers(number) { return number === 1 ? {{{scriptPaperOne}}} : {{{scriptPapers}}}; }"))
        #expect(template.contains("status.textContent = {{{scriptFound}}};"))
    }

    @Test func anotherLanguagesScriptSaysWhatItsLabelsGive() {
        let words = SearchScriptWords(labels: Labels(.cy, overrides: Self.welshOverrides))
        #expect(words.child(named: "scriptPaperOne") as? String == #""Cyfanswm: 1""#)
        #expect(words.child(named: "scriptPapers") as? String == #""Cyfanswm: " + number"#)
        // The words for a query are not those without one plus more: either, whole.
        #expect(words.child(named: "scriptFound") as? String
            == #"(query ? "Chwilio \u201c" + query + "\u201d: " + papers(found.length) : "Cyfanswm: " + papers(found.length))"#)
        #expect(words.child(named: "scriptFullText") as? String == #""Chwilio""#)
        #expect(words.child(named: "scriptStatusLang") == nil && words.child(named: "scriptFullTextLang") == nil)
        // Without them, the English words, marked English.
        let borrowed = SearchScriptWords(labels: Labels(.cy))
        #expect(borrowed.child(named: "scriptPapers") as? String == #"number + " papers""#)
        #expect(borrowed.child(named: "scriptStatusLang") as? String == "en")
        #expect(borrowed.child(named: "scriptFullTextLang") as? String == "en")
    }

    @Test func aLiteralIsSafeInsideTheScript() {
        #expect(SearchScriptWords.quoted(#"Yn ôl "{x}" \ </script> & y'u"#)
            == #""Yn \u00f4l \"{x}\" \\ \u003c/script\u003e \u0026 y'u""#)
        // A brace that is not one of the label's placeholders is text.
        #expect(SearchScriptWords.expression("{count} {other}", ["count": "n"]) == #"n + " {other}""#)
        #expect(SearchScriptWords.expression("", [:]) == #""""#)
    }

    @Test func theWelshSearchPageUsesTheProjectsWordsAndWelshFilterNames() throws {
        let labels = Self.welshOverrides.map { "\($0.key): \"\($0.value)\"" }.sorted().joined(separator: "\n") + "\n"
        let (output, _) = try WelshPagesTests.build(languages: "[en, cy]", labels: labels)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let welsh = Fixtures.read(output.appendingPathComponent("cy/search/index.html"))
        #expect(welsh.contains(#"function papers(number) { return number === 1 ? "Cyfanswm: 1" : "Cyfanswm: " + number; }"#))
        #expect(welsh.contains(#"label.textContent = "Chwilio";"#) && !welsh.contains("label.lang"))
        #expect(welsh.contains(#"aria-live="polite">Cyfanswm: 4</p>"#))
        #expect(welsh.contains("<h1>Chwilio</h1>"))
        // The purpose filter's choices are the words the Welsh paper pages give Pagefind.
        let page = try HTMLPage(welsh)
        let choices = page.texts("//select[@id='search-purpose']/option").dropFirst()
        #expect(!choices.isEmpty)
        for choice in choices { #expect(["I'w drafod", "I'w benderfynu", "Er gwybodaeth", "I'w nodi"].contains(choice), "\(choice)") }
        let paper = Fixtures.read(output.appendingPathComponent("cy/papers/library-opening-hours/index.html"))
        #expect(paper.contains(#"data-pagefind-filter="purpose:I&#39;w benderfynu""#))
        // The English page is as it was.
        let english = Fixtures.read(output.appendingPathComponent("search/index.html"))
        #expect(english.contains(#"function papers(number) { return number === 1 ? "1 paper" : number + " papers"; }"#))
        #expect(english.contains(#"aria-live="polite">4 papers</p>"#))
        #expect(Fixtures.read(output.appendingPathComponent("papers/library-opening-hours/index.html")).contains(#"data-pagefind-filter="purpose:Decision""#))
    }

    /// In a browser: the Welsh example with Pagefind and the overrides above, searched on its
    /// Welsh page. The script's words are the project's, and the filter finds the Welsh papers.
    @Test(.enabled(if: SearchTests.ready, "needs pagefind (`make`), chromium, chromedriver and selenium: `sudo make test-tools`"))
    func theWelshSearchPagesScriptSpeaksTheProjectsWelshInABrowser() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-welsh-search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixtures.packageRoot.appendingPathComponent("examples/welsh-council/content"), to: root.appendingPathComponent("content"))
        let labels = [
            "search.papers_one: \"Cyfanswm: 1\"", "search.papers_other: \"Cyfanswm: {count}\"", "search.found: \"Chwilio: {papers}\"",
            "search.found_for: \"Chwilio “{query}”: {papers}\"", "search.label_full_text: Chwilio",
        ]
        try (labels.joined(separator: "\n") + "\n").write(
            to: root.appendingPathComponent("templates/labels.cy.yaml"), atomically: true, encoding: .utf8)
        var options = Fixtures.options(root)
        options.templates = root.appendingPathComponent("templates")
        options.pagefind = SearchTests.pagefind
        let report = try SiteBuilder.build(options)
        #expect(!report.failed && report.searchIndexed, "\(report.diagnostics)")
        let script = Fixtures.packageRoot.appendingPathComponent("tools/search_check.py").path
        let result = try ExternalTool.run(
            SearchTests.python ?? "", [script, options.output.path, "Calendr", "?purpose=I'w+benderfynu", "--page=cy/search/", "--until=Chwilio"])
        #expect(result.status == 0, "\(result.text)")
        let json = result.text.split(separator: "\n").last.map(String.init) ?? ""
        let outcomes = try JSONDecoder().decode([SearchTests.Outcome].self, from: Data(json.utf8))
        try #require(outcomes.count == 2, "\(result.text)")
        #expect(outcomes[0].status == "Chwilio “Calendr”: Cyfanswm: 1", "\(outcomes[0])")
        #expect(outcomes[0].label == "Chwilio")
        #expect(outcomes[0].hits.map(\.href).contains { $0.contains("meetings-calendar-2025-26") }, "\(outcomes[0].hits)")
        // The purpose filter's Welsh choice finds the Welsh pages of the papers for decision (the exempt one's purpose is not public).
        #expect(outcomes[1].status.hasPrefix("Chwilio: Cyfanswm: "), "\(outcomes[1])")
        #expect(!outcomes[1].hits.isEmpty && outcomes[1].hits.allSatisfy { $0.href.contains("/cy/papers/") || $0.href.hasPrefix("../papers/") }, "\(outcomes[1].hits)")
    }
}
