import Testing
import Yams

@testable import BoardPack

/// The event composer must make Yams's own tree (strings, styles, tags, marks), or leave the text to Yams.
@Suite struct YAMLEventsTests {
    /// Everything a validator can see of a node, in one string.
    func dump(_ node: Node) -> String {
        let mark = node.mark.map { "@\($0.line):\($0.column)" } ?? "@-"
        switch node {
        case let .scalar(scalar):
            return "S(\(scalar.string.debugDescription) \(scalar.style) tag=\(scalar.tag.description) \(mark))"
        case let .sequence(sequence):
            return "Q(\(sequence.style) tag=\(sequence.tag.description) \(mark) [" + sequence.map(dump).joined(separator: ", ") + "])"
        case let .mapping(mapping):
            return "M(\(mapping.style) tag=\(mapping.tag.description) \(mark) {"
                + mapping.map { dump($0.key) + ": " + dump($0.value) }.joined(separator: ", ") + "})"
        case .alias:
            return "A"
        }
    }

    func yams(_ text: String) throws -> String {
        try Yams.compose(yaml: text, .basic, .default, .utf8).map(dump) ?? "nil"
    }

    static let sameAsYams = [
        """
        title: Flood resilience – next steps
        board: ltb
        date: 2022-08-22
        purpose: noting
        summary: >
          Board members are invited to consider how charging might be
          addressed across England and Wales.
        recommendations:
          - That the Board notes the report.
        actions: []
        contact:
          name: Daniel Ahmed
          phone: "07610 607792"
          email: 'daniel.ahmed@local.gov.uk'
        scope:
          - subject: Workforce planning
            nations: [england, wales]
        exempt: false
        tags: [planning, buses, net-zero]
        notes: |
          Line one
            indented
        empty:
        null-ish: ~
        """,
        "---\ntitle: A\n...\n",
        "# only a comment first\nkey: value # and after\n\"quoted key\": 1\n",
        "- a\n- [b, {c: d}]\n- {e: [f, g], 'h': \"i\"}\n- - nested\n  - list\n",
        "plain scalar at the root",
        "ünïcode: «Cymraeg» ŵ ŷ\nemoji: 😀 after\ncontinued: a plain value\n  on two lines\n",
        "many: {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18}\n",
        "'<<': not merged\nkey: \"\\u00e9\\t\"\n",
    ]

    @Test(arguments: sameAsYams) func makesYamsTree(_ text: String) throws {
        let composed = try #require(YAMLEvents.compose(text))
        #expect(composed.map(dump) ?? "nil" == (try yams(text)))
    }

    static let leftToYams = [
        "", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: !custom 1\n", "a: 1\na: 2\n", "contact:\n  name: A\n  name: B\n",
        "? [a, b]\n: c\n", "a: [1, 2\n", "a: 'open\n", "--- 1\n--- 2\n", "a:\tb\n  c: d\n",
        "many: {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, a: 18}\n",
    ]

    @Test(arguments: leftToYams) func leavesTheUnusualToYams(_ text: String) {
        #expect(YAMLEvents.compose(text) == nil)
    }

    @Test func marksCanBeMade() {
        #expect(YAMLEvents.marksCanBeMade)
    }

    /// Through `YAMLSource.compose`, a text left to Yams still gets Yams's answer and message.
    @Test func duplicateKeysStillReportedAsBefore() {
        let context = YAMLContext(path: "p.md", firstLine: 2)
        guard case let .failure(problem) = YAMLSource.compose("title: A\ntitle: B\n", context: context) else {
            Issue.record("a repeated key was accepted")
            return
        }
        #expect(problem.message.contains("'title' is given more than once"))
    }
}
