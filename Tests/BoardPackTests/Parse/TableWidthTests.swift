import Testing

@testable import BoardPack

/// A table row wider than 1,000 columns is an error at its line, found before cmark-gfm sees it.
@Suite struct TableWidthTests {
    static func read(_ body: String) -> (Paper?, [Diagnostic]) {
        PaperReader(site: Fixtures.site).read(SourceFile(path: "content/papers/p.md", text: Fixtures.paper(body: body)), slug: "p")
    }

    @Test func aFortyThousandCellRowIsALocatedErrorAndNotParsed() {
        let header = "| " + Array(repeating: "a", count: 40_000).joined(separator: " | ") + " |"
        let rule = "|" + String(repeating: "---|", count: 40_000)
        let (paper, problems) = Self.read("## Background\nText.\n\n\(header)\n\(rule)\n\n## Implications for Wales\nNone.\n")
        #expect(paper == nil)
        #expect(problems.map { "\($0.path):\($0.line):\($0.column)" } == ["content/papers/p.md:26:1", "content/papers/p.md:27:1"])
        #expect(problems.first?.message.contains("at most 1,000 columns") == true)
    }

    @Test func escapedBarsAndNormalTablesAreFine() {
        let escaped = String(repeating: "\\|", count: 2_000)
        let row = "| " + Array(repeating: "x", count: 999).joined(separator: " | ")
        #expect(TableWidth.check("\(escaped)\n\(row)\n", path: "p", firstLine: 1).isEmpty)
        #expect(TableWidth.check(row + " | y | z", path: "p", firstLine: 4).map(\.line) == [4])
    }
}
