import Foundation
import Testing

@testable import BoardPack

/// What `boardpack serve` shows and when it gives up: the real command, on 127.0.0.1.
@Suite(.serialized) struct ServePreviewTests {
    typealias Server = ServeRobustnessTests.Server
    static let enabled = ServeTests.executable != nil

    @Test(.enabled(if: enabled)) func withoutAContentFolderServeExitsTwo() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try Server(root: root)
        let status = server.exitStatus(within: 10)
        let log = server.stop()
        #expect(status == 2)
        #expect(log.contains("there is no content folder"))
        #expect(!log.contains("Serving"))
    }

    @Test(.enabled(if: enabled)) func pdfWithoutWeasyPrintExitsTwo() throws {
        let root = try ServeRobustnessTests.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try Server(root: root, arguments: ["--pdf"], environment: ["PATH": "/nonexistent"])
        let status = server.exitStatus(within: 10)
        let log = server.stop()
        #expect(status == 2)
        #expect(log.contains("--pdf needs WeasyPrint"))
    }

    @Test(.enabled(if: enabled)) func warningsShowInAPanelThatCanBeClosed() throws {
        // No 'Implications for Wales' section: a warning, not an error.
        let root = try Fixtures.project(papers: ["live": Fixtures.paper(title: "Live paper", body: "## Background\nText.\n")])
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try Server(root: root)
        defer { _ = server.stop() }
        guard let page = ServeTests.waitFor(server.url + "/papers/live/", { $0.contains("Live paper") }) else {
            Issue.record("serve did not start: \(server.stop())")
            return
        }
        let panel = page.components(separatedBy: "<section id=\"boardpack-warnings\"").dropFirst().first ?? ""
        #expect(panel.contains("aria-labelledby=\"boardpack-warnings-heading\""))
        #expect(panel.contains("<h2 id=\"boardpack-warnings-heading\""))
        #expect(panel.contains("Implications for Wales"))
        #expect(panel.contains("content/papers/live.md:"))
        #expect(panel.contains("<button type=\"button\""))
        #expect(page.range(of: "boardpack-warnings")?.lowerBound ?? page.endIndex > page.range(of: "</main>")?.lowerBound ?? page.startIndex)
        // Served pages only: the site on disk is as it would be published.
        #expect(!Fixtures.read(root.appendingPathComponent("_site/papers/live/index.html")).contains("boardpack-warnings"))

        try Fixtures.paper(title: "Live paper mended").write(
            to: root.appendingPathComponent("content/papers/live.md"), atomically: true, encoding: .utf8)
        // Requests wait while a rebuild writes pages, so the mended page never comes with the
        // previous build's warnings.
        let mended = ServeTests.waitFor(server.url + "/papers/live/") { $0.contains("Live paper mended") }
        #expect(mended != nil && mended?.contains("boardpack-warnings") == false, "the mended page came with the old warnings")
    }

    @Test(.enabled(if: enabled)) func aTemplatesFolderMadeWhileServingIsUsed() throws {
        let root = try ServeRobustnessTests.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try Server(root: root)
        defer { _ = server.stop() }
        guard ServeRobustnessTests.started(server) else { Issue.record("serve did not start: \(server.stop())"); return }
        let folder = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let template = (DefaultTemplates.files["paper.mustache"] ?? "")
            .replacingOccurrences(of: "</article>", with: "<p>From the project's own template</p>\n</article>")
        try template.write(to: folder.appendingPathComponent("paper.mustache"), atomically: true, encoding: .utf8)
        #expect(ServeTests.waitFor(server.url + "/papers/live/") { $0.contains("From the project's own template") } != nil)
    }

    @Test(.enabled(if: enabled && WeasyPrint.find() != nil, "needs WeasyPrint"))
    func withPDFTheSiteIsRebuiltOnceChangesSettle() throws {
        let root = try ServeRobustnessTests.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try Server(root: root, arguments: ["--pdf"])
        defer { _ = server.stop() }
        guard ServeRobustnessTests.started(server) else { Issue.record("serve did not start: \(server.stop())"); return }
        let paper = root.appendingPathComponent("content/papers/live.md")
        // Four saves in quick succession, as an editor's autosave makes them: one rebuild after the last.
        for edit in 1...4 {
            try Fixtures.paper(title: "Live paper, edit \(edit)").write(to: paper, atomically: true, encoding: .utf8)
            usleep(300_000)
        }
        #expect(ServeTests.waitFor(server.url + "/papers/live/") { $0.contains("Live paper, edit 4") } != nil)
        usleep(2_500_000)
        let log = server.stop()
        #expect(log.components(separatedBy: "Rebuilt in").count - 1 == 2, "\(log)")
        #expect(log.contains("PDF(s) made"))
    }
}
