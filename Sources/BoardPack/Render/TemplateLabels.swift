/// Puts a language's labels into a template's source before Mustache compiles it (issue 13), so a
/// page renders no more tags than it did when its labels were written in the template.
///
/// A template writes a label as `{{labels.key}}` (escaped, as Mustache escapes a variable) or
/// `{{{labels.key}}}` (as written). A label's `{name}` placeholders become the Mustache variable
/// `{{name}}`, or `{{path}}` where the tag says `name=path`:
/// `{{labels.page.published_by organisation=site.organisation}}`.
///
/// A label the page's language does not have (no glossary Welsh, no `labels.cy.yaml` line) is
/// printed in the words of the language it borrows them from (`Labels.lang`): as element text, its
/// own words wrapped in `<span lang="en">` so that a screen reader switches voice, with a value that
/// holds words (`{title}`, `{date}`) left outside, in the page's language; inside an `<option>`, the
/// option marked; inside a tag (an attribute) as it is.
struct TemplateLabels {
    var labels: Labels

    init(_ labels: Labels) {
        self.labels = labels
    }

    /// Placeholders whose value is a number, never words: kept inside a borrowed label's mark.
    static let numberPlaceholders: Set<String> = ["number", "count", "pages", "page", "first", "last", "paragraph", "part", "item", "largest", "threshold"]

    /// The template's source with every label tag replaced by its text.
    func substitute(_ source: String) -> String {
        guard source.contains("labels.") else { return source }
        var output = ""
        output.reserveCapacity(source.utf8.count)
        var rest = source[...]
        while let open = rest.range(of: "{{") {
            let afterOpen = rest[open.upperBound...]
            let triple = afterOpen.hasPrefix("{")
            let tagStart = triple ? afterOpen.dropFirst() : afterOpen
            let body = tagStart.drop { $0 == " " }
            let closer = triple ? "}}}" : "}}"
            guard body.hasPrefix("labels."), let close = body.range(of: closer) else {
                output += rest[..<open.upperBound]
                rest = afterOpen
                continue
            }
            let before = rest[..<open.lowerBound]
            output += before
            let words = body[..<close.lowerBound].split(separator: " ")
            let key = String(words[0].dropFirst("labels.".count))
            var paths: [String: String] = [:]
            for word in words.dropFirst() {
                let pair = word.split(separator: "=", maxSplits: 1)
                if pair.count == 2 { paths[String(pair[0])] = String(pair[1]) }
            }
            // An `<option>` holds text only (no <span>): the option itself carries the `lang`.
            if let code = labels.lang(key), Self.endsWithOptionTag(output) {
                output.removeLast()
                output += " lang=\"\(code)\">" + text(key, paths: paths, escaped: !triple, inTag: true)
            } else {
                output += text(key, paths: paths, escaped: !triple, inTag: Self.insideTag(output))
            }
            rest = body[close.upperBound...]
        }
        output += rest
        return output
    }

    /// One label as template source. A placeholder's path written `&path` is put in unescaped
    /// (`{{&path}}`), for a value that is HTML already.
    func text(_ key: String, paths: [String: String], escaped: Bool, inTag: Bool) -> String {
        let placeholders = LabelCatalogue.definition(key)?.placeholders ?? []
        // Each placeholder as its Mustache variable; in a borrowed label, one that holds words is
        // marked as a value, to stay outside the mark.
        var fill: [String: String] = [:]
        for name in placeholders { fill[name] = "{{\(paths[name] ?? name)}}" }
        let pieces = Labels.pieces(labels[key], fill: fill).map { piece -> (text: String, isValue: Bool) in
            guard piece.isValue else { return piece }
            let name = fill.first { $0.value == piece.text }?.key ?? ""
            // A number goes inside the mark: its text has no letters.
            return Self.numberPlaceholders.contains(name) ? (piece.text, false) : piece
        }
        // Element text as the template's own text was: only what HTML needs escaped there. In a
        // tag, an attribute's value, as Mustache escapes a variable. A label's own text never opens
        // a Mustache tag.
        let html = { (piece: (text: String, isValue: Bool)) -> String in
            if fill.values.contains(piece.text) { return piece.text }
            let text = escaped ? (inTag ? HTMLText.escaped(piece.text) : Self.escapedText(piece.text)) : piece.text
            return text.replacingOccurrences(of: "{{", with: "&#123;&#123;")
        }
        guard let code = labels.lang(key), !inTag else { return pieces.map(html).joined() }
        return Labels.marking(pieces.map { ($0.text, $0.isValue) }, code: code, html)
    }

    /// A label as a template's `{{labels.key}}` is written in (a key without placeholders), for a
    /// part a view renders in the tags' place: as element text or, `inTag`, an attribute's value.
    static func written(_ labels: Labels, _ key: String, inTag: Bool) -> String {
        let text = labels[key]
        // Most labels are as they are: nothing to escape, no `{`, not borrowed from another language.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0x7B })
            || labels.lang(key) != nil
        else { return text }
        return TemplateLabels(labels).text(key, paths: [:], escaped: true, inTag: inTag)
    }

    /// Whether `text` ends with an `<option …>` start tag, whose content may not hold elements.
    static func endsWithOptionTag(_ text: String) -> Bool {
        guard text.hasSuffix(">"), let open = text.range(of: "<", options: .backwards) else { return false }
        return text[open.upperBound...].hasPrefix("option")
    }

    /// `&`, `<` and `>` escaped: text between tags.
    static func escapedText(_ text: String) -> String {
        // Without the bytes, without the characters: labels seldom have them, and bytes are quick to scan.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }),
            text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" })
        else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Whether the end of `text` is inside an HTML tag (between `<` and `>`), where a label is an
    /// attribute's value. Mustache tags (`{{<base}}`, `{{/title}}`) are not HTML and are passed over.
    static func insideTag(_ text: String) -> Bool {
        var bytes = text.utf8.reversed().makeIterator()
        var previous: UInt8 = 0
        var inMustache = false
        while let byte = bytes.next() {
            defer { previous = byte }
            if inMustache {
                if byte == UInt8(ascii: "{"), previous == UInt8(ascii: "{") { inMustache = false }
                continue
            }
            if byte == UInt8(ascii: "}"), previous == UInt8(ascii: "}") {
                inMustache = true
                continue
            }
            if byte == UInt8(ascii: ">") { return false }
            if byte == UInt8(ascii: "<") { return true }
        }
        return false
    }
}
