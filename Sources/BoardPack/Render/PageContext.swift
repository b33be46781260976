/// What every page's template receives besides its own content: the site and the way back to the root.
enum PageContext {
    /// `confidential`: a members' build, marked "Confidential: members only" on every page.
    static func base(site: Site, depth: Int, confidential: Bool) -> [String: Any] {
        [
            "site": [
                "title": site.title,
                "organisation": site.organisation,
                "language": site.language,
            ] as [String: Any],
            // Relative links, so the site works from a sub-folder and opened from disk.
            "root": String(repeating: "../", count: depth),
            "confidential": confidential,
        ]
    }
}
