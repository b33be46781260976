import Yams

/// Reads a paper's `background-papers:`: the word `none`, or a list of `{ title, link? }`.
enum BackgroundPapersReader {
    static let shape = "'background-papers' is the word none, or a list of documents, each '- title: …' with an optional "
        + "'link: https://…'"

    /// nil when the field is missing or wrong; a missing field is the caller's warning to give.
    static func read(_ fields: inout Fields) -> BackgroundPapers? {
        guard let node = fields.node("background-papers") else { return nil }
        if let text = Fields.scalarText(node)?.trimmed, !Fields.isNull(node) {
            if text.lowercased() == "none" { return BackgroundPapers.none }
            fields.error(shape + " (found \"\(text)\")", at: node)
            return nil
        }
        guard case let .sequence(list) = node, !list.isEmpty else {
            fields.error(shape + "; write 'background-papers: none' if the report relied on none", at: node)
            return nil
        }
        var papers: [BackgroundPaper] = []
        for entry in list {
            guard case let .mapping(mapping) = entry else {
                fields.error("each background paper is '- title: …', with 'link: …' on the next line if it is online", at: entry)
                continue
            }
            var paper = Fields(mapping, context: fields.context, owner: "a background paper")
            let title = paper.string("title")
            let link = paper.string("link", required: false)
            if let link, let linkNode = paper.node("link"), !isSafeLink(link) {
                paper.error("'link' must be a web address starting https:// or http://, or a path on this site (found \"\(link)\")", at: linkNode)
            }
            paper.warnAboutUnknownFields(known: ["title", "link"])
            fields.diagnostics += paper.diagnostics
            if let title { papers.append(BackgroundPaper(title: title, link: link)) }
        }
        return papers.count == list.count ? .list(papers) : nil
    }

    /// A link is printed into an href: nothing but web addresses and plain paths.
    static func isSafeLink(_ link: String) -> Bool {
        let lowered = link.lowercased()
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") { return !link.contains(where: \.isWhitespace) }
        guard let first = link.first, !link.contains(where: \.isWhitespace), !link.hasPrefix("//") else { return false }
        let beforeSlash = link.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !beforeSlash.contains(":") && first != "\\"
    }

    /// Section 100D asks for the list; a paper without the field may simply have forgotten it.
    static func missingWarning(at location: SourceLocation) -> Diagnostic {
        .warning(
            "the paper has no 'background-papers': section 100D of the Local Government Act 1972 asks every report to list "
                + "the documents it relied on (exempt ones need not be listed); add 'background-papers:' with '- title: …' "
                + "entries, or 'background-papers: none'", at: location)
    }
}
