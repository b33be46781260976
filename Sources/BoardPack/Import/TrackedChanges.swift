/// The tracked changes and comments of a document read with `--track-changes=all`, where pandoc
/// marks each as a span (or, for a whole paragraph, a division) with a class saying what it is.
struct TrackedChanges: Sendable, Hashable {
    var changes = 0
    var comments = 0

    var isEmpty: Bool { changes == 0 && comments == 0 }

    init(_ document: PandocDocument) {
        count(document.blocks)
    }

    /// "2 tracked changes and 1 comment".
    var description: String {
        let parts = [(changes, "tracked change"), (comments, "comment")].filter { $0.0 > 0 }
        return parts.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: " and ")
    }

    private mutating func note(_ classes: [String]) {
        if classes.contains(where: { ["insertion", "deletion", "paragraph-insertion", "paragraph-deletion"].contains($0) }) {
            changes += 1
        }
        if classes.contains("comment-start") { comments += 1 }
    }

    private mutating func count(_ blocks: [PandocBlock]) {
        for block in blocks {
            switch block {
            case let .paragraph(words), let .heading(_, words): count(words)
            case let .orderedList(_, items), let .bulletList(items): items.forEach { count($0) }
            case let .table(table): table.rows.forEach { $0.forEach { count($0) } }
            case let .division(_, classes, inner):
                note(classes)
                count(inner)
            case let .quotation(inner): count(inner)
            case .code, .other: break
            }
        }
    }

    private mutating func count(_ inlines: [PandocInline]) {
        for inline in inlines {
            switch inline {
            case let .span(classes, inner):
                note(classes)
                count(inner)
            case let .emphasis(inner), let .strong(inner), let .strikeout(inner), let .link(_, inner): count(inner)
            case let .note(blocks): count(blocks)
            case .text, .space, .lineBreak, .code, .image: break
            }
        }
    }
}
