import Foundation
import Testing

@testable import BoardPack

/// The typed view models give templates exactly the names the dictionaries gave, present or absent.
@Suite struct ViewModelTests {
    static func paper(_ extraFront: String = "") throws -> Paper {
        let text = Fixtures.paper(body: "Intro.\n\n## Discussion\n\n1. First point.\n2. Second point.\n", extraFront: extraFront)
        let (paper, problems) = PaperReader(site: Fixtures.site).read(SourceFile(path: "content/papers/p.md", text: text), slug: "p")
        #expect(problems.filter { $0.severity == .error }.isEmpty)
        return try #require(paper)
    }

    @Test func aPaperPageHasItsValuesAndNoAbsentOnes() throws {
        let view = PaperPageView(for: try Self.paper(), site: Fixtures.site, audience: .public)
        let paper = try #require(view.child(named: "paper") as? PaperView)
        #expect(paper.child(named: "title") as? String == "Test paper")
        #expect(paper.child(named: "dateISO") as? String == "2021-06-09")
        #expect(paper.child(named: "year") as? String == "2021")
        #expect(paper.child(named: "boardName") as? String == "Safer and Stronger Communities Board")
        #expect(paper.child(named: "searchPurpose") as? String == "Discussion")
        // Absent, not false: a template's {{#pdf}} and {{^pdf}} see no value.
        #expect(paper.child(named: "pdf") == nil)
        #expect(paper.child(named: "exempt") == nil)
        #expect(paper.child(named: "considered") == nil)
        #expect(view.child(named: "root") as? String == "../../")
        #expect(view.child(named: "confidential") as? Bool == false)
        let front = try #require(paper.child(named: "frontSheet") as? FrontSheetView)
        #expect(front.child(named: "headingLevel") as? Int == 2)
        #expect(front.child(named: "singleRecommendation") as? String == "That the Board notes the update.")
        #expect(front.child(named: "recommendationList") == nil)
        #expect(front.child(named: "actionsHeading") as? String == "Action")
        let contact = try #require(front.child(named: "contact") as? ContactView)
        #expect(contact.child(named: "email") as? String == "rachel.duke@local.gov.uk")
        #expect(front.child(named: "unknown") == nil)
    }

    @Test func anExemptPaperInPublicShowsTheNoticeOnly() throws {
        let exempt = try Self.paper("exempt:\n  paragraph: 3\n  public-interest: Negotiations continue.")
        let view = PaperPageView(for: exempt, site: Fixtures.site, audience: .public, pdf: true)
        let paper = try #require(view.child(named: "paper") as? PaperView)
        #expect(paper.child(named: "frontSheet") == nil)
        #expect(paper.child(named: "searchPurpose") == nil)
        #expect(paper.child(named: "pdf") as? Bool == true)
        let notice = try #require(paper.child(named: "exempt") as? ExemptNoticeView)
        #expect(notice.child(named: "publicInterest") as? String == "Negotiations continue.")
        let members = PaperPageView(for: exempt, site: Fixtures.site, audience: .members)
        #expect((members.child(named: "paper") as? PaperView)?.child(named: "frontSheet") != nil)
        #expect(members.child(named: "confidential") as? Bool == true)
    }

    @Test func thePaperPageRendersWithTheBuiltInTemplates() throws {
        let (templates, problems) = TemplateSet.load(directory: nil, displayPath: { $0.path })
        #expect(problems.isEmpty)
        let html = try #require(templates).render("paper", PaperPageView(for: try Self.paper(), site: Fixtures.site, audience: .public))
        #expect(html.contains("<title>Test paper: "))
        #expect(html.contains(#"<li id="point-1-1"><span class="point-number">1.1</span> "#))
        #expect(html.contains("<dt>Phone no</dt><dd>07464 652612</dd>"))
        #expect(html.contains(#"<a href="../../index.html">"#))
    }

    @Test func aSummaryIsSuppressedBeforeItIsPlaced() throws {
        let dataset = try #require(IncidentSummaryTests.dataset)
        var suppressed = dataset
        suppressed.suppressBelow = 5
        let summary = PublishedSummary(suppressed, query: SummaryQuery(groupBy: "category"), labels: GroupLabels(site: Fixtures.site))
        #expect(summary.rows.map(\.count.text) == ["13", "fewer than 5", "fewer than 5"])
        #expect(summary.total.text == "18")
        let spec = IncidentSpec(
            dataset: Located("offences", at: .start(of: "p.md")), groupBy: Located("category", at: .start(of: "p.md")),
            filters: [], chart: .bar, title: nil)
        let view = IncidentSummaryView(EmbeddedSummary(spec: spec, dataset: suppressed, labels: GroupLabels(site: Fixtures.site), id: "incidents-1"))
        #expect(view.child(named: "caption") as? String == "Offences: count by category")
        #expect(view.child(named: "total") as? String == "18")
        #expect(view.child(named: "period") == nil)
        #expect((view.child(named: "suppressionNote") as? String)?.hasPrefix("Counts from 1 to 4 are shown as \"fewer than 5\"") == true)
        #expect(view.child(named: "chart") != nil)
    }

    @Test func theBodyIsSplitAtBlocksWithSummariesAndKeepsOtherMarkers() {
        let html = "<p>a</p>\n<!--boardpack:incidents:0-->\n<p>b</p>\n<!--boardpack:incidents:1-->\n<p>c</p>\n"
        let parts = IncidentEmbedding.parts(html, summaries: [0: "S0"])
        let shown = parts.map { part in
            switch part {
            case let .html(text): "html(\(text))"
            case let .summary(summary): "summary(\(summary))"
            }
        }
        #expect(shown == ["html(<p>a</p>\n)", "summary(S0)", "html(<p>b</p>\n<!--boardpack:incidents:1-->\n<p>c</p>\n)"])
        #expect(IncidentEmbedding.parts(html, summaries: [Int: String]()).count == 1)
    }
}

/// Values escaped in Swift and given as `{{{raw}}}` must read as swift-mustache's `{{escaped}}` would.
@Suite struct HTMLTextTests {
    @Test func escapingMatchesMustacheByteForByte() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-escape-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{x}}".write(to: folder.appendingPathComponent("escape-test.mustache"), atomically: true, encoding: .utf8)
        let (templates, problems) = TemplateSet.load(directory: folder, displayPath: { $0.path })
        #expect(problems.isEmpty)
        let set = try #require(templates)
        for text in ["plain", "a & b < c > d \"e\" 'f'", "", "café’s <b>", "<\u{301}x", "\u{600}<x", "&&", "\u{1F600}>"] {
            let rendered = try set.render("escape-test", ["x": text] as [String: String])
            #expect(HTMLText.escaped(text) == rendered, "\(text)")
        }
    }
}
