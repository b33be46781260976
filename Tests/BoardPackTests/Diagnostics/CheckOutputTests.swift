import Foundation
import Testing

@testable import BoardPack

/// `boardpack check` as CI runs it: output piped, problems first, the summary last.
@Suite struct CheckOutputTests {
    @Test(.enabled(if: ServeTests.executable != nil, "needs the built boardpack command next to the tests"))
    func pipedCheckPrintsTheSummaryAfterTheProblems() throws {
        let root = try Fixtures.project(papers: [
            "p": Fixtures.paper(body: "## Background\nSee [x](missing.md).\n\n## Discussion\n1. A point\n\n## Implications for Wales\nNone.\n"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try ExternalTool.run(
            ServeTests.executable ?? "", ["check", "--content", root.appendingPathComponent("content").path])
        let lines = output.text.split(separator: "\n").map(String.init)
        #expect(output.status == 0)
        #expect(lines.count == 2)
        #expect(lines.first?.hasSuffix("p.md:24:5: warning: the link 'missing.md' points to a paper that does not exist (no file content/papers/missing.md)") == true)
        #expect(lines.last == "0 error(s), 1 warning(s).")
    }
}
