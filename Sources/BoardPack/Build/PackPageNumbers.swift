/// The contents' page numbers written into a pack before it is printed, once a first layout has
/// said where each item starts and ends: "Page 7" for a one-page item, "Pages 4–7" for more.
/// CSS alone can print only "Pages 7–7".
enum PackPageNumbers {
    static let opening = ##"<span class="pages">Pages <a class="page-from" href="#"##
    /// An appendix's entry, which gives only the page it starts on.
    static let startOnly = ##"<span class="pages">Page <a class="page-from" href="#"##

    static func fill(_ html: String, pages: [String: Int]) -> String {
        let ranges = replacing(html, opening: opening) { anchor in
            guard let first = pages[anchor], let last = pages[anchor + "-end"] else { return nil }
            return text(first, max(first, last))
        }
        return replacing(ranges, opening: startOnly) { anchor in pages[anchor].map { "Page \($0)" } }
    }

    /// Each `<span class="pages">` that starts with `opening` made plain text, where `text` gives one
    /// for the anchor it points at; the others are left for the stylesheet.
    private static func replacing(_ html: String, opening: String, text: (String) -> String?) -> String {
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: opening) {
            result += rest[..<start.lowerBound]
            let anchor = String(rest[start.upperBound...].prefix { $0 != "\"" })
            guard let end = rest[start.upperBound...].range(of: "</span>"), let replacement = text(anchor) else {
                result += rest[start]
                rest = rest[start.upperBound...]
                continue
            }
            result += #"<span class="pages">"# + replacement + "</span>"
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    /// The PDFs attached in a pack, from their sections' `data-pdf` and `data-pages`.
    static func attachedPDFs(_ html: String) -> [(anchor: String, href: String, pages: Int)] {
        var found: [(anchor: String, href: String, pages: Int)] = []
        var rest = html[...]
        while let start = rest.range(of: #"<section class="attachment attachment-pdf" id=""#) {
            let tag = rest[start.upperBound...].prefix { $0 != ">" }
            rest = rest[tag.endIndex...]
            let anchor = tag.prefix { $0 != "\"" }
            guard let href = value("data-pdf", in: tag), let pages = value("data-pages", in: tag).flatMap({ Int($0) }) else { continue }
            found.append((String(anchor), href.replacingOccurrences(of: "&amp;", with: "&"), pages))
        }
        return found
    }

    private static func value(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        return String(tag[range.upperBound...].prefix { $0 != "\"" })
    }

    static func text(_ first: Int, _ last: Int) -> String {
        first == last ? "Page \(first)" : "Pages \(first)–\(last)"
    }
}
