import Foundation

/// Writes the body of a Word paper as the Markdown of a boardpack paper: headings in order at
/// level 2, paragraphs plain (boardpack numbers them, so Word's numbers and typed ones go), the
/// points typed "1.1.", "1.2." under Discussion as the discussion list, tables as tables.
struct BodyMarkdown {
    private var inline: InlineMarkdown
    private let title: String
    private var headingShift = 1
    private var blocks: [String] = []
    private var inDiscussion = false
    private var points: [String] = []

    /// The Markdown, and the images it links to by their path under pandoc's media folder.
    static func write(_ body: [PandocBlock], title: String, imageLink: @escaping (String) -> String) -> (String, [String]) {
        var writer = BodyMarkdown(inline: InlineMarkdown(imageLink: imageLink), title: title.lowercased())
        let levels = body.compactMap { block -> Int? in if case let .heading(level, _) = block { level } else { nil } }
        writer.headingShift = 2 - (levels.min() ?? 1)
        writer.write(body)
        writer.flushPoints()
        let notes = writer.inline.notes.enumerated().map { "[^\($0.offset + 1)]: \($0.element)" }
        let text = (writer.blocks + (notes.isEmpty ? [] : [notes.joined(separator: "\n")])).joined(separator: "\n\n") + "\n"
        return (text, writer.inline.images)
    }

    private mutating func write(_ body: [PandocBlock]) {
        for block in body {
            switch block {
            case let .division(_, _, inner): write(inner)
            case let .heading(level, words): heading(level, words)
            case let .paragraph(words): paragraph(words)
            case let .orderedList(decimal, items):
                // Word's numbered paragraphs: their numbers are boardpack's to give.
                guard decimal else { list(items, marker: { "\($0)." }); continue }
                for item in items { numberedItem(FrontSheetMapper.unwrapped(item)) }
            case let .bulletList(items): list(items, marker: { _ in "-" })
            case let .table(table): emit(Self.table(table, inline: &inline))
            case let .quotation(inner):
                emit(inner.map { "> " + inline.write(InlineMarkdown.words(of: $0)) }.joined(separator: "\n>\n"))
            case let .code(text): emit("```text\n\(text)\n```")
            case .other: break
            }
        }
    }

    private mutating func heading(_ level: Int, _ words: [PandocInline]) {
        // "3. Discussion": a typed section number is dropped, as paragraph numbers are.
        let number = #"^\d{1,3}(\.\d{1,3})*\.?\s+"#
        var text = InlineMarkdown.plain(words)
        var markdown = inline.write(words).trimmingCharacters(in: .whitespaces)
        if let typed = text.range(of: number, options: .regularExpression),
            let written = markdown.range(of: number, options: .regularExpression)
        {
            text.removeSubrange(typed)
            markdown.removeSubrange(written)
        }
        guard !text.isEmpty, text.lowercased() != title else { return }
        flushPoints()
        // As the paper's parser finds the section whose list holds the discussion points.
        inDiscussion = text.lowercased().hasPrefix("discussion")
        emit(String(repeating: "#", count: min(6, max(2, level + headingShift))) + " " + markdown)
    }

    private mutating func paragraph(_ words: [PandocInline]) {
        let text = InlineMarkdown.plain(words)
        let hasImage = words.contains { if case .image = $0 { true } else { false } }
        guard !text.isEmpty || hasImage else { return }
        if let bold = Self.boldHeading(words) {
            // Many LGA papers head their sections with a short bold line rather than a heading style.
            heading(2 - headingShift, bold)
            return
        }
        var markdown = inline.write(words).trimmingCharacters(in: .whitespaces)
        if let point = markdown.range(of: #"^\d{1,3}\.\d{1,3}\.?\s+"#, options: .regularExpression) {
            markdown = String(markdown[point.upperBound...])
            if inDiscussion {
                points.append(markdown)
                return
            }
        }
        flushPoints()
        if let number = markdown.range(of: #"^\d{1,3}[.)]\s+"#, options: .regularExpression) {
            markdown = String(markdown[number.upperBound...])
        }
        if let bullet = markdown.range(of: #"^[•·▪]\s*"#, options: .regularExpression) {
            emit("- " + markdown[bullet.upperBound...])
            return
        }
        emit(Self.plainStart(markdown))
    }

    /// The words of a short paragraph wholly in bold with no closing punctuation: a heading in all but style.
    private static func boldHeading(_ words: [PandocInline]) -> [PandocInline]? {
        let visible = words.filter { $0 != .space }
        guard visible.count == 1, case let .strong(inner) = visible[0] else { return nil }
        let text = InlineMarkdown.plain(inner)
        guard !text.isEmpty, text.split(separator: " ").count <= 12, let last = text.last, !".:;,?!".contains(last) else { return nil }
        return inner
    }

    /// An item of Word's numbered list: its paragraphs plain; a list within it under Discussion
    /// holds the discussion points.
    private mutating func numberedItem(_ item: [PandocBlock]) {
        for block in item {
            if case let .orderedList(_, subitems) = block, inDiscussion {
                points += subitems.map { inline.write(Array($0.map(InlineMarkdown.words(of:)).joined(separator: [.space]))) }
            } else {
                write([block])
            }
        }
    }

    private mutating func list(_ items: [[PandocBlock]], marker: (Int) -> String) {
        let lines = items.enumerated().map { index, item in
            marker(index + 1) + " " + inline.write(Array(item.map(InlineMarkdown.words(of:)).joined(separator: [.space])))
        }
        emit(lines.joined(separator: "\n"))
    }

    private mutating func flushPoints() {
        guard !points.isEmpty else { return }
        let list = points.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        points = []
        emit(list)
    }

    private mutating func emit(_ text: String) {
        flushPoints()
        blocks.append(text)
    }

    /// A paragraph must not start with what Markdown reads as a list, heading or quotation.
    static func plainStart(_ text: String) -> String {
        if let number = text.range(of: #"^\d+(?=[.)](\s|$))"#, options: .regularExpression) {
            return text[..<number.upperBound] + "\\" + text[number.upperBound...]
        }
        if let first = text.first, "#>+-=".contains(first) { return "\\" + text }
        return text
    }

    private static func table(_ table: PandocTable, inline: inout InlineMarkdown) -> String {
        let rows = table.rows.map { row in
            row.map { cell in inline.write(Array(cell.map(InlineMarkdown.words(of:)).joined(separator: [.space]))) }
        }
        let width = rows.map(\.count).max() ?? 0
        guard width > 0 else { return "" }
        let lines = rows.map { row in
            "| " + (row + Array(repeating: "", count: width - row.count)).joined(separator: " | ") + " |"
        }
        let rule = "|" + Array(repeating: "---|", count: width).joined()
        return ([lines[0], rule] + lines.dropFirst()).joined(separator: "\n")
    }
}
