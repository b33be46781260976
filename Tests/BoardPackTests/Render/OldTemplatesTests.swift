import Foundation
import Mustache
import Testing

@testable import BoardPack

/// Projects keep their own copies of the templates: main's paper page and front sheet, which name
/// every value one tag at a time, must render each page exactly as the faster built-in ones do.
@Suite struct OldTemplatesTests {
    static let frontSheet = #"""
        <section class="front-sheet" aria-label="{{labels.front.label}}">
        {{{purposeHeading}}}
        <p>{{purpose}}</p>
        {{{summaryHeading}}}
        <p>{{{summaryHTML}}}</p>
        {{{recommendationsHeadingHTML}}}
        {{#singleRecommendation}}<p>{{{.}}}</p>{{/singleRecommendation}}
        {{#recommendationList}}
        <ol>
        {{#items}}<li>{{{.}}}</li>
        {{/items}}
        </ol>
        {{/recommendationList}}
        {{{actionsHeadingHTML}}}
        {{#singleAction}}<p>{{{.}}}</p>{{/singleAction}}
        {{#actionList}}
        <ol>
        {{#items}}<li>{{{.}}}</li>
        {{/items}}
        </ol>
        {{/actionList}}
        {{{scopeHeading}}}
        <p class="scope-note"{{#scopeNoteLanguage}} lang="{{.}}"{{/scopeNoteLanguage}}>{{scopeNote}}</p>
        {{{contactHeading}}}
        {{{contactHTML}}}
        """# + "\n" + frontSheetEnd

    /// How both earlier front sheets end: from the front sheet's end, the same in each.
    static let frontSheetEnd = #"""
        </section>
        <div class="paper-body">
        {{{bodyBeforePoints}}}
        {{#discussion}}
        <ol class="discussion-points">
        {{{pointsHTML}}}</ol>
        {{/discussion}}
        {{{bodyAfterPoints}}}
        </div>
        {{#backgroundPapers}}
        {{>background-papers}}
        {{/backgroundPapers}}
        {{#tagList}}
        <p class="tags">{{labels.paper.tags}} {{{itemsHTML}}}</p>
        {{/tagList}}
        """#

    static let paperPage = #"""
        {{<base}}
        {{$title}}{{paper.title}}: {{site.title}}{{/title}}
        {{$breadcrumbs}}
        <nav class="breadcrumbs wrap" aria-label="{{labels.page.breadcrumb_label}}">
        <ol>
        <li><a href="{{root}}index.html">{{site.title}}</a></li>
        <li>{{paper.boardName}}</li>
        </ol>
        </nav>
        {{/breadcrumbs}}
        {{$content}}
        {{#paper}}
        <article class="paper" data-pagefind-body=""{{#searchPurpose}} data-pagefind-filter="purpose:{{.}}"{{/searchPurpose}}>
        <header class="paper-header">
        <p class="paper-board" data-pagefind-ignore="" data-pagefind-filter="board">{{boardName}}</p>
        <p class="paper-date" data-pagefind-ignore="" data-pagefind-meta="date"><time datetime="{{dateISO}}" data-pagefind-filter="year:{{year}}">{{dateLong}}</time></p>
        <h1{{#untranslated}} lang="{{.}}"{{/untranslated}}>{{title}}</h1>
        {{#untranslated}}
        <p class="translation-notice">{{labels.paper.not_translated}}</p>
        {{/untranslated}}
        {{#pdf}}<p class="paper-pdf"><a href="../{{slug}}.pdf">{{labels.paper.pdf_link}}</a></p>
        {{/pdf}}
        """# + "\n" + paperPageEnd

    /// How both earlier paper pages end: from the header's end, the same in each.
    static let paperPageEnd = #"""
        </header>
        {{#considered}}
        <section class="considered" aria-labelledby="considered-heading">
        <h2 id="considered-heading">{{labels.paper.considered_at}}</h2>
        <ul>
        {{#places}}<li><a href="{{url}}">{{text}}</a></li>
        {{/places}}
        </ul>
        </section>
        {{/considered}}
        {{#exempt}}
        {{>exempt-notice}}
        {{/exempt}}
        {{#frontSheet}}
        {{>front-sheet}}
        {{/frontSheet}}
        </article>
        {{/paper}}
        {{/content}}
        {{/base}}
        """#

    /// The built-in paper page, front sheet and background papers before the paper's header, front
    /// sheet with body, tags and background papers became parts made in Swift: a project's copy of
    /// any of them renders every page as the built-in ones do.
    static let earlierPaperPage = #"""
        {{<base}}
        {{$title}}{{{paper.titleHTML}}}: {{{site.titleHTML}}}{{/title}}
        {{$breadcrumbs}}
        <nav class="breadcrumbs wrap" aria-label="{{labels.page.breadcrumb_label}}">
        <ol>
        <li><a href="{{root}}index.html">{{{site.titleHTML}}}</a></li>
        <li>{{{paper.boardNameHTML}}}</li>
        </ol>
        </nav>
        {{/breadcrumbs}}
        {{$content}}
        {{#paper}}
        <article class="paper" data-pagefind-body=""{{#searchPurpose}} data-pagefind-filter="purpose:{{.}}"{{/searchPurpose}}>
        <header class="paper-header">
        <p class="paper-board" data-pagefind-ignore="" data-pagefind-filter="board">{{{boardNameHTML}}}</p>
        <p class="paper-date" data-pagefind-ignore="" data-pagefind-meta="date"><time datetime="{{dateISO}}" data-pagefind-filter="year:{{year}}">{{{dateLongHTML}}}</time></p>
        <h1{{#untranslated}} lang="{{.}}"{{/untranslated}}>{{{titleHTML}}}</h1>
        {{#untranslated}}
        <p class="translation-notice">{{#shownInWelsh}}{{labels.paper.not_translated_english}}{{/shownInWelsh}}{{^shownInWelsh}}{{labels.paper.not_translated}}{{/shownInWelsh}}</p>
        {{/untranslated}}
        {{#pdf}}<p class="paper-pdf"><a href="../{{slug}}.pdf">{{labels.paper.pdf_link}}</a></p>
        {{/pdf}}
        """# + "\n" + paperPageEnd

    static let earlierFrontSheet = #"""
        <section class="front-sheet" aria-label="{{labels.front.label}}">
        {{{purposePart}}}
        {{{summaryPart}}}
        {{{recommendationsPart}}}
        {{{actionsPart}}}
        {{{scopePart}}}
        {{{contactPart}}}
        """# + "\n" + frontSheetEnd

    static let earlierBackgroundPapers = #"""
        <section class="background-papers" aria-label="{{labels.background.heading}}">
        {{{backgroundHeading}}}
        {{#none}}<p>{{labels.background.none}}</p>
        {{/none}}
        {{#papers}}
        <ul>
        {{#items}}<li>{{#link}}<a href="{{.}}">{{title}}</a>{{/link}}{{^link}}{{title}}{{/link}}</li>
        {{/items}}
        </ul>
        {{/papers}}
        </section>
        """#

    /// A paper with these YAML lines for its recommendations and actions.
    static func paper(_ recommendations: String, _ actions: String, extra: String = "") throws -> Paper {
        let text = """
            ---
            title: Fees & charges <2022> "review"
            board: sscb
            date: 2021-06-09
            purpose: decision
            summary: A short summary with <em>emphasis</em>.
            \(recommendations)
            \(actions)
            contact:
              name: Rachel O'Duke
              email: rachel.duke@local.gov.uk
            scope:
              - subject: Fees & charges
                nations: [england, wales]
            \(extra)
            ---
            Intro.

            ## Discussion

            1. First point.
            2. Second point.
            """
        let (paper, problems) = PaperReader(site: Fixtures.site).read(SourceFile(path: "content/papers/p.md", text: text), slug: "p")
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        return try #require(paper)
    }

    /// Labels with characters to escape, a `{{`, and words borrowed from English (a Welsh page), in
    /// both a project's own copies of the templates and the built-in ones.
    static let labels = #"""
        page.breadcrumb_label: Crumbs & 'trail' "here"
        paper.considered_at: Considered <at> & {{x}}
        paper.pdf_link: PDF & print
        front.label: Front & "sheet"
        background.heading: Background & <papers>
        background.none: None <yet> & 'so'
        """#

    /// Every combination of the earlier paper page, front sheet and background papers in a
    /// project's `templates/`, against the built-in templates: pages with and without places,
    /// a PDF, background papers (none, linked, not linked), tags, exempt, English and Welsh, a Welsh
    /// paper on an English page, both audiences, the labels as written and with odd characters.
    @Test(arguments: [false, true])
    func earlierBuiltInTemplatesRenderThePaperPageAsTheNewOnesDo(oddLabels: Bool) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-earlier-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let earlier = [
            "paper.mustache": Self.earlierPaperPage, "front-sheet.mustache": Self.earlierFrontSheet,
            "background-papers.mustache": Self.earlierBackgroundPapers,
        ]
        func load(_ names: [String], folder: String) throws -> [Language: TemplateSet] {
            let directory = root.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            // Each file ends with a line break, as the repository's did.
            for name in names { try ((earlier[name] ?? "") + "\n").write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
            if oddLabels {
                try Self.labels.write(to: directory.appendingPathComponent("labels.en.yaml"), atomically: true, encoding: .utf8)
                try Self.labels.write(to: directory.appendingPathComponent("labels.cy.yaml"), atomically: true, encoding: .utf8)
            }
            let (sets, problems) = TemplateSet.load(directory: directory, displayPath: { $0.path }, languages: [.en, .cy])
            #expect(!problems.hasErrors, "\(problems)")
            return try #require(sets)
        }
        let builtIn = try load([], folder: "built-in")
        let exempt = "exempt:\n  paragraph: 3\n  public-interest: Negotiations & <costs> continue."
        let linked = """
            background-papers:
              - title: Fees & charges "2021"
                link: https://example.org/a?b=1&c=2
              - title: An unpublished <note>
            tags: [fees]
            """
        let papers = [
            try Self.paper("recommendations: [That the Board notes the update.]", ""),
            try Self.paper("recommendations: [Agree the fees., Note the risks & costs.]", "actions: [Officers to follow up.]", extra: linked),
            try Self.paper("recommendations: [One.]", "actions: [Single action.]", extra: "background-papers: none\ntags: [fees, charges]"),
            try Self.paper("recommendations: [One.]", "", extra: exempt),
        ]
        let places = [
            AgendaPlace(
                meetingID: "sscb-2021-06-09", meetingTitle: "Safer & Stronger Communities Board, 9 June 2021",
                date: try #require(CalendarDate(iso: "2021-06-09")), item: 4),
            AgendaPlace(
                meetingID: "cwb-2021-07-01", meetingTitle: "Community <Wellbeing> Board", date: try #require(CalendarDate(iso: "2021-07-01")),
                item: 12),
        ]
        var compared = 0
        for combination in 1..<8 {
            let names = ["paper.mustache", "front-sheet.mustache", "background-papers.mustache"].enumerated()
                .filter { combination & (1 << $0.offset) != 0 }.map(\.element)
            let own = try load(names, folder: "own-\(combination)")
            for language in [Language.en, .cy] {
                let ownSet = try #require(own[language])
                let newSet = try #require(builtIn[language])
                // A Welsh page shows the English paper; an English one, in turn, a Welsh paper.
                for (paper, untranslated) in papers.map({ ($0, language == .en ? nil : Language.en) }) + [(papers[1], .cy)] {
                    for audience in Audience.allCases {
                        for (places, pdf) in [([AgendaPlace](), false), (places, true)] {
                            var view = PaperPageView(
                                for: paper, site: Fixtures.site, audience: audience, places: places, pdf: pdf, labels: newSet.labels,
                                untranslatedFrom: untranslated)
                            view.base = PageBase(
                                site: Fixtures.site, route: Route(.paper(slug: "p"), language: language, main: .en), labels: newSet.labels,
                                confidential: audience == .members)
                            let expected = try ownSet.render("paper", view)
                            let actual = try newSet.render("paper", view)
                            #expect(actual == expected, "\(names) \(language) \(audience) pdf: \(pdf): \(Self.firstDifference(actual, expected))")
                            #expect(expected.contains(#"<article class="paper""#) && expected.contains("</html>"))
                            #expect(expected.contains(#"<p class="paper-pdf">"#) == pdf)
                            #expect(expected.contains(#"<h2 id="considered-heading">"#) == pdf)
                            #expect(expected.contains(#"<section class="front-sheet""#) || expected.contains(#"<div class="exempt-notice""#))
                            compared += 1
                        }
                    }
                }
            }
        }
        #expect(compared == 7 * 2 * 5 * 2 * 2)
    }

    /// Where two pages first differ, with some text of each from there.
    static func firstDifference(_ one: String, _ other: String) -> String {
        let common = zip(one.utf8, other.utf8).prefix { $0 == $1 }.count
        let context = { (text: String) in
            String(decoding: text.utf8.dropFirst(max(0, common - 40)).prefix(120), as: UTF8.self).replacingOccurrences(of: "\n", with: "⏎")
        }
        return "at byte \(common): \(context(one)) | \(context(other))"
    }

    /// A project's template may transform a pre-rendered value as it could when it was a `String`.
    @Test func aTransformOfAPreRenderedValueWorksAsOnText() throws {
        let template = try MustacheTemplate(string: "{{{uppercased(pageHead)}}}|{{lowercased(pageHead)}}")
        let out = template.render(["pageHead": RawHTML(html: "<b>Agenda</b>")])
        #expect(out == "<B>AGENDA</B>|&lt;b&gt;agenda&lt;/b&gt;")
    }

    /// `html` without its scope note's paragraph.
    static func withoutScopeNote(_ html: String) -> String {
        html.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix(#"<p class="scope-note""#) }.joined(separator: "\n")
    }

    @Test func mainsTemplatesRenderThePaperPageAsTheBuiltInOnesDo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-old-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.frontSheet.write(to: folder.appendingPathComponent("front-sheet.mustache"), atomically: true, encoding: .utf8)
        try Self.paperPage.write(to: folder.appendingPathComponent("paper.mustache"), atomically: true, encoding: .utf8)
        let (old, oldProblems) = TemplateSet.load(directory: folder, displayPath: { $0.path }, languages: [.en, .cy])
        let (builtIn, problems) = TemplateSet.load(directory: nil, displayPath: { $0.path }, languages: [.en, .cy])
        // Welsh labels the glossary lacks are warnings; a template error would be an error.
        #expect(!oldProblems.hasErrors && !problems.hasErrors)
        let papers = [
            try Self.paper("recommendations: [That the Board notes the update.]", ""),
            try Self.paper("recommendations: [Agree the fees., Note the risks & costs.]", "actions: [Officers to follow up.]"),
            try Self.paper("recommendations: [One.]", "actions: [First <action>., Second action.]", extra: "tags: [fees, charges]"),
            try Self.paper("recommendations: [One., Two., Three.]", "actions: [Single action.]", extra: "background-papers: none"),
        ]
        var compared = 0
        for language in [Language.en, .cy] {
            let oldSet = try #require(old?[language])
            let newSet = try #require(builtIn?[language])
            for paper in papers {
                for audience in Audience.allCases {
                    let view = {
                        PaperPageView(
                            for: paper, site: Fixtures.site, audience: audience, labels: newSet.labels,
                            untranslatedFrom: language == .en ? nil : .en)
                    }
                    var expected = try oldSet.render("paper", view())
                    var rendered = try newSet.render("paper", view())
                    if language == .cy {
                        // A project's template prints the scope note in English, marked so, as it
                        // did; the built-in one writes it from the Welsh labels ("Cymru a Lloegr").
                        #expect(expected.contains(#"<p class="scope-note" lang="en">"#) && rendered.contains("Cymru a Lloegr"))
                        (expected, rendered) = (Self.withoutScopeNote(expected), Self.withoutScopeNote(rendered))
                    }
                    #expect(rendered == expected)
                    #expect(expected.contains("<section class=\"front-sheet\""))
                    compared += 1
                }
            }
        }
        #expect(compared == 16)
    }
}
