/// Links to a section of another paper (`other.md#costs`) can only be checked once every paper is
/// parsed, as Zola's `link_checking` runs after the site is loaded: this step gathers every paper's
/// anchors (read now, or as the previous build recorded them) and says which papers must be read
/// again with them.
enum LinkCheck {
    /// Every paper's anchors by slug: the papers read in this run and the records of the others.
    /// An exempt paper's in a public build are left out (links to its sections go unchecked), so
    /// that its headings are not kept in the cache, which sits beside the public site.
    static func anchors(parsed: [Paper], reused: [PaperRecord], audience: Audience) -> [String: [String: String]] {
        var table: [String: [String: String]] = [:]
        for record in reused where record.listing.exempt == nil || audience == .members { table[record.listing.slug] = record.anchors }
        for paper in parsed where paper.front.exempt == nil || audience == .members { table[paper.slug] = paper.body.anchors }
        return table
    }

    /// The anchors a paper's cache record keeps (see `anchors`).
    static func kept(_ paper: Paper, for audience: Audience) -> [String: String] {
        audience == .public && paper.front.exempt != nil ? [:] : paper.body.anchors
    }

    /// Whether a paper read without the anchors would be printed differently with them: a link to a
    /// place that is not there (a warning and text), or to a paragraph label (it becomes `para-N`).
    static func dependsOnAnchors(_ paper: Paper, anchors: [String: [String: String]]) -> Bool {
        paper.body.linkedAnchors.contains { link in
            let parts = link.split(separator: "#", maxSplits: 1).map(String.init)
            guard parts.count == 2, let places = anchors[parts[0]] else { return false }
            return places[parts[1]] != parts[1]
        }
    }

    /// Slugs of the papers not read again that link to a paper whose anchors changed since the
    /// previous build (or that appeared or went): their links may have been mended or broken.
    static func reusedAffected(
        parsed: [Paper], reused: [PaperRecord], previous: [PaperRecord], audience: Audience
    ) -> Set<String> {
        let before = Dictionary(previous.map { ($0.listing.slug, $0.anchors) }) { first, _ in first }
        let changed = Set(parsed.filter { before[$0.slug] != kept($0, for: audience) }.map(\.slug))
        guard !changed.isEmpty else { return [] }
        return Set(reused.filter { !changed.isDisjoint(with: $0.links) }.map(\.listing.slug))
    }
}
