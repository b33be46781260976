/// A paper's Markdown body, rendered to HTML and taken apart into the pieces that packs reuse.
public struct PaperBody: Sendable, Hashable {
    /// The body HTML up to where the discussion points stand (all of it if there are none).
    public var htmlBeforePoints: String
    public var discussionPoints: [DiscussionPoint]
    public var htmlAfterPoints: String
    public var sections: [Section]
    /// The 'Implications for Wales' section, if the paper has one.
    public var walesImplications: WalesImplications?
    /// How many body paragraphs were numbered.
    public var paragraphCount: Int
    /// The ```` ```incidents ```` blocks, each replaced in the HTML by its marker until the dataset
    /// summary is rendered in its place.
    public var incidentBlocks: [IncidentBlockSource] = []
    /// Papers the body links to (`other-paper.md`), whether or not they exist.
    public var linkedSlugs: [String] = []
    /// Places in other papers the body links to, as `slug#fragment`: checked once every paper is parsed.
    public var linkedAnchors: [String] = []
    /// The places another paper can link to, `other.md#fragment`: each fragment (a heading's id,
    /// `para-N`, a paragraph label) and the id it stands for on the paper's page.
    public var anchors: [String: String] = [:]

    public struct Section: Sendable, Hashable {
        public var title: String
        public var level: Int
        public var anchor: String
        public var line: Int
    }
}

/// One item of the ordered list under the `Discussion` heading.
public struct DiscussionPoint: Sendable, Hashable {
    /// 1-based position in the paper's list.
    public var index: Int
    public var html: String
    public var text: String
    public var line: Int
}

public struct WalesImplications: Sendable, Hashable {
    public var html: String
    public var text: String
    public var line: Int
}

/// An ```` ```incidents ```` fenced block as written: the YAML inside it and where it stands.
public struct IncidentBlockSource: Sendable, Hashable {
    public var index: Int
    public var text: String
    /// File line of the opening fence; the YAML starts on the next line.
    public var line: Int

    public var marker: String { "<!--boardpack:incidents:\(index)-->" }
}
