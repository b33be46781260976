/// Ids of a body's own link targets, without the pack prefix: its headings' ids, `para-0` to
/// `para-N`, `point-1-1` to `point-1-P` (the discussion points) and `fn-1` to `fn-F` (footnotes).
/// The numbered ones are answered from their counts: a paper's links ask for a few names, and
/// making a set of every numbered name, each hashed, cost more than the links' whole check.
struct OwnAnchors {
    /// The headings' ids.
    var sections: Set<String>
    /// `para-0` to `para-paragraphs`.
    var paragraphs: Int
    /// `point-1-1` to `point-1-points`.
    var points: Int
    /// `fn-1` to `fn-footnotes`.
    var footnotes: Int

    func contains(_ name: String) -> Bool {
        if sections.contains(name) { return true }
        if let number = Self.number(name, after: "para-") { return number <= paragraphs }
        if let number = Self.number(name, after: "point-1-") { return number >= 1 && number <= points }
        if let number = Self.number(name, after: "fn-") { return number >= 1 && number <= footnotes }
        return false
    }

    /// Every name, for suggesting one when a link names none of them.
    var all: Set<String> {
        var names = sections
        for number in 0...paragraphs { names.insert("para-" + String(number)) }
        for number in 0..<points { names.insert("point-1-" + String(number + 1)) }
        for number in 0..<footnotes { names.insert("fn-" + String(number + 1)) }
        return names
    }

    /// The places other papers can link to (`PaperBody.anchors`): headings and paragraphs (not
    /// `para-0`), and each label as the paragraph it names. A heading whose id looks like a footnote,
    /// a point or `para-0` is left out, as when these were filtered out of one set of every name.
    func places(labels: [String: Int]) -> [String: String] {
        var places = [String: String](minimumCapacity: sections.count + paragraphs + labels.count)
        // Headings' ids are slugs, ASCII: their bytes decide the prefixes.
        for section in sections
        where !section.utf8.starts(with: "fn-".utf8) && !section.utf8.starts(with: "point-".utf8) && section != "para-0" {
            places[section] = section
        }
        for number in 0..<paragraphs {
            let name = "para-" + String(number + 1)
            places[name] = name
        }
        for (label, paragraph) in labels { places[label] = "para-\(paragraph)" }
        return places
    }

    /// The number in `name` when it is `prefix` followed by a number written as `String(number)`
    /// writes it (digits, no leading zero), as only such names were ever listed.
    static func number(_ name: String, after prefix: String) -> Int? {
        let bytes = name.utf8
        guard bytes.starts(with: prefix.utf8) else { return nil }
        let digits = bytes.dropFirst(prefix.utf8.count)
        guard let first = digits.first, digits.count <= 18, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            first != 0x30 || digits.count == 1
        else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
