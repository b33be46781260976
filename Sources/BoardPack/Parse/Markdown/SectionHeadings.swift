/// The headings that mark the sections packs take out of a paper, in one language: a paper is read
/// with its own language's table, so a Welsh paper's "Pwyntiau trafod" works as "Discussion" does.
/// Welsh headings come from the project's glossary (`../shared/research/welsh-glossary.md`) and the
/// issue that asked for them; none is made up here.
public struct SectionHeadings: Sendable, Hashable {
    /// A heading holding one of these (lower case) starts the 'Implications for Wales' section.
    public var walesPhrases: [String]
    /// A heading starting with one of these (lower case) starts the discussion section.
    public var discussionPrefixes: [String]
    /// The headings as messages name them, and as the author is asked to write them.
    public var walesName: String
    public var discussionName: String

    public static let english = SectionHeadings(
        walesPhrases: ["implications for wales"],
        discussionPrefixes: [
            "discussion", "issues for discussion", "questions for members", "questions for discussion",
            "points for discussion", "matters for discussion",
        ],
        walesName: "Implications for Wales", discussionName: "Discussion")

    /// Glossary: "Discussion points" → "Pwyntiau trafod", "Implications for Wales" → "Goblygiadau i
    /// Gymru" (both low confidence: to be confirmed by the council's translation service); issue 13
    /// also names "Trafodaeth" for Discussion.
    public static let welsh = SectionHeadings(
        walesPhrases: ["goblygiadau i gymru"],
        discussionPrefixes: ["pwyntiau trafod", "trafodaeth"],
        walesName: "Goblygiadau i Gymru", discussionName: "Pwyntiau trafod")

    /// The table for a language.
    public static func forLanguage(_ language: Language) -> SectionHeadings {
        switch language {
        case .en: .english
        case .cy: .welsh
        }
    }
}
