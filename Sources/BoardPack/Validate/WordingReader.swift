import Yams

/// Reads `wording:` in site.yaml: the council's own sentences about the law, each replacing one of
/// boardpack's (`StatutoryWording`). A misspelt key or placeholder would silently print the standard
/// wording or a raw `{placeholder}`, so both are errors.
enum WordingReader {
    static func read(_ fields: inout Fields) -> StatutoryWording {
        var wording = StatutoryWording.standard
        guard let node = fields.node("wording"), !Fields.isNull(node) else { return wording }
        let keys = StatutoryWording.placeholders.map(\.key)
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
        for (keyNode, _) in mapping {
            guard let key = keyNode.scalar?.string, !keys.contains(key) else { continue }
            entries.error("'\(key)' is not a sentence boardpack prints; the names are \(keys.joined(separator: ", "))"
                + Suggestion.didYouMean(key, among: keys), at: keyNode)
        }
        fields.diagnostics += entries.diagnostics
        return wording
    }
}
