/// Puts a language's labels into a template's source before Mustache compiles it (issue 13), so a
/// page renders no more tags than it did when its labels were written in the template.
///
/// A template writes a label as `{{labels.key}}` (escaped, as Mustache escapes a variable) or
/// `{{{labels.key}}}` (as written). A label's `{name}` placeholders become the Mustache variable
/// `{{name}}`, or `{{path}}` where the tag says `name=path`:
/// `{{labels.page.published_by organisation=site.organisation}}`.
///
/// A label the page's language does not have (no glossary Welsh, no `labels.cy.yaml` line) is
/// printed in the main language's words: as element text wrapped in `<span lang="en">` so that a
/// screen reader switches voice; inside a tag (an attribute) as it is.
struct TemplateLabels {
    var labels: Labels
    /// The keys `labels` gives in another language's words, and that language's `lang` code.
    var foreign: Set<String>
    var foreignCode: String

    init(_ labels: Labels, untranslated: Set<String>, fallbackCode: String = Language.en.rawValue) {
        self.labels = labels
        foreign = untranslated
        foreignCode = fallbackCode
    }

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
            if foreign.contains(key), Self.endsWithOptionTag(output) {
                output.removeLast()
                output += " lang=\"\(foreignCode)\">" + text(key, paths: paths, escaped: !triple, inTag: true)
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
        var text = labels[key]
        // Element text as the template's own text was: only what HTML needs escaped there. In a
        // tag, an attribute's value, as Mustache escapes a variable.
        if escaped { text = inTag ? HTMLText.escaped(text) : Self.escapedText(text) }
        // A label's own text never opens a Mustache tag.
        text = text.replacingOccurrences(of: "{{", with: "&#123;&#123;")
        if let definition = LabelCatalogue.definition(key) {
            for name in definition.placeholders {
                text = text.replacingOccurrences(of: "{\(name)}", with: "{{\(paths[name] ?? name)}}")
            }
        }
        guard foreign.contains(key), !inTag else { return text }
        return "<span lang=\"\(foreignCode)\">\(text)</span>"
    }

    /// A label as a template's `{{labels.key}}` is written in (a key without placeholders), for a
    /// part a view renders in the tags' place: as element text or, `inTag`, an attribute's value.
    static func written(_ labels: Labels, _ key: String, inTag: Bool) -> String {
        let text = labels[key]
        // Most labels are as they are: nothing to escape, no `{`, not borrowed from another language.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0x7B })
            || labels.borrowed.contains(key)
        else { return text }
        return TemplateLabels(labels, untranslated: labels.borrowed).text(key, paths: [:], escaped: true, inTag: inTag)
    }

    /// A label as element text in HTML a view writes: escaped, and marked with the main language's
    /// `lang` where `labels` borrows it from there.
    static func html(_ labels: Labels, _ key: String, main: Language = .en) -> String {
        let text = escapedText(labels[key])
        return labels.borrowed.contains(key) ? "<span lang=\"\(main.rawValue)\">\(text)</span>" : text
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
