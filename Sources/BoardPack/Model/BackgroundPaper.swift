/// A document a report relied on, listed at its end. Section 100D of the Local Government Act 1972
/// asks every report to list them (exempt ones need not be) and the council to keep them open to
/// inspection for four years.
public struct BackgroundPaper: Sendable, Hashable {
    public var title: String
    /// An http(s) address or a path on the site, when the document is online.
    public var link: String?
}

/// What a paper's `background-papers:` says: a list, or "none" written out so that nobody wonders.
public enum BackgroundPapers: Sendable, Hashable {
    case none
    case list([BackgroundPaper])
}
