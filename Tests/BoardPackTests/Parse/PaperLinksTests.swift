import Testing

@testable import BoardPack

/// Links between papers go to the right page wherever the body is shown, and broken ones are
/// located warnings.
@Suite struct PaperLinksTests {
    static let body = """
        ## Background
        See [the other paper](other-paper.md), its [figures](other-paper.md#the-figures),
        [our discussion](#discussion), [a missing paper](gone.md) and [nowhere](#nowhere).

        ## Discussion
        1. A point
        """

    func parse(prefix: String = "") -> (PaperBody, [Diagnostic]) {
        PaperBodyParser(path: "content/papers/p.md", firstLine: 10, idPrefix: prefix, knownSlugs: ["p", "other-paper"]).parse(Self.body)
    }

    @Test func linksToPapersAreRewrittenForThePageAndForAPack() {
        let page = parse().0.htmlBeforePoints
        #expect(page.contains("<a href=\"../other-paper/index.html\">the other paper</a>"))
        #expect(page.contains("<a href=\"../other-paper/index.html#the-figures\">figures</a>"))
        #expect(page.contains("<a href=\"#discussion\">our discussion</a>"))
        let pack = parse(prefix: "p-p-").0.htmlBeforePoints
        #expect(pack.contains("<a href=\"../papers/other-paper/index.html\">the other paper</a>"))
        #expect(pack.contains("<a href=\"#p-p-discussion\">our discussion</a>"))
    }

    @Test func brokenLinksAreLocatedWarnings() {
        let (body, problems) = parse()
        #expect(body.linkedSlugs == ["gone", "other-paper"])
        #expect(problems.map(\.severity) == [.warning, .warning])
        #expect(problems.map { "\($0.line):\($0.column)" } == ["12:32", "12:63"])
        #expect(problems[0].message.contains("gone.md"))
        #expect(problems[1].message.contains("'#nowhere'"))
    }

    @Test func aBodyGivesItsAnchorsAndLinksToLabelsAndMissingSectionsOfOtherPapersAreResolved() {
        let (target, _) = PaperBodyParser(path: "content/papers/other-paper.md", firstLine: 1)
            .parse("## The figures\nFirst.\n\n{#evidence} The evidence.\n")
        #expect(target.anchors == ["the-figures": "the-figures", "para-1": "para-1", "para-2": "para-2", "evidence": "para-2"])
        var parser = PaperBodyParser(path: "content/papers/p.md", firstLine: 10, knownSlugs: ["p", "other-paper"])
        parser.otherAnchors = ["other-paper": target.anchors]
        let (body, problems) = parser.parse("See [the evidence](other-paper.md#evidence) and [costs](other-paper.md#costs).\n")
        #expect(body.linkedAnchors == ["other-paper#costs", "other-paper#evidence"])
        #expect(body.htmlBeforePoints.contains("<a href=\"../other-paper/index.html#para-2\">the evidence</a>"))
        #expect(body.htmlBeforePoints.contains(" and costs."))
        #expect(problems.map { "\($0.severity.rawValue) \($0.line):\($0.column)" } == ["warning 10:49"])
        #expect(problems.first?.message.contains("no place in the paper 'other-paper.md'") == true)
    }

    @Test func aBrokenLinkIsAnErrorWithStrict() throws {
        let root = try Fixtures.project(papers: [
            "p": Fixtures.paper(body: "## Background\nSee [x](missing.md).\n\n## Discussion\n1. A point\n\n## Implications for Wales\nNone.\n"),
        ])
        var options = Fixtures.options(root)
        #expect(try SiteBuilder.check(options).map(\.severity) == [.warning])
        options.strict = true
        #expect(try SiteBuilder.check(options).map(\.severity) == [.error])
        // Adding the missing paper mends the link without touching the linking one.
        try Fixtures.paper(title: "Missing").write(to: root.appendingPathComponent("content/papers/missing.md"), atomically: true, encoding: .utf8)
        options.strict = false
        _ = try SiteBuilder.build(Fixtures.options(root))
        #expect(Fixtures.read(root.appendingPathComponent("_site/papers/p/index.html")).contains("href=\"../missing/index.html\""))
    }
}
