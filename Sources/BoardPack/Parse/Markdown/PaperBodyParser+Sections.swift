import CCmarkGFM

/// The sections packs take out of a paper, found by their heading's text.
extension PaperBodyParser {
    enum SectionKind {
        case wales, discussion, other
    }

    /// The section a heading starts, by the paper's language's headings (`SectionHeadings`).
    static func kind(of title: String, headings: SectionHeadings = .english) -> SectionKind {
        let lowered = title.lowercased()
        if headings.walesPhrases.contains(where: { ByteText.count($0, in: lowered) > 0 }) { return .wales }
        if headings.discussionPrefixes.contains(where: lowered.hasPrefix) { return .discussion }
        return .other
    }

    /// The kind of section each top-level block stands in. A section is found by its heading's text
    /// at any level, and runs to the next heading of the same level or above.
    static func sectionKinds(_ blocks: [MarkdownNode], headings: SectionHeadings = .english) -> [SectionKind] {
        var kind = SectionKind.other
        var kindLevel = Int.max
        return blocks.map { block in
            guard block.type == CMARK_NODE_HEADING else { return kind }
            let own = Self.kind(of: block.plainText.trimmed, headings: headings)
            if own != .other {
                kind = own
                kindLevel = block.headingLevel
            } else if block.headingLevel <= kindLevel {
                kind = .other
                kindLevel = .max
            }
            return kind
        }
    }
}
