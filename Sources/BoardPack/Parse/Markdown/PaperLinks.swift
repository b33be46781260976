import CCmarkGFM

/// Links inside a paper's body to other papers (`other-paper.md`, `other-paper.md#section`) and to
/// places in the same paper (`#section`, `#label` of a numbered paragraph): rewritten to the right
/// page for where the body is shown, and checked. A link that fails its check is a located warning
/// and is printed as its text, so that no broken address is published.
struct PaperLinks {
    /// Every paper's slug in the project; nil leaves links to other papers as written.
    var knownSlugs: Set<String>?
    /// Ids of the paper's own targets, without the pack prefix: headings, numbered paragraphs, points, footnotes.
    /// nil leaves same-page links unchecked (a pack's introduction links to the pack's own items).
    var anchors: OwnAnchors?
    /// Paragraph labels (`{#evidence}`) and the number of the paragraph each names.
    var labels: [String: Int] = [:]
    /// Empty on a paper's own page; the paper's prefix inside a pack.
    var idPrefix: String
    var path: String
    var firstLine: Int
    /// Added to a link's column: text kept indented in a YAML file (a pack's intro) starts further right.
    var firstColumn = 1

    /// Every paper's places a link can name (see `PaperBody.anchors`), by slug; nil leaves the
    /// sections of other papers unchecked (the link check fills it once every paper is parsed).
    var otherAnchors: [String: [String: String]]?

    /// Slugs of the papers the body links to (a dependency: their going away makes the link broken).
    private(set) var linkedSlugs: Set<String> = []
    /// The places in other papers the body links to, as `slug#fragment`.
    private(set) var linkedAnchors: Set<String> = []

    enum Outcome {
        case keep
        case address(String)
        /// The link failed its check: print its text only.
        case text
    }

    mutating func rewrite(_ root: MarkdownNode) -> [Diagnostic] {
        guard let iterator = cmark_iter_new(root.pointer) else { return [] }
        var links: [MarkdownNode] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            let node = MarkdownNode(pointer)
            if node.type == CMARK_NODE_LINK, cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER { links.append(node) }
        }
        cmark_iter_free(iterator)
        return rewrite(links: links)
    }

    /// `rewrite(_:)` of the links a walk of the tree found, in document order.
    mutating func rewrite(links: [MarkdownNode]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for link in links {
            guard let url = link.url else { continue }
            switch resolve(url, at: link, diagnostics: &diagnostics) {
            case .keep:
                break
            case let .address(target):
                cmark_node_set_url(link.pointer, target)
            case .text:
                if link.firstChild == nil { link.appendText(url) }
                link.unwrap()
            }
        }
        return diagnostics
    }

    private mutating func resolve(_ url: String, at link: MarkdownNode, diagnostics: inout [Diagnostic]) -> Outcome {
        let location = SourceLocation(path: path, line: link.startLine + firstLine - 1, column: max(1, link.startColumn) + firstColumn - 1)
        if url.hasPrefix("#") {
            let fragment = String(url.dropFirst())
            if let paragraph = labels[fragment] {
                if link.firstChild == nil { link.appendText("paragraph \(paragraph)") }
                return .address("#\(idPrefix)para-\(paragraph)")
            }
            guard let anchors else { return .keep }
            guard anchors.contains(fragment) else {
                diagnostics.append(.warning(
                    "the link '\(url)' points to no place in this paper"
                        + Suggestion.didYouMean(fragment, among: anchors.all.sorted() + labels.keys.sorted()),
                    at: location))
                return .text
            }
            return idPrefix.isEmpty ? .keep : .address("#\(idPrefix)\(fragment)")
        }
        if url.lowercased().hasPrefix("www.") {
            diagnostics.append(.warning(
                "the link '\(url)' has no 'https://' in front, so it would point to a file of this site; "
                    + "write 'https://\(url)'", at: location))
            return .text
        }
        guard !Self.hasColon(url), !url.hasPrefix("/"), let knownSlugs else { return .keep }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let file = parts.first else { return .keep }
        let fragment = parts.count > 1 ? "#" + parts[1] : ""
        if let slug = Self.builtPageSlug(String(file)), file.contains("papers/") || knownSlugs.contains(slug) {
            diagnostics.append(.warning(
                "the link '\(url)' points to a built page, which moves between the site and the packs; "
                    + "link to the paper's file instead: '\(slug).md\(fragment)'", at: location))
            return knownSlugs.contains(slug) ? .address(address(of: slug, fragment: fragment)) : .text
        }
        guard file.hasSuffix(".md") else { return .keep }
        let slug = String(file.split(separator: "/").last?.dropLast(3) ?? "")
        linkedSlugs.insert(slug)
        guard knownSlugs.contains(slug) || knownSlugs.contains(Self.anySlug) else {
            diagnostics.append(.warning(
                "the link '\(url)' points to a paper that does not exist (no file content/papers/\(slug).md)"
                    + Suggestion.didYouMean(slug, among: knownSlugs.sorted()),
                at: location))
            return .text
        }
        guard parts.count > 1, !parts[1].isEmpty else { return .address(address(of: slug, fragment: fragment)) }
        let wanted = String(parts[1])
        linkedAnchors.insert(slug + "#" + wanted)
        guard let places = otherAnchors?[slug] else { return .address(address(of: slug, fragment: fragment)) }
        guard let id = places[wanted] else {
            diagnostics.append(.warning(
                "the link '\(url)' points to no place in the paper '\(slug).md' (no heading or paragraph label '\(wanted)' there)"
                    + Suggestion.didYouMean(wanted, among: places.keys.sorted()),
                at: location))
            return .text
        }
        return .address(address(of: slug, fragment: "#" + id))
    }

    /// Whether Foundation's `contains(":")` finds a colon in `url`. An ASCII address (nearly every
    /// one) is searched in its bytes, as no combining mark can follow the colon there; any other is
    /// left to Foundation, which asks NSString (most of a link's check, done so for every link).
    static func hasColon(_ url: String) -> Bool {
        var found = false
        for byte in url.utf8 {
            guard byte < 0x80 else { return url.contains(":") }
            if byte == UInt8(ascii: ":") { found = true }
        }
        return found
    }

    /// In `knownSlugs`, takes every slug as known: for text whose links are checked elsewhere.
    static let anySlug = "*"

    /// A pack's introduction, with its links to papers rewritten for the pack page (packs/<id>.html)
    /// and, given the papers' slugs and anchors, checked: problems are located in the pack's file.
    static func packIntroHTML(
        _ markdown: String, path: String = "", place: TextPlace = TextPlace(line: 1, column: 1),
        knownSlugs: Set<String> = [anySlug], otherAnchors: [String: [String: String]]? = nil
    ) -> (html: String, diagnostics: [Diagnostic]) {
        let document = Markdown.parse(markdown)
        var links = PaperLinks(knownSlugs: knownSlugs, anchors: nil, idPrefix: "intro-", path: path, firstLine: place.line)
        links.firstColumn = place.column
        links.otherAnchors = otherAnchors
        let diagnostics = links.rewrite(MarkdownNode(document.root))
        return (document.html(of: document.root), diagnostics)
    }

    /// The address of a paper's page from where the body is shown: a paper's page or a pack. A body
    /// is the same on every paper's page, so its links start from a page in the papers folder that is
    /// not the paper's own (`.paper("")`): a link to itself is `../<slug>/index.html` like any other.
    private func address(of slug: String, fragment: String) -> String {
        Route.paper(slug).relative(from: idPrefix.isEmpty ? .paper("") : .pack("")) + fragment
    }

    /// The slug in a path to a built paper page (`../papers/x/`, `../x/index.html`, `papers/x`), or nil.
    static func builtPageSlug(_ file: String) -> String? {
        var parts = file.split(separator: "/").map(String.init)
        if parts.last == "index.html" { parts.removeLast() }
        guard let slug = parts.last, !slug.contains("."), parts.count >= 2 else { return nil }
        let before = parts[parts.count - 2]
        guard before == "papers" || (before == ".." && parts.count == 2) else { return nil }
        return slug
    }
}
