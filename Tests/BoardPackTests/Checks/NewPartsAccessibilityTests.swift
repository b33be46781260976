import Foundation
import Testing

@testable import BoardPack

/// What this part of the site adds (attachments in packs and on meeting pages, images, "Considered
/// at" on papers) passes axe and the Nu HTML checker, as the example's pages do.
@Suite struct NewPartsAccessibilityTests {
    static func project() throws -> URL {
        let root = try AttachmentTests.project(pdf: AttachmentTests.twoPages)
        let content = root.appendingPathComponent("content")
        try PackTests.cabinet.write(to: content.appendingPathComponent("meetings/cwb-2021-07-14.yaml"), atomically: true, encoding: .utf8)
        try Data(PaperImageTests.png).write(to: content.appendingPathComponent("papers/chart.png"))
        let paper = content.appendingPathComponent("papers/cohesion-offer.md")
        try Fixtures.read(paper).replacingOccurrences(of: "First paragraph.", with: "First paragraph.\n\n![Bar chart of incidents by month](chart.png)")
            .write(to: paper, atomically: true, encoding: .utf8)
        return root
    }

    @Test(.enabled(if: ExternalTool.exists(AccessibilityTests.vnu), "needs the Nu HTML checker: `sudo make test-tools`"))
    func attachmentsImagesAndPlacesAreValidHTML() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed, "\(report.diagnostics)")
        let result = try ExternalTool.run(AccessibilityTests.vnu ?? "", ["--root", root.appendingPathComponent("_site").path, "--ignore-re", "CSS:"])
        #expect(result.status == 0, "\(result.text)")
    }

    @Test(.enabled(if: AccessibilityTests.browser && ExternalTool.exists(AccessibilityTests.axePython), "needs chromium, chromedriver and axe"))
    func attachmentsImagesAndPlacesPassAxe() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed, "\(report.diagnostics)")
        let pages = AccessibilityTests.pages(in: root.appendingPathComponent("_site"))
        let script = Fixtures.packageRoot.appendingPathComponent("tools/axe_check.py").path
        let result = try ExternalTool.run(AccessibilityTests.axePython ?? "", [script] + pages)
        #expect(result.status == 0, "\(result.text)")
        #expect(result.text.contains("\(pages.count) file(s), 0 violation(s)"))
    }
}
