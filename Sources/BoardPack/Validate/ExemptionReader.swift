import Yams

/// Reads a paper's `exempt:`: `false`, or `{ paragraph: N, public-interest: "…" }` with N a paragraph
/// of the Part of Schedule 12A for the site's jurisdiction. Anything else is an error, never a guess:
/// a wrong guess would publish what should not be.
struct ExemptionReader {
    var jurisdiction: Jurisdiction
    var wording: StatutoryWording

    init(site: Site?) {
        jurisdiction = site?.jurisdiction ?? .england
        wording = site?.wording ?? .standard
    }

    var paragraphRange: String {
        switch jurisdiction {
        case .england: "1 to 7"
        case .wales: "12 to 18, or 18A, 18B or 18C at a standards committee"
        }
    }

    var mapForm: String {
        "'exempt: { paragraph: N, public-interest: \"…\" }' with N the paragraph of Part \(jurisdiction.schedulePart) "
            + "of Schedule 12A (\(paragraphRange)) and the reason the public interest in keeping the information exempt "
            + "outweighs the public interest in disclosing it"
    }

    /// `.some(nil)` for "not exempt", nil when the field is wrong.
    func read(_ fields: inout Fields) -> Exemption?? {
        guard let node = fields.node("exempt") else { return .some(nil) }
        // An empty 'exempt' may be a paragraph not yet filled in: publishing would be the wrong guess.
        if Fields.isNull(node) || Fields.scalarText(node)?.trimmed.isEmpty == true {
            fields.error("'exempt' is empty: write 'exempt: false' for a public paper, or \(mapForm)", at: node)
            return nil
        }
        if let text = Fields.scalarText(node)?.trimmed {
            if ["false", "no"].contains(text.lowercased()) { return .some(nil) }
            let example = Int(text) != nil || ScheduleTwelveA.paragraph(text.uppercased(), in: jurisdiction) != nil ? "'exempt: { paragraph: \(text), public-interest: \"…\" }'" : nil
            fields.error(
                "'exempt' is either false or \(mapForm)"
                    + (example.map { "; a paragraph alone is not enough: write \($0)" } ?? ""), at: node)
            return nil
        }
        guard case let .mapping(mapping) = node, !mapping.isEmpty else {
            fields.error("'exempt' is either false or \(mapForm)", at: node)
            return nil
        }
        var exempt = Fields(mapping, context: fields.context, owner: "exempt", ownerLocation: fields.location(of: node))
        let paragraph = readParagraph(&exempt)
        let publicInterest = readPublicInterest(&exempt)
        exempt.warnAboutUnknownFields(known: ["paragraph", "public-interest"], deciding: ["paragraph", "public-interest"])
        fields.diagnostics += exempt.diagnostics
        guard let paragraph, let publicInterest else { return nil }
        return Exemption(paragraph: paragraph.number, publicInterest: publicInterest, jurisdiction: jurisdiction, wording: wording)
    }

    private func readParagraph(_ exempt: inout Fields) -> ScheduleTwelveA.Paragraph? {
        guard let text = exempt.string("paragraph"), let node = exempt.node("paragraph") else { return nil }
        let number = text.uppercased()
        if let paragraph = ScheduleTwelveA.paragraph(number, in: jurisdiction) { return paragraph }
        exempt.error("paragraph \(text) does not apply: \(jurisdiction.paragraphsExplained)\(otherNation(number))", at: node)
        return nil
    }

    /// Why a number from the other nation's Part is wrong, and its counterpart here.
    private func otherNation(_ number: String) -> String {
        let other: Jurisdiction = jurisdiction == .england ? .wales : .england
        guard ScheduleTwelveA.paragraph(number, in: other) != nil else { return "" }
        let offset = jurisdiction == .england ? -11 : 11
        let counterpart = Int(number).map { String($0 + offset) }.flatMap { ScheduleTwelveA.paragraph($0, in: jurisdiction) }
        return "; paragraph \(number) is in Part \(other.schedulePart), which applies in \(other.name)"
            + (counterpart.map { ", and the same words are paragraph \($0.number) here" } ?? "")
            + " (site.yaml sets 'jurisdiction')"
    }

    private func readPublicInterest(_ exempt: inout Fields) -> String? {
        let why = "the reason the public interest in keeping the information exempt outweighs the public interest in disclosing it"
        guard let node = exempt.node("public-interest") else {
            exempt.diagnostics.append(.error("'exempt' needs 'public-interest': \(why)", at: exempt.ownerLocation))
            return nil
        }
        if !Fields.isNull(node), Fields.scalarText(node) == nil {
            exempt.error("'public-interest' is one piece of text (use '>' and indent it for several lines): \(why)", at: node)
            return nil
        }
        guard !Fields.isNull(node), let text = Fields.scalarText(node)?.trimmed, !text.isEmpty else {
            exempt.error("'public-interest' is empty: write \(why)", at: node)
            return nil
        }
        return text
    }
}
