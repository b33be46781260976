import Testing

@testable import BoardPack

/// Input only an accident or an attacker writes: thousands of equal headings, Wales sections or
/// incidents blocks. Each used to take time growing with the square of its size; these finish
/// quickly and still give the same anchors and content as a small paper.
@Suite struct LargeInputTests {
    @Test func eightThousandEqualHeadingsGetNumberedAnchors() {
        let markdown = String(repeating: "## Same\nText.\n\n", count: 8000) + "## Same 2\n"
        let (body, _) = PaperBodyParser(path: "p.md", firstLine: 1).parse(markdown)
        let anchors = body.sections.map(\.anchor)
        #expect(anchors.count == 8001)
        #expect(Array(anchors.prefix(3)) == ["same", "same-2", "same-3"])
        #expect(anchors[7999] == "same-8000")
        // A heading whose own anchor was taken by the numbering gets the next free one.
        #expect(anchors[8000] == "same-2-2")
        #expect(Set(anchors).count == anchors.count)
        #expect(body.htmlBeforePoints.contains("<h2 id=\"same-8000\">Same</h2>"))
    }

    @Test func fourThousandWalesSectionsAreReadAsOne() {
        let markdown = String(repeating: "## Implications for Wales\nWales text.\n\n", count: 4000)
        let (body, _) = PaperBodyParser(path: "p.md", firstLine: 1).parse(markdown)
        #expect(body.walesImplications?.line == 1)
        #expect(body.walesImplications?.text.split(separator: "\n").count == 4000)
        #expect(body.sections.last?.anchor == "implications-for-wales-4000")
    }

    @Test func twoThousandIncidentsBlocksAreEmbeddedInOnePass() {
        let markdown = (0..<2000).map { "Para \($0).\n\n```incidents\ndataset: d\n```\n" }.joined(separator: "\n")
        let (body, _) = PaperBodyParser(path: "p.md", firstLine: 1).parse(markdown)
        #expect(body.incidentBlocks.count == 2000)
        let summaries = Dictionary(uniqueKeysWithValues: (0..<2000).map { ($0, "<figure id=\"s\($0)\"></figure>\n") })
        let parts = IncidentEmbedding.parts(body.htmlBeforePoints, summaries: summaries)
        #expect(parts.count == 4001)
        let html = parts.map { part in
            switch part {
            case let .html(text): text
            case let .summary(summary): summary
            }
        }.joined()
        #expect(!html.contains("boardpack:incidents"))
        #expect(ByteText.count("<figure id=", in: html) == 2000)
        #expect(html.contains("Para 1999.</p>\n<figure id=\"s1999\"></figure>\n"))
    }
}
