/// A printable pack, assembled: a meeting's agenda in order, or a briefing's chosen papers.
public struct Pack: Sendable {
    public enum Kind: Sendable {
        case meeting(Meeting)
        case briefing(BriefingPackSpec)
        /// One paper printed on its own (`papers/<slug>.pdf`).
        case paper
        /// Papers that were to follow, issued after the agenda (`packs/<meeting>-supplement-<n>.html`).
        case supplement(Meeting, Supplement)
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
    /// The reason the chair agreed to take an item not on the published agenda.
    public var urgent: String? = nil
    /// Set on a paper that was to follow when the agenda was published: the main pack shows
    /// "To follow" in its place, with the supplement that issued it, if any (0: none yet).
    public var toFollow: Int? = nil
    /// The exemption of a paper to follow: the agenda's exclusion resolution names it though the
    /// pack does not hold the paper.
    public var exemptToFollow: Exemption? = nil
}
