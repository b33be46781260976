import CCmarkGFM

/// How a body written as advisers really write it (title repeated as `# Title`, paragraphs typed
/// with their own numbers, `{#label}` on a paragraph) is read as they meant.
extension PaperBodyParser {
    /// A first heading that repeats the title is dropped (the page already shows the title); any
    /// other level-1 heading is a warning, since `#` is the title's level.
    func dropTitleHeading(_ blocks: [MarkdownNode], diagnostics: inout [Diagnostic]) {
        var headings = blocks.filter { $0.type == CMARK_NODE_HEADING }
        if let first = headings.first, let title, first === blocks.first,
            Slug.make(first.plainText, fallback: "") == Slug.make(title, fallback: "-")
        {
            diagnostics.append(.note(
                "the first heading repeats the paper's title, which the page shows already; it is left out",
                at: location(first)))
            headings.removeFirst()
            first.remove()
        }
        // Without a title (front matter that could not be read), a first '# ' heading may be it: say nothing.
        if title == nil, let first = headings.first, first === blocks.first { headings.removeFirst() }
        for heading in headings where heading.headingLevel == 1 {
            diagnostics.append(.warning(
                "a heading with one '#' is at the level of the paper's title; start sections with '## ' "
                    + "(this one is shown as a section)", at: location(heading)))
        }
    }

    /// Paragraphs typed with their own numbers ("1. The LGA has…", blank line, "2. …") are an ordered
    /// list to Markdown, which would restart the paragraph numbering. Outside a discussion section, a
    /// list whose items are separated by blank lines, or which starts at a number other than 1, is
    /// read as numbered paragraphs; one warning says where.
    func unwrapTypedParagraphNumbers(_ blocks: [MarkdownNode], diagnostics: inout [Diagnostic]) {
        var lines: [Int] = []
        for (block, kind) in zip(blocks, Self.sectionKinds(blocks, headings: sectionHeadings)) where kind != .discussion && block.isOrderedList {
            let items = block.children
            guard !block.isTightList || block.listStart != 1,
                items.allSatisfy({ $0.children.allSatisfy { $0.type == CMARK_NODE_PARAGRAPH } })
            else { continue }
            lines.append(fileLine(block))
            for paragraph in items.flatMap(\.children) { block.insertBefore(paragraph) }
            block.remove()
        }
        guard let first = lines.first else { return }
        let places = lines.count == 1 ? "line \(first)" : "lines " + lines.map(String.init).joined(separator: ", ")
        diagnostics.append(.warning(
            "paragraphs typed with their own numbers ('1.', '2.' …) are numbered by boardpack through the paper; "
                + "remove the typed numbers (\(places))",
            at: SourceLocation(path: path, line: first, column: 1)))
    }

    /// `{#evidence}` at the start of a numbered paragraph names it, so that `[](#evidence)` can cite
    /// it as "paragraph 7". The label is taken out of the text.
    func takeLabel(_ paragraph: MarkdownNode, paragraph number: Int, into labels: inout [String: Int], diagnostics: inout [Diagnostic]) {
        // Most paragraphs have no label: their text is not made a String to find that out.
        guard let text = paragraph.firstChild, text.type == CMARK_NODE_TEXT, text.literalStartsWithLabel, let literal = text.literal,
            literal.hasPrefix("{#"), let close = literal.firstIndex(of: "}")
        else { return }
        let label = String(literal[literal.index(literal.startIndex, offsetBy: 2)..<close])
        guard !label.isEmpty, label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return }
        if let earlier = labels[label] {
            diagnostics.append(.warning(
                "the label '{#\(label)}' is already on paragraph \(earlier); give each paragraph its own label",
                at: location(paragraph)))
        } else {
            labels[label] = number
        }
        let rest = literal[literal.index(after: close)...].drop { $0 == " " }
        text.setLiteral(String(rest))
    }

    /// A label anywhere else (a list item, a quotation) names nothing that has a number: it is taken
    /// out too, so that it never shows, with a warning. Returns the body's links, in document order,
    /// found by the same walk of the tree for `PaperLinks` (taking labels out changes no link).
    func dropStrayLabels(_ root: MarkdownNode, diagnostics: inout [Diagnostic]) -> [MarkdownNode] {
        guard let iterator = cmark_iter_new(root.pointer) else { return [] }
        var paragraphs: [MarkdownNode] = []
        var links: [MarkdownNode] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let pointer = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER
            else { continue }
            let node = MarkdownNode(pointer)
            let type = node.type
            if type == CMARK_NODE_LINK {
                links.append(node)
            } else if type == CMARK_NODE_PARAGRAPH, cmark_node_parent(pointer) != root.pointer {
                paragraphs.append(node)
            }
        }
        cmark_iter_free(iterator)
        for paragraph in paragraphs {
            var found: [String: Int] = [:]
            takeLabel(paragraph, paragraph: 0, into: &found, diagnostics: &diagnostics)
            guard let label = found.keys.first else { continue }
            diagnostics.append(.warning(
                "only a numbered paragraph can have a label; '{#\(label)}' here is left out", at: location(paragraph)))
        }
        return links
    }

    func location(_ node: MarkdownNode) -> SourceLocation {
        SourceLocation(path: path, line: fileLine(node), column: max(1, node.startColumn))
    }
}

extension MarkdownNode {
    static func === (lhs: MarkdownNode, rhs: MarkdownNode?) -> Bool { lhs.pointer == rhs?.pointer }
}
