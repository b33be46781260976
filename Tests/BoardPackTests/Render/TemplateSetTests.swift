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
        let html = templates?.render("index", ["site": ["language": "en-GB", "title": "T"], "root": ""]) ?? ""
        #expect(html.contains("<p>custom index</p>"))
        #expect(html.contains("<html lang=\"en-GB\">"))

        try "<h1>{{title}}</h1>\n{{#papers}}\n<p>{{title}}</p>\n".write(
            to: folder.appendingPathComponent("paper.mustache"), atomically: true, encoding: .utf8)
        let (broken, errors) = TemplateSet.load(directory: folder, displayPath: display.callAsFunction)
        #expect(broken == nil)
        #expect(errors.map(\.path) == ["paper.mustache"])
        #expect(errors.first?.message.contains("never closed") == true)
    }
}
