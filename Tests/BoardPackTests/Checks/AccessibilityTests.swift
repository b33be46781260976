import Foundation
import Testing

@testable import BoardPack

/// Every page and pack of the example passes axe-core's WCAG 2.x A and AA rules in headless
/// Chromium and the Nu HTML checker. `make test` installs both where it can (as root, as on CI).
@Suite struct AccessibilityTests {
    static let axePython = ExternalTool.environment("BOARDPACK_AXE_PYTHON")
    static let vnu = ExternalTool.environment("BOARDPACK_VNU")
    static let browser = ExternalTool.exists("/usr/bin/chromium") && ExternalTool.exists("/usr/bin/chromedriver")

    static func pages(in output: URL) -> [String] {
        var pages: [String] = []
        let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "html" { pages.append(url.path) }
        }
        return pages.sorted()
    }

    /// Each example and the number of pages it builds. The Welsh example is bilingual (issue 13): its
    /// 9 English pages and packs, their 9 Welsh ones (cy/… and packs/<id>.cy.html) and its 2 bilingual
    /// packs (packs/<id>.cy-en.html, `bilingual_packs: true`) are all checked.
    static let examples: [(String, ClosedRange<Int>)] = [("content", 7...7), (WelshCouncilExampleTests.content, 20...20)]

    @Test(
        .enabled(if: browser && ExternalTool.exists(axePython), "needs chromium, chromedriver and axe: `sudo make test-tools`"),
        arguments: examples)
    func pagesAndPacksPassAxe(example: String, pageCount: ClosedRange<Int>) throws {
        let output = try ExternalTool.buildExample(content: example)
        defer { try? FileManager.default.removeItem(at: output) }
        let pages = Self.pages(in: output)
        #expect(pageCount.contains(pages.count), "\(pages.count) pages")
        let script = Fixtures.packageRoot.appendingPathComponent("tools/axe_check.py").path
        let result = try ExternalTool.run(Self.axePython ?? "", [script] + pages)
        #expect(result.status == 0, "\(result.text)")
        #expect(result.text.contains("\(pages.count) file(s), 0 violation(s)"))
    }

    @Test(.enabled(if: ExternalTool.exists(vnu), "needs the Nu HTML checker: `sudo make test-tools`"), arguments: examples.map(\.0))
    func pagesAndPacksAreValidHTML(example: String) throws {
        let output = try ExternalTool.buildExample(content: example)
        defer { try? FileManager.default.removeItem(at: output) }
        // Print CSS (target-counter, string-set) is valid for paged media but unknown to vnu's CSS checker.
        let result = try ExternalTool.run(Self.vnu ?? "", ["--root", output.path, "--ignore-re", "CSS:"])
        #expect(result.status == 0, "\(result.text)")
    }
}
