/// Random YAML datasets that try to fool a chunker: quoted and block values holding `incidents:` and
/// `- id:` lines, comments, flow collections, anchors, odd indentation, CRLF, tabs, a byte-order mark,
/// duplicate keys, and YAML that is not valid at all.
struct DatasetFileGenerator {
    var random: DatasetChunkingPropertyTests.SeededGenerator

    init(seed: UInt64) { random = .init(state: seed) }

    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    private mutating func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &random)] }

    mutating func file() -> String {
        let listIndent = pick([0, 1, 2, 2, 2, 3, 4])
        var lines: [String] = []
        if chance(10) { lines.append("---") }
        if chance(20) { lines.append("# incidents:\n# - id: COMMENTED") }
        lines.append(title())
        lines.append(pick(["source: Generated", "source: 'Quoted: source'", "source: >\n  folded\n  incidents:\n  - id: X"]))
        if chance(50) { lines.append("period: { from: 2020-01-01, to: 2020-12-31 }") }
        if chance(5) { lines.append("title: duplicate") }
        let key = pick(["incidents:", "incidents:   # the list", "\"incidents\":", "'incidents':", "incidents:"])
        if chance(5) {
            lines.append(key + " [ {id: F1, nation: wales, category: protest}, {id: F2, nation: wales, category: protest} ]")
        } else {
            lines.append(key)
            let count = Int.random(in: 1...9, using: &random)
            for index in 0..<count {
                if chance(15) { lines.append(String(repeating: " ", count: pick([0, listIndent])) + pick(["# - id: C\(index)", "#incidents:", ""])) }
                lines.append(record(index, indent: listIndent))
            }
        }
        if chance(40) { lines.append(pick(["suppress-below: 3", "suppress-below: many", "notes: |\n  incidents:\n  - id: NOTE"])) }
        if chance(5) { lines.append("incidents:\n  - id: SECOND\n    nation: wales\n    category: protest") }
        if chance(4) { lines.append("... \n---\nother: document") }
        var text = lines.joined(separator: "\n") + (chance(85) ? "\n" : "")
        if chance(15) { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        if chance(8) { text = "\u{FEFF}" + text }
        return text
    }

    private mutating func title() -> String {
        let fake = "incidents:\n  - id: FAKE-1\n    nation: wales\n    category: protest\n  - id: FAKE-2"
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return "title: Plain title"
        case 1: return "title: \"Quoted\n\(fake)\n  end\""
        case 2: return "title: 'Single\n\(fake)\n  end'"
        case 3: return "title: |\n  \(fake.replacingOccurrences(of: "\n", with: "\n  "))"
        default: return "title: \"Unclosed\n\(fake)"
        }
    }

    private mutating func record(_ index: Int, indent: Int) -> String {
        let margin = String(repeating: " ", count: indent)
        let inner = margin + "  "
        if chance(10) { return margin + "- {id: R\(index), nation: wales, category: protest, tags: [a, b]}" }
        var fields = ["id: R\(index)", "nation: \(pick(["england", "wales", "Wales", "atlantis"]))"]
        if chance(90) { fields.append("category: \(pick(["protest", "intimidation"]))") }
        if chance(40) { fields.append("severity: \(Int.random(in: 1...6, using: &random))") }
        if chance(50) { fields.append(summary(inner: inner, index: index)) }
        if chance(20) { fields.append(pick(["tags: [a, b]", "tags: [a,\n\(inner)  b]", "tags:\n\(inner)- a\n\(inner)- b"])) }
        if chance(5) { fields.append("nation: scotland") }
        if chance(5) { fields.append("note: *missing") }
        if chance(5) { fields.append(pick(["severity:\t2", "\tseverity: 2", "oops: \"unclosed", " bad: indent", "key: [unclosed"])) }
        if chance(8) { fields.append("# - id: INSIDE-\(index)") }
        fields.shuffle(using: &random)
        let dash = chance(10) ? "-\n" + inner : pick(["- ", "- ", "-   "])
        let spacing = dash == "-   " ? inner + "  " : inner
        return margin + dash + fields.joined(separator: "\n" + (dash == "-   " ? spacing : inner))
    }

    private mutating func summary(inner: String, index: Int) -> String {
        switch Int.random(in: 0..<7, using: &random) {
        case 0: return "summary: plain text, with a comma"
        case 1: return "summary: \"starts\n\(inner)- id: FAKE-\(index)\nincidents:\n\(inner)ends\""
        case 2: return "summary: 'starts\n- id: FAKE-\(index)\n\(inner)ends'"
        case 3: return "summary: |\n\(inner)  incidents:\n\(inner)  - id: FAKE-\(index)\n\(inner)  text"
        case 4: return "summary: >-\n\(inner)  - id: FAKE-\(index)\n\n\(inner)  folded"
        case 5: return "summary: &s\(index) anchored"
        default: return "summary: \"escaped \\n- id: FAKE \\t tab\"\t# a comment"
        }
    }
}
