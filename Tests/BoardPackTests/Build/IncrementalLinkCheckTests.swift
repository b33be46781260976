import Foundation
import Testing

@testable import BoardPack

/// A one-paper rebuild reads again only the papers whose links come out differently: those linking
/// to a place in the edited paper that appeared, went or moved (or, for a link already broken, whose
/// suggestions may change), never every paper that links to it.
@Suite struct IncrementalLinkCheckTests {
    @Test func aLinkChangesOnlyWhenItsPlaceAppearsGoesOrMoves() {
        let before: LinkCheck.Table = ["plain": ["background": "background", "costs-label": "para-3"]]
        var after = before
        after["plain"]?["para-9"] = "para-9"
        #expect(!LinkCheck.changes("plain#background", from: before, to: after))
        #expect(!LinkCheck.changes("plain#costs-label", from: before, to: after))
        // Broken before and after, but the suggestions come from the places, which changed.
        #expect(LinkCheck.changes("plain#nowhere", from: before, to: after))
        after["plain"]?["costs-label"] = "para-4"
        #expect(LinkCheck.changes("plain#costs-label", from: before, to: after))
        after["plain"]?["background"] = nil
        #expect(LinkCheck.changes("plain#background", from: before, to: after))
        // Read without the table, a link is kept as written: it changes only if the place is elsewhere or missing.
        #expect(!LinkCheck.changes("plain#para-9", from: nil, to: after))
        #expect(LinkCheck.changes("plain#costs-label", from: nil, to: after))
        #expect(!LinkCheck.changes("other#anything", from: nil, to: after))
        #expect(!LinkCheck.changes("no-fragment", from: before, to: after))
    }

    @Test func theAnchorsReadInPlaceAreThoseOfThePapersLessAnExemptOneInPublic() throws {
        let body = Fixtures.defaultBody + "\n\n## Costs\n\nThe costs.\n"
        let root = try Fixtures.project(papers: [
            "open": Fixtures.paper(title: "Open", body: body),
            "closed": Fixtures.paper(title: "Closed", body: body, extraFront: "exempt: { paragraph: 3, public-interest: Negotiations continue. }"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let papers = ProjectLoader(options: Fixtures.options(root)).load(ContentFolder.scan(root.appendingPathComponent("content"))).papers
        #expect(papers.count == 2)
        let results: [ProjectLoader.PaperResult] = papers.map { ($0, []) } + [(nil, [])]
        for audience in [Audience.public, .members] {
            let table = LinkCheck.anchors(read: results, reused: [], audience: audience)
            #expect(table == LinkCheck.anchors(parsed: papers, reused: [], audience: audience))
            #expect(table["open"]?["costs"] == "costs")
            #expect((table["closed"] != nil) == (audience == .members))
        }
    }

    @Test func editingALinkedPaperReadsAgainOnlyThePapersWhoseLinksChange() throws {
        let root = try IncrementalBuildTests.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let papers = root.appendingPathComponent("content/papers")
        for (slug, link) in [("linker", "plain.md#background"), ("broken", "plain.md#costs")] {
            let body = Fixtures.defaultBody.replacingOccurrences(of: "First paragraph.", with: "First paragraph, see [this](\(link)).")
            try Fixtures.paper(title: "Paper \(slug)", body: body).write(
                to: papers.appendingPathComponent("\(slug).md"), atomically: true, encoding: .utf8)
        }
        let first = try IncrementalBuildTests.expectSameAsClean(root, "links to a section")
        #expect(first.diagnostics.filter { $0.message.contains("points to no place") }.map(\.path) == ["content/papers/broken.md"])

        // A sentence added to a paragraph: no place appears, goes or moves.
        try IncrementalBuildTests.edit(papers.appendingPathComponent("plain.md")) {
            $0.replacingOccurrences(of: "First paragraph.", with: "First paragraph. An added sentence.")
        }
        let sentence = try IncrementalBuildTests.expectSameAsClean(root, "a sentence added")
        #expect(sentence.papersRead == 1)
        #expect(sentence.changedPaths == ["papers/plain/index.html"])

        // A new section: the broken link's suggestions may name it, the good link is as it was.
        try IncrementalBuildTests.edit(papers.appendingPathComponent("plain.md")) { $0 + "\n## Costs and risks\nNew text.\n" }
        let section = try IncrementalBuildTests.expectSameAsClean(root, "a section added")
        #expect(section.papersRead == 2)
        #expect(section.diagnostics.filter { $0.message.contains("points to no place") }.map(\.path) == ["content/papers/broken.md"])
    }
}
