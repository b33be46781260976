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
