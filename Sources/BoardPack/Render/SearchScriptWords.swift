/// The words the search page's script writes ("12 papers found for “budget”"), from the page's
/// labels, as JavaScript expressions put into the script: the English page's script reads exactly
/// as it did when the words were written in it, and another language's speaks that language
/// where its labels (built in, or the project's `templates/labels.<lang>.yaml`) give the words.
struct SearchScriptWords {
    var labels: Labels

    /// The keys whose words the script writes into the status line.
    static let statusKeys = ["search.papers_one", "search.papers_other", "search.found", "search.found_for"]

    func child(named name: String) -> Any? {
        switch name {
        // `papers(number)`: "1 paper", or "12 papers".
        case "scriptPaperOne": Self.expression(labels["search.papers_one"], [:])
        case "scriptPapers": Self.expression(labels["search.papers_other"], ["count": "number"])
        // "12 papers found", with " for “budget”" when there is a query.
        case "scriptFound": found
        // The search box's label once the full text can be searched.
        case "scriptFullText": Self.expression(labels["search.label_full_text"], [:])
        // The `lang` of words the page's language lacks (shown in the words it borrows).
        case "scriptStatusLang": Self.statusKeys.lazy.compactMap(labels.lang).first
        case "scriptFullTextLang": labels.lang("search.label_full_text")
        default: nil
        }
    }

    /// `papers(found.length) + " found" + (query ? " for \u201c" + query + "\u201d" : "")`: the
    /// words for a query added to those without one where the labels allow, else either whole.
    var found: String {
        let values = ["papers": "papers(found.length)", "query": "query"]
        let plain = labels["search.found"], forQuery = labels["search.found_for"]
        if forQuery.hasPrefix(plain), !plain.isEmpty {
            let rest = String(forQuery.dropFirst(plain.count))
            return Self.expression(plain, values) + " + (query ? " + Self.expression(rest, values) + " : \"\")"
        }
        return "(query ? " + Self.expression(forQuery, values) + " : " + Self.expression(plain, values) + ")"
    }

    /// `text` as a JavaScript expression: its words as string literals, each `{name}` of `values`
    /// as the expression given for it, joined with `+`.
    static func expression(_ text: String, _ values: [String: String]) -> String {
        let parts = Labels.pieces(text, fill: values).map { $0.isValue ? $0.text : quoted($0.text) }
        return parts.isEmpty ? quoted("") : parts.joined(separator: " + ")
    }

    /// A JavaScript string literal, in ASCII: anything else, and what could end the script or
    /// the literal, as `\uXXXX`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for unit in text.utf16 {
            switch unit {
            case 0x22: result += "\\\""
            case 0x5C: result += "\\\\"
            case 0x20...0x7E where unit != 0x3C && unit != 0x3E && unit != 0x26:
                result.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default:
                let hex = String(unit, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return result + "\""
    }
}
