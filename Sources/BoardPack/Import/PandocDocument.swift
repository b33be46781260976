import Foundation

/// A Word document as pandoc reads it (`pandoc -t json`), reduced to what a board paper can hold.
/// Whatever pandoc knows but a paper cannot show (raw OpenXML, citations, maths markup) is kept as
/// its text, never dropped silently.
public struct PandocDocument: Sendable, Hashable {
    public var title: [PandocInline]
    public var blocks: [PandocBlock]

    /// Reads pandoc's JSON; nil when it is not pandoc's JSON at all.
    public init?(json: Data) {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
            let blocks = object["blocks"] as? [Any]
        else { return nil }
        let meta = object["meta"] as? [String: Any]
        title = PandocReader.metaInlines(meta?["title"])
        self.blocks = blocks.map(PandocReader.block)
    }

    init(title: [PandocInline] = [], blocks: [PandocBlock]) {
        self.title = title
        self.blocks = blocks
    }
}

public indirect enum PandocBlock: Sendable, Hashable {
    case paragraph([PandocInline])
    case heading(level: Int, [PandocInline])
    /// Word's numbered paragraphs are ordered lists with the decimal style.
    case orderedList(decimal: Bool, [[PandocBlock]])
    case bulletList([[PandocBlock]])
    case table(PandocTable)
    /// A Word paragraph style pandoc keeps with `+styles` (`custom-style`), or a tracked change.
    case division(style: String?, classes: [String], [PandocBlock])
    case quotation([PandocBlock])
    case code(String)
    case other
}

public struct PandocTable: Sendable, Hashable {
    /// Each row's cells, each cell its blocks; the head's rows first.
    public var rows: [[[PandocBlock]]]
    public var headRows: Int
}

public indirect enum PandocInline: Sendable, Hashable {
    case text(String)
    case space
    case lineBreak
    case emphasis([PandocInline])
    case strong([PandocInline])
    case strikeout([PandocInline])
    case code(String)
    case link(url: String, [PandocInline])
    case image(source: String, alt: [PandocInline])
    case note([PandocBlock])
    /// Quoted text, a span (a character style, a comment or a tracked change) or anything else
    /// shown as its content.
    case span(classes: [String], [PandocInline])
}

/// Turns pandoc's `{"t": …, "c": …}` objects into the types above.
enum PandocReader {
    static func block(_ any: Any) -> PandocBlock {
        guard let object = any as? [String: Any], let tag = object["t"] as? String else { return .other }
        let content = object["c"]
        let parts = content as? [Any] ?? []
        switch tag {
        case "Para", "Plain": return .paragraph(inlines(content))
        case "LineBlock":
            let lines = (content as? [Any] ?? []).map(inlines)
            return .paragraph(Array(lines.map { $0 }.joined(separator: [.lineBreak])))
        case "Header":
            return .heading(level: parts.first as? Int ?? 1, inlines(parts.count > 2 ? parts[2] : nil))
        case "OrderedList":
            let attributes = parts.first as? [Any] ?? []
            let style = (attributes.count > 1 ? attributes[1] as? [String: Any] : nil)?["t"] as? String
            return .orderedList(decimal: style == nil || style == "Decimal" || style == "DefaultStyle", items(parts.count > 1 ? parts[1] : nil))
        case "BulletList": return .bulletList(items(content))
        case "BlockQuote": return .quotation(blocks(content))
        case "CodeBlock": return .code(parts.count > 1 ? parts[1] as? String ?? "" : "")
        case "Div", "Figure":
            let attribute = Attribute(parts.first)
            return .division(style: attribute.style, classes: attribute.classes, blocks(parts.last))
        case "Table": return .table(table(parts))
        default: return .other
        }
    }

    static func blocks(_ any: Any?) -> [PandocBlock] { (any as? [Any] ?? []).map(block) }

    static func items(_ any: Any?) -> [[PandocBlock]] { (any as? [Any] ?? []).map(blocks) }

    static func inline(_ any: Any) -> PandocInline {
        guard let object = any as? [String: Any], let tag = object["t"] as? String else { return .text("") }
        let content = object["c"]
        let parts = content as? [Any] ?? []
        switch tag {
        case "Str": return .text(content as? String ?? "")
        case "Space", "SoftBreak": return .space
        case "LineBreak": return .lineBreak
        case "Emph": return .emphasis(inlines(content))
        case "Strong": return .strong(inlines(content))
        case "Strikeout": return .strikeout(inlines(content))
        case "Underline", "Superscript", "Subscript", "SmallCaps": return .span(classes: [], inlines(content))
        case "Quoted":
            let double = ((parts.first as? [String: Any])?["t"] as? String) == "DoubleQuote"
            let inner = inlines(parts.last)
            return .span(classes: [], [.text(double ? "“" : "‘")] + inner + [.text(double ? "”" : "’")])
        case "Cite": return .span(classes: [], inlines(parts.last))
        case "Code": return .code(parts.last as? String ?? "")
        case "Math": return .text(parts.last as? String ?? "")
        case "Link", "Image":
            let target = parts.last as? [Any] ?? []
            let address = target.first as? String ?? ""
            let words = inlines(parts.count > 1 ? parts[1] : nil)
            return tag == "Link" ? .link(url: address, words) : .image(source: address, alt: words)
        case "Note": return .note(blocks(content))
        case "Span": return .span(classes: Attribute(parts.first).classes, inlines(parts.last))
        default: return .text("")
        }
    }

    static func inlines(_ any: Any?) -> [PandocInline] { (any as? [Any] ?? []).map(inline) }

    /// The title property: `MetaInlines`, or `MetaBlocks` of one paragraph.
    static func metaInlines(_ any: Any?) -> [PandocInline] {
        guard let object = any as? [String: Any] else { return [] }
        switch object["t"] as? String {
        case "MetaInlines": return inlines(object["c"])
        case "MetaString": return [.text(object["c"] as? String ?? "")]
        case "MetaBlocks":
            return blocks(object["c"]).flatMap { block -> [PandocInline] in
                if case let .paragraph(words) = block { return words }
                return []
            }
        default: return []
        }
    }

    /// Pandoc 2.10 and later: `[attr, caption, colspecs, head, bodies, foot]`, with rows as
    /// `[attr, cells]` and cells as `[attr, alignment, rowspan, colspan, blocks]`.
    static func table(_ parts: [Any]) -> PandocTable {
        func rows(_ any: Any?) -> [[[PandocBlock]]] {
            (any as? [Any] ?? []).map { row in
                let cells = (row as? [Any])?.last as? [Any] ?? []
                return cells.map { blocks(($0 as? [Any])?.last) }
            }
        }
        guard parts.count >= 6 else { return PandocTable(rows: [], headRows: 0) }
        let head = rows((parts[3] as? [Any])?.last)
        let bodies = (parts[4] as? [Any] ?? []).flatMap { body -> [[[PandocBlock]]] in
            let fields = body as? [Any] ?? []
            return fields.count >= 4 ? rows(fields[2]) + rows(fields[3]) : []
        }
        let foot = rows((parts[5] as? [Any])?.last)
        return PandocTable(rows: head + bodies + foot, headRows: head.count)
    }

    /// `[identifier, classes, [[key, value]]]`.
    struct Attribute {
        var classes: [String] = []
        var style: String?

        init(_ any: Any?) {
            guard let parts = any as? [Any], parts.count == 3 else { return }
            classes = parts[1] as? [String] ?? []
            let pairs = parts[2] as? [[String]] ?? []
            style = pairs.first { $0.count == 2 && $0[0] == "custom-style" }?.last
        }
    }
}
