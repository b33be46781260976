/// The packs' stylesheet in a language: its "Page N of M" (`content:` with the page counters)
/// written with that language's `pages.of` label, once per pack rendered in a language other than the main one.
enum PackStylesheet {
    /// `css` with the English "Page N of M" rule's text in `labels`' words; as it is when it has none.
    static func localized(_ css: String, labels: Labels) -> String {
        let english = content(Labels.english["pages.of"])
        let own = content(labels["pages.of"])
        guard english != own, css.contains(english) else { return css }
        return css.replacingOccurrences(of: english, with: own)
    }

    /// "Page {page} of {pages}" as CSS: `"Page " counter(page) " of " counter(pages)`.
    static func content(_ label: String) -> String {
        var parts: [String] = []
        var rest = label[...]
        while let open = rest.range(of: "{") {
            let name = rest[open.upperBound...].prefix { $0 != "}" }
            guard name == "page" || name == "pages", rest[open.upperBound...].dropFirst(name.count).hasPrefix("}") else {
                break
            }
            if open.lowerBound > rest.startIndex { parts.append(quoted(rest[..<open.lowerBound])) }
            parts.append("counter(\(name))")
            rest = rest[open.upperBound...].dropFirst(name.count + 1)
        }
        if !rest.isEmpty { parts.append(quoted(rest)) }
        return parts.joined(separator: " ")
    }

    private static func quoted(_ text: Substring) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
