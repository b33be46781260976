import CCmarkGFM

/// Links inside a paper's body to other papers (`other-paper.md`, `other-paper.md#section`) and to
/// places in the same paper (`#section`): rewritten to the right page for where the body is shown,
/// and checked, a broken one being a located warning.
struct PaperLinks {
    /// Every paper's slug in the project.
    var knownSlugs: Set<String>
    /// Ids of the paper's own targets, without the pack prefix: headings, numbered paragraphs, points, footnotes.
    var anchors: Set<String>
    /// Empty on a paper's own page; the paper's prefix inside a pack.
    var idPrefix: String
    var path: String
    var firstLine: Int

    /// Slugs of the papers the body links to (a dependency: their going away makes the link broken).
    private(set) var linkedSlugs: Set<String> = []

    mutating func rewrite(_ root: MarkdownNode) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard let iterator = cmark_iter_new(root.pointer) else { return [] }
        defer { cmark_iter_free(iterator) }
        var links: [MarkdownNode] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            let node = MarkdownNode(pointer)
            if node.type == CMARK_NODE_LINK, cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER { links.append(node) }
        }
        for link in links {
            guard let url = link.url, let target = resolve(url, at: link, diagnostics: &diagnostics) else { continue }
            cmark_node_set_url(link.pointer, target)
        }
        return diagnostics
    }

    /// The URL the link should have, or nil to leave it as written.
    private mutating func resolve(_ url: String, at link: MarkdownNode, diagnostics: inout [Diagnostic]) -> String? {
        let location = SourceLocation(path: path, line: link.startLine + firstLine - 1, column: max(1, link.startColumn))
        if url.hasPrefix("#") {
            let fragment = String(url.dropFirst())
            if !anchors.contains(fragment) {
                diagnostics.append(.warning(
                    "the link '\(url)' points to no place in this paper" + Suggestion.didYouMean(fragment, among: anchors.sorted()),
                    at: location))
            }
            return idPrefix.isEmpty ? nil : "#\(idPrefix)\(fragment)"
        }
        guard !url.contains(":"), !url.hasPrefix("/") else { return nil }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let file = parts.first, file.hasSuffix(".md") else { return nil }
        let slug = String(file.split(separator: "/").last?.dropLast(3) ?? "")
        let fragment = parts.count > 1 ? "#" + parts[1] : ""
        linkedSlugs.insert(slug)
        guard knownSlugs.contains(slug) else {
            diagnostics.append(.warning(
                "the link '\(url)' points to a paper that does not exist (no file content/papers/\(slug).md)"
                    + Suggestion.didYouMean(slug, among: knownSlugs.sorted()),
                at: location))
            return nil
        }
        // A paper's page is papers/<slug>/index.html; a pack is packs/<id>.html.
        return idPrefix.isEmpty ? "../\(slug)/index.html\(fragment)" : "../papers/\(slug)/index.html\(fragment)"
    }
}
