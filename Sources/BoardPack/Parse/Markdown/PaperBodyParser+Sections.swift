import CCmarkGFM

/// The sections packs take out of a paper, found by their heading's text.
extension PaperBodyParser {
    enum SectionKind {
        case wales, discussion, other
    }

    /// Headings that advisers use for the points members discuss, besides "Discussion".
    static let discussionHeadings = [
        "issues for discussion", "questions for members", "questions for discussion", "points for discussion",
        "matters for discussion",
    ]

    static func kind(of title: String) -> SectionKind {
        let lowered = title.lowercased()
        if ByteText.count("implications for wales", in: lowered) > 0 { return .wales }
        if lowered.hasPrefix("discussion") || discussionHeadings.contains(where: lowered.hasPrefix) { return .discussion }
        return .other
    }

    /// The kind of section each top-level block stands in. A section is found by its heading's text
    /// at any level, and runs to the next heading of the same level or above.
    static func sectionKinds(_ blocks: [MarkdownNode]) -> [SectionKind] {
        var kind = SectionKind.other
        var kindLevel = Int.max
        return blocks.map { block in
            guard block.type == CMARK_NODE_HEADING else { return kind }
            let own = Self.kind(of: block.plainText.trimmed)
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
