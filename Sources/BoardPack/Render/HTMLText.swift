import Mustache

/// HTML escaping exactly as swift-mustache's `{{variable}}` does it (`&lt;`, `&gt;`, `&amp;`,
/// `&quot;`, `&#39;`), byte by byte: values escaped once here are given to templates as
/// `{{{raw}}}`, which renders faster than an escaped tag.
enum HTMLText {
    static func escaped(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: isSpecial) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            var index = first
            while index < bytes.count {
                let byte = bytes[index]
                if isSpecial(byte) {
                    // Mustache escapes by Character: a special character that a combining mark
                    // (or a prepended one) joins is one Character that it leaves as it is. Next to
                    // any non-ASCII character, the text is done its way.
                    if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return byCharacter(text) }
                    if index > 0, bytes[index - 1] >= 0x80 { return byCharacter(text) }
                    out.append(contentsOf: entity(byte).utf8)
                } else {
                    out.append(byte)
                }
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27
    }

    private static func entity(_ byte: UInt8) -> String {
        switch byte {
        case 0x3C: "&lt;"
        case 0x3E: "&gt;"
        case 0x26: "&amp;"
        case 0x22: "&quot;"
        default: "&#39;"
        }
    }

    private static func byCharacter(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// HTML for a template's `{{{name}}}`: markup, or text escaped here once. Mustache renders it as it
/// is without the casts and `String(describing:)` a `String` value costs on every tag; `{{name}}`
/// escapes it as it would a `String`, and a transform (`{{uppercased(pageHead)}}`) works on its text
/// as on a `String`'s. Given only under names the built-in templates use for it.
struct RawHTML: MustacheCustomRenderable, MustacheTransformable {
    let renderText: String
    var isNull: Bool { false }

    func transform(_ name: String) -> Any? { renderText.transform(name) }

    init(html: String) { renderText = html }

    init(escaping text: String) { renderText = HTMLText.escaped(text) }
}
