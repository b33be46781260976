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

    public func parse(_ markdown: String) -> (PaperBody, [Diagnostic]) {
        let (text, habits) = WordHabits(path: path, firstLine: firstLine).mend(markdown)
        let document = StageTimer.measure(.markdown) { Markdown.parse(text, options: options) }
        var diagnostics = habits
        dropTitleHeading(MarkdownNode(document.root).children, diagnostics: &diagnostics)
        unwrapTypedParagraphNumbers(MarkdownNode(document.root).children, diagnostics: &diagnostics)
        let blocks = MarkdownNode(document.root).children
        let sections = orderHeadings(blocks, diagnostics: &diagnostics)
        let kinds = Self.sectionKinds(blocks)
        // Labels come out and links are rewritten first, so that the text taken out for packs (the
        // Wales section, the discussion points) has them right too.
        var labels: [String: Int] = [:]
        let paragraphBlocks = blocks.filter { $0.type == CMARK_NODE_PARAGRAPH }
        for (number, block) in paragraphBlocks.enumerated() {
            takeLabel(block, paragraph: number + 1, into: &labels, diagnostics: &diagnostics)
        }
        dropStrayLabels(MarkdownNode(document.root), diagnostics: &diagnostics)
        let pointCount = zip(blocks, kinds).first { $0.1 == .discussion && $0.0.isOrderedList }?.0.children.count ?? 0
        let prefixLength = idPrefix.count
        var anchors = Set(sections.map { String($0.anchor.dropFirst(prefixLength)) })
        anchors.formUnion((0...paragraphBlocks.count).map { "para-\($0)" })
        anchors.formUnion((0..<pointCount).map { "point-1-\($0 + 1)" })
        anchors.formUnion((1...max(1, ByteText.count("[^", in: markdown))).map { "fn-\($0)" })
        var links = PaperLinks(
            knownSlugs: knownSlugs, anchors: anchors, labels: labels, idPrefix: idPrefix, path: path, firstLine: firstLine)
        links.otherAnchors = otherAnchors
        diagnostics += links.rewrite(MarkdownNode(document.root))
        let linkedSlugs = links.linkedSlugs.sorted()
        var places = Dictionary(uniqueKeysWithValues: anchors.filter { !$0.hasPrefix("fn-") && !$0.hasPrefix("point-") && $0 != "para-0" }.map { ($0, $0) })
        for (label, paragraph) in labels { places[label] = "para-\(paragraph)" }

        var points: [DiscussionPoint] = []
        var pointsList: MarkdownNode?
        var wales: WalesImplications?
        var walesHTML = ""
        var walesText = ""
        var headingIndex = -1
        for (block, kind) in zip(blocks, kinds) {
            if block.type == CMARK_NODE_HEADING {
                headingIndex += 1
                let section = sections[headingIndex]
                if kind == .wales, wales == nil, Self.kind(of: section.title) == .wales {
                    wales = WalesImplications(html: "", text: "", line: section.line)
                }
                continue
            }
            switch kind {
            case .wales:
                walesHTML += document.html(of: block.pointer)
                walesText += (walesText.isEmpty ? "" : "\n") + block.plainText
            case .discussion where pointsList == nil && block.isOrderedList:
                pointsList = block
                points = block.children.enumerated().map { offset, item in
                    DiscussionPoint(
                        index: offset + 1, html: Self.innerItemHTML(document.html(of: item.pointer)),
                        text: item.plainText.trimmed, line: fileLine(item))
                }
            default:
                break
            }
        }
        wales?.html = walesHTML
        wales?.text = walesText.trimmed

        var incidents: [IncidentBlockSource] = []
        for block in blocks where block.type == CMARK_NODE_CODE_BLOCK && block.fenceInfo?.trimmed == "incidents" {
            let source = IncidentBlockSource(index: incidents.count, text: block.literal ?? "", line: fileLine(block))
            incidents.append(source)
            block.replace(withHTML: source.marker + "\n")
        }

        var paragraphs = 0
        for block in blocks where block.type == CMARK_NODE_PARAGRAPH {
            paragraphs += 1
            block.prependHTML("<span class=\"para-number\" id=\"\(idPrefix)para-\(paragraphs)\">\(paragraphs).</span> ")
        }
        pointsList?.replace(withHTML: Self.pointsMarker + "\n")

        var (before, after) = document.withHTML(of: document.root) { finish($0, sections: sections) }
        if !idPrefix.isEmpty {
            before = prefixFootnoteIDs(before)
            after = prefixFootnoteIDs(after)
        }
        let body = PaperBody(
            htmlBeforePoints: before, discussionPoints: points, htmlAfterPoints: after, sections: sections,
            walesImplications: wales, paragraphCount: paragraphs, incidentBlocks: incidents, linkedSlugs: linkedSlugs,
            linkedAnchors: links.linkedAnchors.sorted(), anchors: places)
        return (body, diagnostics)
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

    /// One pass over the rendered HTML: gives each `<hN>` its id in document order (cmark cannot put
    /// attributes on headings) and cuts the text where the discussion points stand.
    private func finish(_ bytes: UnsafeBufferPointer<UInt8>, sections: [PaperBody.Section]) -> (String, String) {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + sections.count * 32)
        var position = 0
        for section in sections {
            let tag = Array("<h\(section.level)>".utf8)
            guard let match = ByteText.find(tag, in: bytes, from: position) else { break }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<match]))
            result.append(contentsOf: "<h\(section.level) id=\"\(section.anchor)\">".utf8)
            position = match + tag.count
        }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position...]))
        return result.withUnsafeBufferPointer { html in
            let marker = Array((Self.pointsMarker + "\n").utf8)
            guard let cut = ByteText.find(marker, in: html) else { return (ByteText.string(html, 0..<html.count), "") }
            return (ByteText.string(html, 0..<cut), ByteText.string(html, (cut + marker.count)..<html.count))
        }
    }

    private func prefixFootnoteIDs(_ html: String) -> String {
        html.replacingOccurrences(of: "\"#fn", with: "\"#\(idPrefix)fn")
            .replacingOccurrences(of: "id=\"fn", with: "id=\"\(idPrefix)fn")
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
