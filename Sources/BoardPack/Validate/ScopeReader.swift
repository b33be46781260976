import Yams

/// Reads `scope` in both its forms: a nation or list of nations for the whole paper, or a list of
/// subjects each with its nations.
enum ScopeReader {
    static func read(_ fields: inout Fields) -> [ScopeEntry]? {
        guard let node = fields.node("scope"), !Fields.isNull(node) else {
            fields.diagnostics.append(.error(
                "the paper is missing the required field 'scope': the nations it covers, e.g. 'scope: [england, wales]'",
                at: fields.ownerLocation))
            return nil
        }
        let items = Fields.items(node)
        if items.allSatisfy({ Fields.scalarText($0) != nil }) {
            guard let nations = nations(items, fields: &fields) else { return nil }
            return [ScopeEntry(subject: nil, nations: nations)]
        }
        var entries: [ScopeEntry] = []
        var valid = true
        for item in items {
            guard case let .mapping(mapping) = item else {
                fields.error("each scope entry is either a nation or '- subject: …' with 'nations: [...]'", at: item)
                valid = false
                continue
            }
            var entry = Fields(mapping, context: fields.context, owner: "a scope entry")
            let subject = entry.string("subject")
            var nationList: [Nation]?
            if let nationsNode = entry.node("nations"), !Fields.isNull(nationsNode) {
                nationList = nations(Fields.items(nationsNode), fields: &entry)
            } else {
                entry.diagnostics.append(.error("the scope entry is missing 'nations', e.g. 'nations: [england, wales]'", at: entry.ownerLocation))
            }
            entry.warnAboutUnknownFields(known: ["subject", "nations"])
            fields.diagnostics += entry.diagnostics
            if let subject, let nationList {
                entries.append(ScopeEntry(subject: subject, nations: nationList))
            } else {
                valid = false
            }
        }
        return valid && !entries.isEmpty ? entries : nil
    }

    private static func nations(_ nodes: [Node], fields: inout Fields) -> [Nation]? {
        var nations: [Nation] = []
        var valid = true
        for node in nodes {
            guard let text = Fields.scalarText(node) else {
                fields.error("a nation is one of england, wales, scotland, northern-ireland", at: node)
                valid = false
                continue
            }
            guard let nation = Nation(written: text) else {
                fields.error(Nation.unknown(text), at: node)
                valid = false
                continue
            }
            if !nations.contains(nation) { nations.append(nation) }
        }
        if nodes.isEmpty {
            valid = false
        }
        return valid ? nations.sorted() : nil
    }
}
