import Foundation
import Testing

@testable import BoardPack

/// Supplementary agendas printed by WeasyPrint, and the pages that show urgent items, papers to
/// follow and supplements checked by the Nu HTML checker and axe.
@Suite struct SupplementChecksTests {
    @Test(.enabled(if: PDFPackTests.tools, "needs WeasyPrint and poppler-utils: `sudo make test-tools`"))
    func aSupplementIsPrintedWithItsCoverContentsAndItemNumbers() throws {
        let root = try SupplementTests.project()
        defer { try? FileManager.default.removeItem(at: root) }
        var options = Fixtures.options(root)
        options.pdf = true
        let report = try SiteBuilder.build(options)
        #expect(!report.failed, "\(report.diagnostics)")
        let pages = try PDFPackTests.pageTexts(root.appendingPathComponent("_site/packs/sscb-2025-03-12-supplement-1.pdf"))
        let all = pages.joined()
        #expect(pages[0].contains("Supplementary agenda 1") && pages[0].contains("Date of issue") && pages[0].contains("6 March 2025"))
        let contents = try #require(pages.firstIndex { $0.contains("Contents") })
        let line = try #require(pages[contents].split(separator: "\n").first { $0.hasPrefix("3.") && $0.contains("Budget monitoring") })
        let first = try #require(pages.indices.first { $0 > contents && pages[$0].contains("3. Budget monitoring") })
        #expect(line.contains("\(first + 1)"), "contents say \(line), the item starts on page \(first + 1)")
        #expect(all.contains("3.1") && all.contains("First budget point"))
        #expect(!all.contains(SupplementTests.secret))
        let main = try PDFPackTests.pageTexts(root.appendingPathComponent("_site/packs/sscb-2025-03-12.pdf")).joined()
        #expect(main.contains("To follow: issued in supplementary agenda 1") && !main.contains("First budget point"))
        let meetingPage = Fixtures.read(root.appendingPathComponent("_site/meetings/sscb-2025-03-12/index.html"))
        #expect(meetingPage.contains("packs/sscb-2025-03-12-supplement-1.pdf"))
    }

    @Test(.enabled(if: ExternalTool.exists(AccessibilityTests.vnu), "needs the Nu HTML checker: `sudo make test-tools`"))
    func supplementsAndIssuedItemsAreValidHTML() throws {
        let root = try SupplementTests.project()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try !SiteBuilder.build(Fixtures.options(root)).failed)
        let result = try ExternalTool.run(AccessibilityTests.vnu ?? "", ["--root", root.appendingPathComponent("_site").path, "--ignore-re", "CSS:"])
        #expect(result.status == 0, "\(result.text)")
    }

    @Test(.enabled(if: AccessibilityTests.browser && ExternalTool.exists(AccessibilityTests.axePython), "needs chromium, chromedriver and axe"))
    func supplementsAndIssuedItemsPassAxe() throws {
        let root = try SupplementTests.project()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try !SiteBuilder.build(Fixtures.options(root)).failed)
        let pages = AccessibilityTests.pages(in: root.appendingPathComponent("_site"))
        let script = Fixtures.packageRoot.appendingPathComponent("tools/axe_check.py").path
        let result = try ExternalTool.run(AccessibilityTests.axePython ?? "", [script] + pages)
        #expect(result.status == 0, "\(result.text)")
    }
}
