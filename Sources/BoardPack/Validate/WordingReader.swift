import Yams

/// Reads `wording:` in site.yaml: the council's own sentences about the law, each replacing one of
/// boardpack's (`StatutoryWording`). A misspelt key or placeholder would silently print the standard
/// wording or a raw `{placeholder}`, so both are errors.
enum WordingReader {
    static func read(_ fields: inout Fields, jurisdiction: Jurisdiction) -> StatutoryWording {
        var wording = StatutoryWording.standard
        guard let node = fields.node("wording"), !Fields.isNull(node) else { return wording }
        let keys = StatutoryWording.placeholders.map(\.key) + [descriptionsKey]
        guard case let .mapping(mapping) = node else {
            fields.error("'wording' gives the council's own sentences by name, e.g. 'exempt-notice: \"…\"'; the names are "
                + keys.joined(separator: ", "), at: node)
            return wording
        }
        var entries = Fields(mapping, context: fields.context, owner: "wording")
        for (key, names) in StatutoryWording.placeholders {
            guard let text = entries.string(key, required: false), let valueNode = entries.node(key) else {
                if let valueNode = entries.node(key) { entries.error("'\(key)' is empty: remove it to keep boardpack's wording", at: valueNode) }
                continue
            }
            let unknown = StatutoryWording.placeholderNames(in: text).filter { !names.contains($0) }
            if let first = unknown.first {
                let allowed = names.isEmpty ? "it takes no placeholders" : "it may use " + names.map { "{\($0)}" }.joined(separator: ", ")
                entries.error("'\(key)' uses the placeholder {\(first)}, which boardpack does not fill in: \(allowed)"
                    + Suggestion.didYouMean(first, among: names), at: valueNode)
                continue
            }
            wording[key] = text
        }
        if let descriptions = entries.node(descriptionsKey) {
            wording.paragraphDescriptions = readDescriptions(descriptions, jurisdiction: jurisdiction, fields: &entries)
        }
        for (keyNode, _) in mapping {
            guard let key = keyNode.scalar?.string, !keys.contains(key) else { continue }
            entries.error("'\(key)' is not a sentence boardpack prints; the names are \(keys.joined(separator: ", "))"
                + Suggestion.didYouMean(key, among: keys), at: keyNode)
        }
        fields.diagnostics += entries.diagnostics
        return wording
    }

    static let descriptionsKey = "paragraph-descriptions"

    /// `paragraph-descriptions: { 14: "…" }`: each number a paragraph of the jurisdiction's Part.
    private static func readDescriptions(_ node: Node, jurisdiction: Jurisdiction, fields: inout Fields) -> [String: String] {
        guard case let .mapping(mapping) = node else {
            fields.error("'\(descriptionsKey)' gives a paragraph's words by its number, e.g. '14: \"Information …\"'", at: node)
            return [:]
        }
        var descriptions: [String: String] = [:]
        for (key, value) in mapping {
            let number = (key.scalar?.string ?? "").uppercased()
            guard jurisdiction.paragraphs.contains(number) else {
                fields.error("paragraph \(key.scalar?.string ?? "") does not apply: \(jurisdiction.paragraphsExplained)", at: key)
                continue
            }
            guard let text = Fields.scalarText(value)?.trimmed, !Fields.isNull(value), !text.isEmpty else {
                fields.error("the words of paragraph \(number) are empty: remove the line to keep the Act's words", at: value)
                continue
            }
            descriptions[number] = text
        }
        return descriptions
    }
}
