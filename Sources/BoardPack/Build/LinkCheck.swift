/// Links to a section of another paper (`other.md#costs`) can only be checked once every paper is
/// parsed, as Zola's `link_checking` runs after the site is loaded: this step gathers every paper's
/// anchors (read now, or as the previous build recorded them) and says which papers must be read
/// again with them. Papers are first read with the anchors already known (the records of the papers
/// not read again), so that only a paper linking into one read in this run may need a second read.
enum LinkCheck {
    typealias Table = [String: [String: String]]

    /// Every paper's anchors by slug: the papers read in this run and the records of the others.
    /// An exempt paper's in a public build are left out (links to its sections go unchecked), so
    /// that its headings are not kept in the cache, which sits beside the public site.
    static func anchors(parsed: [Paper], reused: [PaperRecord], audience: Audience) -> Table {
        var table: Table = [:]
        for record in reused where record.listing.exempt == nil || audience == .members { table[record.listing.slug] = record.anchors }
        for paper in parsed where paper.front.exempt == nil || audience == .members { table[paper.slug] = paper.body.anchors }
        return table
    }

    /// `anchors(parsed:reused:audience:)` with the papers as the reader returned them, read in place:
    /// a build of thousands of papers would otherwise copy every paper (and release every copy) on one core.
    static func anchors(read results: [ProjectLoader.PaperResult], reused: [PaperRecord], audience: Audience) -> Table {
        var table = anchors(parsed: [], reused: reused, audience: audience)
        for index in results.indices {
            // Through `map`, whose closure borrows the paper: `paper?.front.exempt` would copy the front sheet.
            guard let (slug, anchors) = results[index].paper.map({ paper -> (String, [String: String])? in
                paper.front.exempt == nil || audience == .members ? (paper.slug, paper.body.anchors) : nil
            }) ?? nil else { continue }
            table[slug] = anchors
        }
        return table
    }

    /// The anchors a paper's cache record keeps (see `anchors`).
    static func kept(_ paper: Paper, for audience: Audience) -> [String: String] {
        audience == .public && paper.front.exempt != nil ? [:] : paper.body.anchors
    }

    /// Whether a paper read with the anchors `readWith` (nil: none) would be printed differently with
    /// `anchors`: a link whose place appeared, went or moved (a paragraph label's `para-N`).
    static func dependsOnAnchors(_ paper: Paper, readWith: Table? = nil, anchors: Table) -> Bool {
        paper.body.linkedAnchors.contains { changes($0, from: readWith, to: anchors) }
    }

    /// Whether the link `slug#fragment` comes out differently under two tables. Unchecked (the
    /// paper is not in the table), it is kept as written; a place not there is a warning whose
    /// suggestions come from the paper's places, so then any change to them counts.
    static func changes(_ link: String, from before: Table?, to after: Table) -> Bool {
        let parts = link.split(separator: "#", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return false }
        let old = before?[parts[0]]
        let new = after[parts[0]]
        if old == new { return false }
        let outcomeBefore = old.map { $0[parts[1]] } ?? parts[1]
        let outcomeAfter = new.map { $0[parts[1]] } ?? parts[1]
        return outcomeBefore == nil || outcomeBefore != outcomeAfter
    }

    /// Slugs of the papers not read again that link to a place that appeared, went or moved since
    /// the previous build (in the papers read now): their links may have been mended or broken.
    static func reusedAffected(parsed: [Paper], reused: [PaperRecord], previous: [PaperRecord], audience: Audience) -> Set<String> {
        // Nothing reused (a first build, or one that reads every paper): no table need be made.
        guard !reused.isEmpty else { return [] }
        // Only the places of the papers read can have changed, and only links into them are looked up.
        let parsedSlugs = Set(parsed.map(\.slug))
        let before = anchors(parsed: [], reused: previous.filter { parsedSlugs.contains($0.listing.slug) }, audience: audience)
        let now = anchors(parsed: parsed, reused: [], audience: audience)
        let changed = Set(parsed.map(\.slug).filter { before[$0] != now[$0] })
        guard !changed.isEmpty else { return [] }
        return Set(reused.filter { record in
            !changed.isDisjoint(with: record.links) && record.linkedAnchors.contains { link in
                changed.contains(String(link.prefix { $0 != "#" })) && changes(link, from: before, to: now)
            }
        }.map(\.listing.slug))
    }
}
