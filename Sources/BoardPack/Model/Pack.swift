/// A printable pack, assembled: a meeting's agenda in order, or a briefing's chosen papers.
public struct Pack: Sendable {
    public enum Kind: Sendable {
        case meeting(Meeting)
        case briefing(BriefingPackSpec)
        /// One paper printed on its own (`papers/<slug>.pdf`).
        case paper
    }

    public var id: String
    public var title: String
    public var kind: Kind
    public var items: [PackItem]
    public var boardName: String?
}

public struct PackItem: Sendable {
    public var number: Int
    public var title: String
    /// nil for procedural items (welcome, minutes, any other business).
    public var paper: Paper?
    public var attachments: [Attachment] = []
}
