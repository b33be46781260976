import Foundation
import Testing

@testable import BoardPack

@Suite struct TemplateSetTests {
    @Test func builtInTemplatesAreTheRepositoryTemplates() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == DefaultTemplates.files.keys.sorted())
        for name in names {
            let text = Fixtures.read(folder.appendingPathComponent(name))
            #expect(DefaultTemplates.files[name] == text, "\(name) differs: run `make templates`")
        }
    }

    @Test func aProjectTemplateOverridesOneDefaultAndErrorsAreLocated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{<base}}{{$content}}<p>custom index</p>{{/content}}{{/base}}\n".write(
            to: folder.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        let display = PathDisplay(workingDirectory: folder)
        let (templates, problems) = TemplateSet.load(directory: folder, displayPath: display.callAsFunction)
        #expect(problems.isEmpty)
        let site: [String: String] = ["language": "en-GB", "title": "T"]
        let html = try #require(templates).render("index", ["site": site, "root": ""] as [String: Any])
        #expect(html.contains("<p>custom index</p>"))
        #expect(html.contains("<html lang=\"en-GB\">"))

        try "<h1>{{title}}</h1>\n{{#papers}}\n<p>{{title}}</p>\n".write(
            to: folder.appendingPathComponent("paper.mustache"), atomically: true, encoding: .utf8)
        let (broken, errors) = TemplateSet.load(directory: folder, displayPath: display.callAsFunction)
        #expect(broken == nil)
        #expect(errors.map(\.path) == ["paper.mustache"])
        #expect(errors.first?.message.contains("never closed") == true)
    }

    @Test func aMissingPartialIsAnErrorAtItsTagAndRenderNamesAMissingTemplate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<p>x</p>\n<div>{{> sidebar}}</div>\n".write(to: folder.appendingPathComponent("note.mustache"), atomically: true, encoding: .utf8)
        let display = PathDisplay(workingDirectory: folder)
        let (broken, errors) = TemplateSet.load(directory: folder, displayPath: display.callAsFunction)
        #expect(broken == nil)
        #expect(errors.map { "\($0.path):\($0.line):\($0.column): \($0.message)" } == [
            "note.mustache:2:6: template error: this template uses the partial \"sidebar\", but there is no sidebar.mustache "
                + "in templates/ nor a built-in one: add the file, or correct the name"
        ])

        let (templates, problems) = TemplateSet.load(directory: nil, displayPath: { $0.path })
        #expect(problems.isEmpty)
        let set = try #require(templates)
        #expect(throws: TemplateSet.MissingTemplate(name: "agenda", namedIn: nil)) { try set.render("agenda", [String: String]()) }
        #expect(TemplateSet.partialNames(in: "{{<base}}{{$content}}{{#x}}{{> front-sheet }}{{/x}}{{>*dyn}}{{/content}}{{/base}}")
            == ["base", "front-sheet"])
    }
}
