import Testing

@testable import BoardPack

@Suite struct FrontMatterTests {
    func split(_ text: String) -> Result<FrontMatterSplit, Diagnostic> {
        FrontMatter.split(SourceFile(path: "p.md", text: text))
    }

    @Test func bodyLineNumbersCountTheFrontMatter() throws {
        let result = try split("---\ntitle: A\nboard: b\n---\n## Heading\n").get()
        #expect(result.yaml == "title: A\nboard: b")
        #expect(result.yamlFirstLine == 2)
        #expect(result.bodyFirstLine == 5)
        #expect(result.body == "## Heading\n")
    }

    @Test func missingClosingFenceIsReportedAtTheOpeningFence() {
        guard case let .failure(diagnostic) = split("---\ntitle: A\n\nBody text\n") else {
            Issue.record("accepted front matter without a closing ---")
            return
        }
        #expect(diagnostic.line == 1)
        #expect(diagnostic.message.contains("never closed"))
    }

    @Test func emptyFileAndFileWithoutFrontMatterAreErrors() {
        guard case let .failure(empty) = split(""), case let .failure(noFront) = split("# Just a heading\n") else {
            Issue.record("accepted a paper with no front matter")
            return
        }
        #expect(empty.message.contains("empty"))
        #expect(noFront.message.contains("must start with front matter"))
    }
}
