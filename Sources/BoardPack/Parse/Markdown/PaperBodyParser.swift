import CCmarkGFM
import Foundation

/// Turns a paper's Markdown body into `PaperBody`: paragraphs numbered 1, 2, 3 through the paper,
/// headings in order with anchors, the discussion points and the 'Implications for Wales' section
/// taken out for packs.
public struct PaperBodyParser {
    /// Path and first file line of the body, so that node lines become file lines.
    public var path: String
    public var firstLine: Int
    /// Prefix for every id in the body, so that several papers can share one pack page.
    public var idPrefix: String = ""
    /// The level of the body's top headings: 2 under a page's `<h1>` title.
    public var headingBase: Int = 2
    public var options: MarkdownOptions = .papers
    /// Every paper's slug, for rewriting and checking links to other papers; nil leaves links alone.
    public var knownSlugs: Set<String>?
    /// Every paper's anchors by slug, for checking links to sections of other papers; nil leaves them unchecked.
    public var otherAnchors: [String: [String: String]]?
    /// The paper's title: a first heading that repeats it is dropped, since the page shows the title.
    public var title: String?
    /// The headings of the paper's language that mark its discussion and Wales sections.
    public var sectionHeadings: SectionHeadings = .english

    static let pointsMarker = "<!--boardpack:discussion-points-->"

    public init(
        path: String, firstLine: Int, idPrefix: String = "", headingBase: Int = 2, options: MarkdownOptions = .papers,
        knownSlugs: Set<String>? = nil, title: String? = nil
    ) {
        self.title = title
        self.knownSlugs = knownSlugs
        self.path = path
        self.firstLine = firstLine
        self.idPrefix = idPrefix
        self.headingBase = headingBase
        self.options = options
    }

    /// The steps, in order: Word habits mended, cmark's parse, the body read as advisers write it,
    /// headings ordered, labels and links (before anything is taken out, so that the taken-out text
    /// has them right), the sections packs take out, incident blocks, paragraph numbers, the HTML finish.
    public func parse(_ markdown: String) -> (PaperBody, [Diagnostic]) {
        let mended = mend(markdown)
        let document = StageTimer.measure(.markdown) { Markdown.parse(mended.text, options: options) }
        return parse(markdown, mended: mended, document: document)
    }

    /// The body with Word's habits mended, as cmark is to parse it, and the warnings about them.
    func mend(_ markdown: String) -> (text: String, habits: [Diagnostic]) {
        WordHabits(path: path, firstLine: firstLine).mend(markdown)
    }

    /// The steps after cmark's parse, for a caller that parsed `mended.text` itself (together with
    /// other texts, under one turn of the parse lock: see `PaperReader`). `document` is changed.
    func parse(_ markdown: String, mended: (text: String, habits: [Diagnostic]), document: MarkdownDocument) -> (PaperBody, [Diagnostic]) {
        var diagnostics = mended.habits
        let blocks = readAsWritten(MarkdownNode(document.root), diagnostics: &diagnostics)
        let sections = orderHeadings(blocks, diagnostics: &diagnostics)
        let kinds = Self.sectionKinds(blocks, headings: sectionHeadings)
        let (labels, linkNodes) = takeLabels(blocks, root: MarkdownNode(document.root), diagnostics: &diagnostics)
        let anchors = ownAnchors(blocks, kinds: kinds, sections: sections, markdown: markdown)
        var links = PaperLinks(
            knownSlugs: knownSlugs, anchors: anchors, labels: labels, idPrefix: idPrefix, path: path, firstLine: firstLine)
        links.otherAnchors = otherAnchors
        diagnostics += links.rewrite(links: linkNodes)
        let taken = takeSections(document, blocks: blocks, kinds: kinds, sections: sections)
        let incidents = takeIncidentBlocks(blocks)
        let paragraphs = numberParagraphs(blocks)
        taken.pointsList?.replace(withHTML: Self.pointsMarker + "\n")
        let (before, after) = document.withHTML(of: document.root) {
            HTMLFinish(sections: sections, idPrefix: idPrefix).run($0)
        }
        let body = PaperBody(
            htmlBeforePoints: before, discussionPoints: taken.points, htmlAfterPoints: after, sections: sections,
            walesImplications: taken.wales, paragraphCount: paragraphs, incidentBlocks: incidents,
            linkedSlugs: links.linkedSlugs.sorted(), linkedAnchors: links.linkedAnchors.sorted(),
            anchors: anchors.places(labels: labels))
        return (body, diagnostics)
    }

    /// The top-level blocks once the title heading is dropped and typed paragraph numbers unwrapped.
    private func readAsWritten(_ root: MarkdownNode, diagnostics: inout [Diagnostic]) -> [MarkdownNode] {
        dropTitleHeading(root.children, diagnostics: &diagnostics)
        unwrapTypedParagraphNumbers(root.children, diagnostics: &diagnostics)
        return root.children
    }

    /// `{#label}`s taken from the numbered paragraphs (by paragraph number), and stray ones elsewhere
    /// dropped; and the body's links, found on the way (see `dropStrayLabels`).
    private func takeLabels(
        _ blocks: [MarkdownNode], root: MarkdownNode, diagnostics: inout [Diagnostic]
    ) -> (labels: [String: Int], links: [MarkdownNode]) {
        var labels: [String: Int] = [:]
        for (number, block) in blocks.filter({ $0.type == CMARK_NODE_PARAGRAPH }).enumerated() {
            takeLabel(block, paragraph: number + 1, into: &labels, diagnostics: &diagnostics)
        }
        let links = dropStrayLabels(root, diagnostics: &diagnostics)
        return (labels, links)
    }

    /// The body's own link targets (see `OwnAnchors`).
    private func ownAnchors(
        _ blocks: [MarkdownNode], kinds: [SectionKind], sections: [PaperBody.Section], markdown: String
    ) -> OwnAnchors {
        let prefixLength = idPrefix.count
        return OwnAnchors(
            sections: Set(sections.map { String($0.anchor.dropFirst(prefixLength)) }),
            paragraphs: blocks.count(where: { $0.type == CMARK_NODE_PARAGRAPH }),
            points: zip(blocks, kinds).first { $0.1 == .discussion && $0.0.isOrderedList }?.0.children.count ?? 0,
            footnotes: max(1, ByteText.count("[^", in: markdown)))
    }

    /// What packs take out of the body: the discussion points (the first ordered list under a
    /// discussion heading) and the 'Implications for Wales' section.
    private struct TakenSections {
        var points: [DiscussionPoint] = []
        var pointsList: MarkdownNode?
        var wales: WalesImplications?
    }

    private func takeSections(
        _ document: MarkdownDocument, blocks: [MarkdownNode], kinds: [SectionKind], sections: [PaperBody.Section]
    ) -> TakenSections {
        var taken = TakenSections()
        var walesHTML = ""
        var walesText = ""
        var headingIndex = -1
        for (block, kind) in zip(blocks, kinds) {
            if block.type == CMARK_NODE_HEADING {
                headingIndex += 1
                let section = sections[headingIndex]
                if kind == .wales, taken.wales == nil, Self.kind(of: section.title, headings: sectionHeadings) == .wales {
                    taken.wales = WalesImplications(html: "", text: "", line: section.line)
                }
                continue
            }
            switch kind {
            case .wales:
                walesHTML += document.html(of: block.pointer)
                walesText += (walesText.isEmpty ? "" : "\n") + block.plainText
            case .discussion where taken.pointsList == nil && block.isOrderedList:
                taken.pointsList = block
                taken.points = block.children.enumerated().map { offset, item in
                    DiscussionPoint(
                        index: offset + 1, html: Self.innerItemHTML(document.html(of: item.pointer)),
                        text: item.plainText.trimmed, line: fileLine(item))
                }
            default:
                break
            }
        }
        taken.wales?.html = walesHTML
        taken.wales?.text = walesText.trimmed
        return taken
    }

    /// ```incidents blocks, each replaced by a marker that the incident summary replaces later.
    private func takeIncidentBlocks(_ blocks: [MarkdownNode]) -> [IncidentBlockSource] {
        var incidents: [IncidentBlockSource] = []
        for block in blocks where block.type == CMARK_NODE_CODE_BLOCK && block.fenceInfo?.trimmed == "incidents" {
            let source = IncidentBlockSource(index: incidents.count, text: block.literal ?? "", line: fileLine(block))
            incidents.append(source)
            block.replace(withHTML: source.marker + "\n")
        }
        return incidents
    }

    /// Numbers the top-level paragraphs 1, 2, 3 through the paper; returns how many there are.
    private func numberParagraphs(_ blocks: [MarkdownNode]) -> Int {
        // Each number's HTML is made in one reused byte buffer and handed to cmark as it stands:
        // making thousands of small Strings cost more than the rest of this step.
        let opening = Array("<span class=\"para-number\" id=\"\(idPrefix)para-".utf8)
        var html: [UInt8] = []
        html.reserveCapacity(opening.count + 32)
        var paragraphs = 0
        for block in blocks where block.type == CMARK_NODE_PARAGRAPH {
            paragraphs += 1
            let number = String(paragraphs).utf8
            html.removeAll(keepingCapacity: true)
            html += opening
            html += number
            html += "\">".utf8
            html += number
            html += ".</span> ".utf8
            html.append(0)
            html.withUnsafeBufferPointer { block.prependHTML(cString: $0) }
        }
        return paragraphs
    }

    func fileLine(_ node: MarkdownNode) -> Int { node.startLine + firstLine - 1 }

    /// Sets heading levels so that the body starts at `headingBase` and never skips a level
    /// (WCAG asks for headings in order); a skipped level is a warning, since the author meant something.
    private func orderHeadings(_ blocks: [MarkdownNode], diagnostics: inout [Diagnostic]) -> [PaperBody.Section] {
        let headings = blocks.filter { $0.type == CMARK_NODE_HEADING }
        guard let top = headings.map(\.headingLevel).min() else { return [] }
        var sections: [PaperBody.Section] = []
        var used: Set<String> = []
        // The next number to try for each repeated title, so that many equal headings stay linear.
        var nextNumber: [String: Int] = [:]
        var previous = headingBase - 1
        for heading in headings {
            let wanted = heading.headingLevel - top + headingBase
            let level = min(wanted, previous + 1)
            if level != wanted {
                diagnostics.append(.warning(
                    "this heading skips a level (from \(previous - headingBase + top) to \(heading.headingLevel) '#'); "
                        + "it is shown one level below the heading before it",
                    at: SourceLocation(path: path, line: fileLine(heading), column: heading.startColumn)))
            }
            heading.setHeadingLevel(level)
            previous = level
            let title = heading.plainText.trimmed
            let base = idPrefix + Slug.make(title, fallback: "section")
            var anchor = base
            if used.contains(base) {
                var counter = nextNumber[base] ?? 2
                while used.contains(base + "-\(counter)") { counter += 1 }
                anchor = base + "-\(counter)"
                nextNumber[base] = counter + 1
            }
            used.insert(anchor)
            sections.append(PaperBody.Section(title: title, level: level, anchor: anchor, line: fileLine(heading)))
        }
        return sections
    }

    /// `<li>…</li>\n` without the list item element, which the template supplies.
    static func innerItemHTML(_ html: String) -> String {
        var copy = html
        return copy.withUTF8 { bytes in
            var start = 0
            var end = bytes.count
            if bytes.starts(with: "<li".utf8), let close = ByteText.find([0x3E], in: bytes) { start = close + 1 }
            while end > start, bytes[end - 1] == 0x0A { end -= 1 }
            if end - start >= 5, Array(bytes[(end - 5)..<end]) == Array("</li>".utf8) { end -= 5 }
            while start < end, [0x20, 0x0A].contains(bytes[start]) { start += 1 }
            while end > start, [0x20, 0x0A].contains(bytes[end - 1]) { end -= 1 }
            return ByteText.string(bytes, start..<end)
        }
    }
}
