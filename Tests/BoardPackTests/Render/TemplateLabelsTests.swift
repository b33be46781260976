import Foundation
import Mustache
import Testing

@testable import BoardPack

/// Labels written into templates' source when a language's TemplateSet is loaded: `{{labels.key}}`.
@Suite struct TemplateLabelsTests {
    static let welsh = TemplateLabels(Labels(.cy))

    @Test func aLabelIsItsTextEscapedAsTheTemplatesOwnTextWas() {
        let english = TemplateLabels(.english)
        #expect(english.substitute("<a>{{labels.page.skip_link}}</a>") == "<a>Skip to main content</a>")
        // Element text keeps ' as the template wrote it; an attribute is escaped as Mustache escapes.
        #expect(english.substitute("<p>{{labels.confidential.members_edition}}</p>")
            == "<p>This is the members' edition, which includes exempt information: do not publish it.</p>")
        #expect(Self.welsh.substitute(#"<a title="{{labels.page.skip_link}}">"#) == #"<a title="Neidio i&#39;r prif gynnwys">"#)
        #expect(Self.welsh.substitute("<a>{{ labels.page.skip_link }}</a>") == "<a>Neidio i'r prif gynnwys</a>")
        #expect(english.substitute("{{{labels.page.nav.search}}} {{other}} {{#labels}}x{{/labels}}") == "Search {{other}} {{#labels}}x{{/labels}}")
    }

    @Test func aLabelTheLanguageLacksIsEnglishMarkedLangEnInTextAndPlainInAnAttribute() {
        #expect(Self.welsh.substitute("<li>{{labels.page.nav.boards_and_papers}}</li>") == #"<li><span lang="en">Boards and papers</span></li>"#)
        #expect(Self.welsh.substitute(#"<nav aria-label="{{labels.page.nav_label}}">"#) == #"<nav aria-label="Site">"#)
        // A Mustache tag before the label is not an HTML tag.
        #expect(Self.welsh.substitute("{{<base}}{{$title}}{{labels.index.papers}}{{/title}}")
            == #"{{<base}}{{$title}}<span lang="en">Papers</span>{{/title}}"#)
    }

    @Test func placeholdersBecomeTheTemplatesVariables() throws {
        #expect(Self.welsh.substitute("<p>{{labels.page.published_by organisation=site.organisation}}</p>")
            == "<p>Cyhoeddwyd gan {{site.organisation}}.</p>")
        #expect(Self.welsh.substitute("{{labels.meeting.supplement_issued date=&dateHTML}}") == #"<span lang="en">issued </span>{{&dateHTML}}"#)
        let template = try MustacheTemplate(string: Self.welsh.substitute("<p>{{labels.page.published_by organisation=name}}</p>"))
        #expect(template.render(["name": "Cyngor <Sir>"]) == "<p>Cyhoeddwyd gan Cyngor &lt;Sir&gt;.</p>")
    }

    @Test func eachLanguagesTemplateSetHasItsLabelsAndTheLabelsFilesAreInTheFingerprint() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (sets, problems) = TemplateSet.load(directory: folder, displayPath: { $0.lastPathComponent }, languages: [.en, .cy])
        let english = try #require(sets?[.en]), welsh = try #require(sets?[.cy])
        #expect(english.language == .en && welsh.language == .cy)
        #expect(problems.filter { $0.path == "labels.cy.yaml" }.count == 1)
        var base = PageBase(site: Site(title: "T", organisation: "O", baseURL: "", language: "en-GB", boards: [], categories: []),
                            depth: 0, confidential: false)
        #expect(try english.chrome(for: base).header.contains(">Search</a>"))
        base.language = .cy
        #expect(try welsh.chrome(for: base).header.contains(">Chwilio</a>"))
        try "page.nav.search: Chwilio nawr\n".write(to: folder.appendingPathComponent("labels.cy.yaml"), atomically: true, encoding: .utf8)
        let (again, _) = TemplateSet.load(directory: folder, displayPath: { $0.lastPathComponent }, languages: [.en, .cy])
        #expect(again?[.cy]?.fingerprint != welsh.fingerprint)
        #expect(try again?[.cy]?.chrome(for: base).header.contains(">Chwilio nawr</a>") == true)
    }
}
