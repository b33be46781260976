/// One bilingual pack (`bilingual_packs: true`): the Welsh pack complete, then the English pack
/// complete, in one document (the "back to back" layout of the Welsh Language Commissioner's
/// Bilingual Design Guide, Welsh first as Gwynedd and the Vale of Glamorgan ask), titled as the
/// Welsh pack: a `<title>` cannot mark the English one's words with their language. Made from the two
/// packs as rendered for their own files, so both halves print exactly what those do: the same
/// exempt rules, words, type and size.
///
/// Each half is a `<div class="pack-half pack-cy" lang="…">` (`pack-en`) with the `lang` its own pack has; the English
/// half's ids, and the links and references to them, are prefixed `en-`, so every id is unique and
/// the English contents link the English items. Printed, each half has its own named pages, so its
/// footer says "Tudalen N o M" or "Page N of M" over the page numbers of the whole document.
enum BilingualPack {
    /// Where each half starts: `PackPageNumbers` writes each half's page numbers in its words.
    static let halfStart = #"<div class="pack-half pack-"#
    /// The prefix of the English half's ids.
    static let englishPrefix = "en-"
    /// The paragraph a single-language pack links the bilingual one with, left out of the halves.
    static let linkStart = #"<p class="bilingual-pack">"#

    /// The two packs as one document; nil when either is not a pack the template made
    /// (no `<html lang>`, `<title>` or `<body>`).
    /// `css`: the packs' stylesheet; `welshPages`, `englishPages`: "Page N of M" in each language.
    static func joined(welsh: String, english: String, css: String, welshPages: String, englishPages: String) -> String? {
        guard let cy = Half(welsh), var en = Half(english) else { return nil }
        en.body = prefixed(en.body, with: englishPrefix)
        return """
            <!DOCTYPE html>
            <html lang="\(cy.lang)">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>\(cy.title)</title>
            <style>
            \(css)
            \(stylesheet(welshPages: welshPages, englishPages: englishPages))
            </style>
            </head>
            <body>
            <main>
            \(halfStart)cy" lang="\(cy.lang)">
            \(cy.body)</div>
            \(halfStart)en" lang="\(en.lang)">
            \(en.body)</div>
            </main>
            </body>
            </html>

            """
    }

    /// Each half on pages of its own name: a cover page with no running header (as `@page :first`
    /// gives a single pack's), then pages whose footer numbers them in the half's language.
    /// `welshPages`, `englishPages`: "Page N of M" as CSS content (`PackStylesheet.content`).
    static func stylesheet(welshPages: String, englishPages: String) -> String {
        """
        /* One bilingual pack: the Welsh pack, then the English one, each on pages of its own. */
        @media screen { .pack-en { border-top: 4px solid #0b0c0c; margin-top: 3rem; } }
        .pack-cy { page: pack-cy; }
        .pack-en { page: pack-en; }
        .pack-cy > .cover { page: cover-cy; }
        /* The English cover starts the English pack's running header again, with no item yet. */
        .pack-en > .cover { page: cover-en; string-set: meeting attr(data-running), footer attr(data-footer), item ""; }
        @page pack-cy { @bottom-right { content: \(welshPages); } }
        @page pack-en { @bottom-right { content: \(englishPages); } }
        @page cover-cy { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: \(welshPages); } }
        @page cover-en { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: \(englishPages); } }
        """
    }

    /// A single pack's parts that the bilingual one takes.
    struct Half {
        var lang: String
        var title: String
        var body: String

        init?(_ html: String) {
            guard let langStart = html.range(of: #"<html lang=""#),
                let titleStart = html.range(of: "<title>"), let titleEnd = html.range(of: "</title>", range: titleStart.upperBound..<html.endIndex),
                let bodyTag = html.range(of: "<body"), let bodyStart = html.range(of: ">", range: bodyTag.upperBound..<html.endIndex),
                let bodyEnd = html.range(of: "</body>", options: .backwards)
            else { return nil }
            lang = String(html[langStart.upperBound...].prefix { $0 != "\"" })
            title = String(html[titleStart.upperBound..<titleEnd.lowerBound])
            var body = String(html[bodyStart.upperBound..<bodyEnd.lowerBound].drop { $0 == "\n" })
            // One document has one main: each half's becomes a division of it.
            body = body.replacingOccurrences(of: "\n<main>\n", with: "\n<div class=\"pack-main\">\n")
                .replacingOccurrences(of: "\n</main>\n", with: "\n</div>\n")
            // A half does not link the document it is in.
            if let link = body.range(of: linkStart), let end = body.range(of: "</p>\n", range: link.upperBound..<body.endIndex) {
                body.removeSubrange(link.lowerBound..<end.upperBound)
            }
            self.body = body
        }
    }

    /// Attributes whose value is an id, or ids separated by spaces.
    static let idAttributes = [" id=\"", " aria-labelledby=\"", " aria-describedby=\"", " aria-controls=\"", " headers=\"", " for=\""]
    /// Attributes whose value is a link, of which those to `#id` are changed.
    static let linkAttributes = [" href=\"#", " xlink:href=\"#"]

    /// `html` with every id prefixed with `prefix`, and every reference to one (`href="#…"`,
    /// `aria-labelledby`, `headers`, `for`) changed with it. Values are as the templates and
    /// cmark-gfm write them: in double quotes, with any quote in them escaped.
    static func prefixed(_ html: String, with prefix: String) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count + html.utf8.count / 50)
        var rest = html[...]
        while let quote = rest.range(of: "=\"") {
            let before = rest[..<quote.upperBound]
            result += before
            rest = rest[quote.upperBound...]
            let isLink = linkAttributes.contains { before.hasSuffix($0.dropLast()) } && rest.hasPrefix("#")
            guard isLink || idAttributes.contains(where: { before.hasSuffix($0) }) else { continue }
            let value = rest.prefix { $0 != "\"" }
            if isLink {
                result += "#" + prefix + value.dropFirst()
            } else {
                result += value.split(separator: " ", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : prefix + $0 }
                    .joined(separator: " ")
            }
            rest = rest[value.endIndex...]
        }
        return result + rest
    }
}
