/// The contents' page numbers written into a pack before it is printed, once a first layout has
/// said where each item starts and ends: "Page 7" for a one-page item, "Pages 4–7" for more.
/// CSS alone can print only "Pages 7–7".
enum PackPageNumbers {
    static let span = #"<span class="pages">"#
    static let from = ##"<a class="page-from" href="#"##
    /// Only an entry with an end (an item's) has this; an appendix's gives the page it starts on.
    static let to = #"class="page-to""#

    /// The pack's contents with their page numbers as text, in `labels`' words ("Pages 4–7",
    /// "Tudalennau 4–7"); whatever words the pack printed before its numbers are replaced.
    static func fill(_ html: String, pages: [String: Int], labels: Labels = .english) -> String {
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: span) {
            result += rest[..<start.lowerBound]
            let inside = rest[start.upperBound...]
            guard let end = inside.range(of: "</span>"), let link = inside[..<end.lowerBound].range(of: from) else {
                result += rest[start]
                rest = rest[start.upperBound...]
                continue
            }
            let entry = inside[..<end.lowerBound]
            let anchor = String(entry[link.upperBound...].prefix { $0 != "\"" })
            let replacement: String?
            if entry.contains(to) {
                replacement = pages[anchor].flatMap { first in pages[anchor + "-end"].map { text(first, max(first, $0), labels: labels) } }
            } else {
                replacement = pages[anchor].map { labels.text("pages.single", ["page": String($0)]) }
            }
            guard let replacement else {
                result += rest[start]
                rest = rest[start.upperBound...]
                continue
            }
            result += span + HTMLText.escaped(replacement) + "</span>"
            rest = inside[end.upperBound...]
        }
        return result + rest
    }

    /// The pack with its contents' page numbers in its language's words (`labels(of:)`); a bilingual
    /// pack's in each half's own (`BilingualPack`): "Tudalennau 4–7" in the Welsh half, "Pages 30–33"
    /// in the English one.
    static func fill(_ html: String, pages: [String: Int], tables: [Language: Labels]) -> String {
        let halves = html.ranges(of: BilingualPack.halfStart)
        guard let first = halves.first else { return fill(html, pages: pages, labels: labels(of: html, tables: tables)) }
        var result = String(html[..<first.lowerBound])
        for (index, half) in halves.enumerated() {
            let part = html[half.lowerBound..<(index + 1 < halves.count ? halves[index + 1].lowerBound : html.endIndex)]
            let tag = part.prefix { $0 != ">" }
            result += fill(String(part), pages: pages, labels: labels(after: #" lang=""#, in: tag, tables: tables))
        }
        return result
    }

    /// The labels of the language a pack's `<html lang>` names: the project's (`tables`, with its
    /// `templates/labels.<lang>.yaml` on top), or the built-in ones; English when it names none.
    static func labels(of html: String, tables: [Language: Labels] = [:]) -> Labels {
        labels(after: #"<html lang=""#, in: html[...], tables: tables)
    }

    private static func labels(after attribute: String, in html: Substring, tables: [Language: Labels]) -> Labels {
        guard let start = html.range(of: attribute) else { return .english }
        let code = html[start.upperBound...].prefix { $0 != "\"" }
        guard let language = Language(code: String(code)), language != .en else { return .english }
        return tables[language] ?? Labels(language)
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

    static func text(_ first: Int, _ last: Int, labels: Labels = .english) -> String {
        first == last ? labels.text("pages.single", ["page": String(first)])
            : labels.text("pages.range", ["first": String(first), "last": String(last)])
    }
}
