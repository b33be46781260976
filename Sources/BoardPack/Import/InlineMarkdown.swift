import Foundation

/// Writes a paragraph's words as the Markdown boardpack reads: bold, italics, links, footnotes and
/// images kept; Word's own markup (styles, tracked-change marks) reduced to its text.
struct InlineMarkdown {
    /// The link of an image pandoc extracted, given its path under the media folder.
    var imageLink: (String) -> String = { $0 }
    /// Footnote texts in order; a note is written `[^n]` and its text collected here.
    private(set) var notes: [String] = []
    /// The images written, by their path under the media folder, for copying beside the paper.
    private(set) var images: [String] = []
    /// Notes inside notes, or in the front sheet where a footnote cannot stand, are written in brackets.
    var notesInBrackets = false

    init(imageLink: @escaping (String) -> String = { $0 }) {
        self.imageLink = imageLink
    }

    mutating func write(_ inlines: [PandocInline]) -> String {
        var text = ""
        for inline in inlines {
            // A deleted word leaves the spaces either side of it: one is enough.
            if inline == .space, text.hasSuffix(" ") { continue }
            text += write(inline)
        }
        return text
    }

    private mutating func write(_ inline: PandocInline) -> String {
        switch inline {
        case let .text(words): return Self.escaped(Self.ordinarySpaces(words))
        case .space: return " "
        case .lineBreak: return " "
        case let .emphasis(inner): return wrapped(inner, in: "*")
        case let .strong(inner): return wrapped(inner, in: "**")
        case let .strikeout(inner): return wrapped(inner, in: "~~")
        case let .code(text):
            let fence = text.contains("`") ? "`` " : "`"
            return fence + text + String(fence.reversed())
        case let .link(url, words):
            let label = write(words)
            if url.hasPrefix("mailto:") && Self.plain(words) == url.dropFirst(7) { return label }
            return "[\(label.isEmpty ? Self.escaped(url) : label)](\(Self.destination(url)))"
        case let .image(source, alt):
            images.append(source)
            return "![\(Self.escaped(Self.plain(alt)))](\(Self.destination(imageLink(source))))"
        case let .note(blocks):
            var inner = InlineMarkdown(imageLink: imageLink)
            inner.notesInBrackets = true
            let text = blocks.map { inner.write(Self.words(of: $0)).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                .joined(separator: " ")
            images += inner.images
            if notesInBrackets { return " (\(text))" }
            notes.append(text)
            return "[^\(notes.count)]"
        case let .span(_, inner): return write(inner)
        }
    }

    /// Emphasis must hug its words in Markdown: spaces at either end move outside the markers.
    private mutating func wrapped(_ inner: [PandocInline], in marker: String) -> String {
        let text = write(inner)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return text }
        let leading = text.prefix { $0 == " " }
        let trailing = String(text.reversed().prefix { $0 == " " })
        return leading + marker + trimmed + marker + trailing
    }

    /// The words of a block, for places that hold only a line of text (a table cell, a list item).
    static func words(of block: PandocBlock) -> [PandocInline] {
        switch block {
        case let .paragraph(words), let .heading(_, words): return words
        case let .division(_, _, blocks), let .quotation(blocks):
            return Array(blocks.map(words(of:)).filter { !$0.isEmpty }.joined(separator: [.space]))
        case let .orderedList(_, items), let .bulletList(items):
            return Array(items.map { Array($0.map(words(of:)).joined(separator: [.space])) }.joined(separator: [.space]))
        case let .code(text): return [.code(text)]
        case .table, .other: return []
        }
    }

    /// The text alone, as a reader sees it: for labels, titles and contact details.
    static func plain(_ inlines: [PandocInline]) -> String {
        var text = ""
        for inline in inlines {
            switch inline {
            case let .text(words), let .code(words): text += ordinarySpaces(words)
            case .space, .lineBreak: text += " "
            case let .emphasis(inner), let .strong(inner), let .strikeout(inner), let .link(_, inner), let .span(_, inner):
                text += plain(inner)
            case .image, .note: break
            }
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).joined(separator: " ")
    }

    /// Word leaves thin, narrow and zero-width spaces where a plain space was meant; a no-break
    /// space is kept, since an author types it on purpose.
    static func ordinarySpaces(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x2000...0x200B).contains($0.value) || [0x202F, 0x205F, 0x3000].contains($0.value) })
        else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x200B: continue
            case 0x2000...0x200A, 0x202F, 0x205F, 0x3000: result.append(" ")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Escapes what Markdown would read as markup; other punctuation is left as typed.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*[]<>~|".contains(character) { result.append("\\") }
            if character == "_" { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// A link address that Markdown reads whole, even with spaces or brackets in it.
    static func destination(_ address: String) -> String {
        address.contains(where: { " ()<>".contains($0) }) ? "<\(address.replacingOccurrences(of: ">", with: "%3E"))>" : address
    }
}
