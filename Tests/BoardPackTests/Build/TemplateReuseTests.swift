import Foundation
import Testing

@testable import BoardPack

/// `serve` keeps the templates it parsed in its `BuildState`: a rebuild uses them only while their
/// text is the same, so an edited template shows on the next rebuild, and so does its undoing.
@Suite struct TemplateReuseTests {
    @Test func anEditedTemplateIsParsedAgainOnTheNextRebuild() throws {
        let root = try Fixtures.project(papers: ["live": Fixtures.paper(title: "Live paper")])
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let original = DefaultTemplates.files["paper.mustache"] ?? ""
        let template = folder.appendingPathComponent("paper.mustache")
        var options = Fixtures.options(root)
        options.templates = folder
        let page = root.appendingPathComponent("_site/papers/live/index.html")
        var state = BuildState()
        for marker in ["First template", "Second template", nil, "First template"] {
            let text = marker.map { original.replacingOccurrences(of: "</article>", with: "<p>\($0)</p>\n</article>") } ?? original
            try text.write(to: template, atomically: true, encoding: .utf8)
            let report = try SiteBuilder.build(options, state: &state)
            #expect(!report.failed, "\(report.diagnostics)")
            let html = Fixtures.read(page)
            #expect(html.contains("<article") && html.contains("First template") == (marker == "First template"))
            #expect(html.contains("Second template") == (marker == "Second template"))
            #expect(state.templates != nil)
        }
    }
}
