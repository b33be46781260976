import Foundation
import Testing

@testable import BoardPack

/// Full-text search for real: a small project built with Pagefind, served over HTTP, searched
/// through `search/?q=` in headless Chromium (tools/search_check.py). A word from a paper's body
/// finds that paper, marked; a word only in an exempt paper's body finds nothing in public and the
/// paper in the members' edition; the page with its results passes axe.
@Suite struct SearchTests {
    static let pagefind = try? Pagefind.find(project: Fixtures.packageRoot)
    static let python = AccessibilityTests.axePython
    static let ready = pagefind != nil && AccessibilityTests.browser && ExternalTool.exists(python)

    struct Outcome: Decodable {
        struct Hit: Decodable {
            var href: String
            var title: String
            var marks: [String]
            var excerpt: String
            /// The elements in the excerpt: only `mark`, whatever the paper's text says.
            var elements: [String]
        }

        var status: String
        var label: String
        var hits: [Hit]
        var violations: [String]?
    }

    /// One browser for all the words: one outcome a word, in order.
    static func search(_ site: URL, for words: [String], axe: Bool = false) throws -> [Outcome] {
        let script = Fixtures.packageRoot.appendingPathComponent("tools/search_check.py").path
        let result = try ExternalTool.run(python ?? "", [script, site.path] + words + (axe ? ["--axe"] : []))
        #expect(result.status == 0, "\(result.text)")
        let json = result.text.split(separator: "\n").last.map(String.init) ?? ""
        let outcomes = try JSONDecoder().decode([Outcome].self, from: Data(json.utf8))
        try #require(outcomes.count == words.count, "\(result.text)")
        return outcomes
    }

    static func project() throws -> URL {
        try Fixtures.project(papers: [
            "open": Fixtures.paper(title: "Open paper", body: "## Background\nThe Kettering pilot of Prevent training went well, as `<img src=x onerror=alert(1)>` shows.\n"),
            "closed": Fixtures.paper(
                title: "Closed paper", board: "cwb", body: "## Background\nThe Wolverhampton depot price is agreed.\n",
                extraFront: "exempt: { paragraph: 3, public-interest: Negotiations continue. }"),
        ])
    }

    static func build(_ root: URL, audience: Audience = .public, output: String = "_site") throws -> URL {
        var options = Fixtures.options(root, output: output)
        options.audience = audience
        options.pagefind = pagefind
        let report = try SiteBuilder.build(options)
        #expect(!report.failed && report.searchIndexed, "\(report.diagnostics)")
        return options.output
    }

    @Test(.enabled(if: ready, "needs pagefind (`make`), chromium, chromedriver and selenium: `sudo make test-tools`"))
    func aWordFromAPaperBodyFindsItMarkedAndTheExemptTextIsNotIndexed() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = try Self.build(root)

        let outcomes = try Self.search(
            site, for: ["Kettering", "Wolverhampton", "Closed", "?q=paper&board=Community+Wellbeing+Board", "Purpose"], axe: true)
        let found = outcomes[0]
        #expect(found.label == "Search the text of every paper")
        #expect(found.status == "1 paper found for \u{201C}Kettering\u{201D}")
        #expect(found.hits.map(\.href) == ["/papers/open/index.html"])
        #expect(found.hits.map(\.title) == ["Open paper"])
        #expect(found.hits.first?.marks == ["Kettering"])
        // The paper's text is shown as text: markup quoted in it never becomes an element.
        #expect(found.hits.first?.elements == ["mark"])
        #expect(found.hits.first?.excerpt.contains("as <img src=x onerror=alert(1)> shows") == true)
        #expect(found.violations == [])

        let exempt = outcomes[1]
        #expect(exempt.status == "0 papers found for \u{201C}Wolverhampton\u{201D}")
        #expect(exempt.hits.isEmpty)
        // Its title is public, and found.
        #expect(outcomes[2].hits.map(\.href) == ["/papers/closed/index.html"])
        // Filters come from the address too: both titles say "paper", one board is chosen.
        #expect(outcomes[3].hits.map(\.href) == ["/papers/closed/index.html"])
        #expect(outcomes[3].status == "1 paper found for \u{201C}paper\u{201D}")
        // Headings every front sheet repeats ("Purpose of report") are not indexed.
        #expect(outcomes[4].status == "0 papers found for \u{201C}Purpose\u{201D}")
    }

    @Test(.enabled(if: ready, "needs pagefind (`make`), chromium, chromedriver and selenium: `sudo make test-tools`"))
    func theMembersEditionHasItsOwnIndexWithTheExemptText() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let members = try Self.build(root, audience: .members, output: "_members")
        let found = try Self.search(members, for: ["Wolverhampton"])[0]
        #expect(found.hits.map(\.href) == ["/papers/closed/index.html"])
        #expect(found.hits.first?.marks == ["Wolverhampton"])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/pagefind").path))
    }
}

/// What `boardpack build` says about search, run as a council's CI would run it.
@Suite struct SearchCommandTests {
    static func build(_ root: URL, _ arguments: [String], environment: [String: String]) throws -> ExternalTool.Output {
        try ExternalTool.run(ServeTests.executable ?? "", ["build"] + arguments, in: root, environment: environment)
    }

    @Test(.enabled(if: ServeTests.executable != nil, "needs the built boardpack command next to the tests"))
    func withoutPagefindTheBuildSaysOnceThatSearchIsByTitle() throws {
        let root = try Fixtures.project(papers: ["one": Fixtures.paper(title: "One")])
        defer { try? FileManager.default.removeItem(at: root) }
        let plain = ["PATH": "/usr/bin:/bin"]
        let first = try Self.build(root, [], environment: plain)
        #expect(first.status == 0, "\(first.text)")
        #expect(first.text.components(separatedBy: "Search is by title only").count == 2, "\(first.text)")
        let quiet = try Self.build(root, ["--quiet"], environment: plain)
        #expect(quiet.status == 0 && quiet.text.isEmpty, "\(quiet.text)")

        let wrong = try Self.build(root, [], environment: plain.merging(["BOARDPACK_PAGEFIND": "/nowhere/pagefind"]) { $1 })
        #expect(wrong.status == 2)
        #expect(wrong.text.contains("error: BOARDPACK_PAGEFIND is set to /nowhere/pagefind, which is not a program"))
    }
}
