import Foundation

/// What the front sheet of a Word paper says. Texts are Markdown; contact details plain text.
struct ImportedFrontSheet: Sendable, Hashable {
    var title = ""
    var purpose: String?
    var summary: [String] = []
    var recommendations: [String] = []
    var actions: [String] = []
    var contact: [FrontSheetLabel: String] = [:]
    /// Front-sheet text under no label, which the adviser must place by hand.
    var unlabelled: [String] = []
    /// The answer to the template's "Is this report confidential?", when it asks.
    var confidential: String?
}

/// Reads the LGA template's front sheet in both its layouts: label paragraphs ("Purpose of report",
/// "Summary", …) each followed by its text, or a two-column table of label and value; and the
/// contact block as `Contact officer:` lines or table rows. What follows the front sheet is the body.
struct FrontSheetMapper {
    private var sheet = ImportedFrontSheet()
    private var current: FrontSheetLabel?
    private var sawLabel = false
    private var markdown = InlineMarkdown()

    /// The front sheet, and the blocks of the body.
    static func map(_ document: PandocDocument) -> (ImportedFrontSheet, [PandocBlock]) {
        let blocks = unwrapped(document.blocks).filter { !isBlank($0) }
        var mapper = FrontSheetMapper()
        mapper.markdown.notesInBrackets = true
        var start = 0
        let property = InlineMarkdown.plain(document.title)
        if let first = blocks.first, let title = titleText(first), property.isEmpty || !isSectionName(title) {
            mapper.sheet.title = title
            start = 1
        } else {
            mapper.sheet.title = property
        }
        let end = mapper.read(blocks, from: start)
        guard mapper.sawLabel else { return (ImportedFrontSheet(title: mapper.sheet.title), Array(blocks[start...])) }
        return (mapper.sheet, Array(blocks[end...]))
    }

    /// Word styles pandoc keeps as divisions say nothing a paper needs: their contents stand in their place.
    static func unwrapped(_ blocks: [PandocBlock]) -> [PandocBlock] {
        blocks.flatMap { block -> [PandocBlock] in
            if case let .division(_, _, inner) = block { return unwrapped(inner) }
            return [block]
        }
    }

    /// A heading that opens a section rather than names the paper: with the title in Word's Title
    /// style (which pandoc takes out of the text into the title property), the first heading is one of these.
    private static func isSectionName(_ text: String) -> Bool {
        let sections = ["background", "introduction", "discussion", "issues", "proposal", "implications for wales", "next steps"]
        return sections.contains(text.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    /// The first heading, or a paragraph wholly in bold (the template's large bold title).
    private static func titleText(_ block: PandocBlock) -> String? {
        switch block {
        case let .heading(_, words):
            let text = InlineMarkdown.plain(words)
            return FrontSheetLabel(text) == nil ? text : nil
        case let .paragraph(words):
            let visible = words.filter { $0 != .space }
            let bold = !visible.isEmpty && visible.allSatisfy { if case .strong = $0 { true } else { false } }
            let text = InlineMarkdown.plain(words)
            return bold && text.count < 200 && FrontSheetLabel(text) == nil && FrontSheetLabel.split(text) == nil ? text : nil
        default:
            return nil
        }
    }

    static func isBlank(_ block: PandocBlock) -> Bool {
        if case let .paragraph(words) = block {
            return InlineMarkdown.plain(words).isEmpty && !words.contains { if case .image = $0 { true } else { false } }
        }
        return false
    }

    /// Reads from `start` to the end of the front sheet and returns where the body begins.
    private mutating func read(_ blocks: [PandocBlock], from start: Int) -> Int {
        var position = start
        while position < blocks.count {
            switch blocks[position] {
            case let .heading(_, words):
                let text = InlineMarkdown.plain(words)
                guard let label = FrontSheetLabel(text) else {
                    // The template repeats the title above the body; the body never repeats it.
                    return sawLabel && isTitle(text) ? position + 1 : position
                }
                current = label
                sawLabel = true
            case let .paragraph(words):
                let text = InlineMarkdown.plain(words)
                if sawLabel, isTitle(text) { return position + 1 }
                // Text under no label after a front-sheet table is the body.
                if sawLabel, current == nil, FrontSheetLabel(text) == nil, FrontSheetLabel.split(text) == nil { return position }
                paragraph(words)
            case let .orderedList(_, items), let .bulletList(items):
                guard let current, [.summary, .recommendations, .actions].contains(current) else { return position }
                for item in items { add(markdown.write(Array(item.map(InlineMarkdown.words(of:)).joined(separator: [.space]))), to: current) }
            case let .table(table):
                guard table.rows.contains(where: { row in row.first.map(isLabelCell) ?? false }) else { return position }
                rows(table)
            default:
                return position
            }
            position += 1
        }
        return position
    }

    private mutating func paragraph(_ words: [PandocInline]) {
        let text = InlineMarkdown.plain(words)
        if text.lowercased().hasPrefix("is this report confidential") {
            sheet.confidential = text.split(separator: "?", maxSplits: 1).dropFirst().first.map {
                $0.trimmingCharacters(in: .whitespaces)
            } ?? ""
        } else if let label = FrontSheetLabel(text) {
            current = label
            sawLabel = true
        } else if text.count < 160, let (label, value) = FrontSheetLabel.split(text) {
            current = label
            sawLabel = true
            if !value.isEmpty { add(value, to: label) }
        } else if let current {
            add(current.isContact ? text : markdown.write(words), to: current)
        } else {
            sheet.unlabelled.append(text)
        }
    }

    private mutating func rows(_ table: PandocTable) {
        for row in table.rows {
            guard let first = row.first else { continue }
            guard let label = FrontSheetLabel(cellText(first)), row.count > 1 else {
                // A cell holding the contact block as lines, or text under no label.
                for block in Self.unwrapped(row.flatMap { $0 }) { paragraph(InlineMarkdown.words(of: block)) }
                continue
            }
            sawLabel = true
            for block in Self.unwrapped(row[1]) {
                switch block {
                case let .orderedList(_, items), let .bulletList(items):
                    for item in items { add(markdown.write(Array(item.map(InlineMarkdown.words(of:)).joined(separator: [.space]))), to: label) }
                default:
                    let words = InlineMarkdown.words(of: block)
                    let text = InlineMarkdown.plain(words)
                    if !text.isEmpty { add(label.isContact ? text : markdown.write(words), to: label) }
                }
            }
        }
        current = nil
    }

    /// A cell holding a label, or starting with a labelled line such as `Contact officer: Jo Bloggs`.
    private func isLabelCell(_ cell: [PandocBlock]) -> Bool {
        if FrontSheetLabel(cellText(cell)) != nil { return true }
        guard let first = Self.unwrapped(cell).first else { return false }
        return FrontSheetLabel.split(InlineMarkdown.plain(InlineMarkdown.words(of: first))) != nil
    }

    private func cellText(_ cell: [PandocBlock]) -> String {
        InlineMarkdown.plain(Array(cell.map(InlineMarkdown.words(of:)).joined(separator: [.space])))
    }

    private mutating func add(_ value: String, to label: FrontSheetLabel) {
        let value = value.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return }
        switch label {
        case .purpose: sheet.purpose = sheet.purpose.map { $0 + " " + value } ?? value
        case .summary: sheet.summary.append(BodyMarkdown.plainStart(value))
        case .recommendations: sheet.recommendations.append(BodyMarkdown.plainStart(Self.withoutTypedNumber(value)))
        case .actions: sheet.actions.append(BodyMarkdown.plainStart(Self.withoutTypedNumber(value)))
        case .contactName, .position, .phone, .email:
            sheet.contact[label] = sheet.contact[label].map { $0 + " " + value } ?? value
        }
    }

    private func isTitle(_ text: String) -> Bool {
        !sheet.title.isEmpty && text.lowercased() == sheet.title.lowercased()
    }

    /// "1. That the Board …", "(a) …" or "• …": boardpack lists them itself.
    static func withoutTypedNumber(_ text: String) -> String {
        let pattern = #"^(\d{1,2}(\\?[.)])|\(?[a-z\d]{1,2}\)|\\?[•·–*-])\s+"#
        guard let range = text.range(of: pattern, options: .regularExpression) else { return text }
        return String(text[range.upperBound...])
    }
}
