import Foundation
import Mustache

@testable import BoardPack

/// What no file of a public build may hold, found the way a browser would find it: a `<script>`
/// other than the site's own, an `on…=` event attribute, a `javascript:`, `vbscript:` or
/// `data:text/html` address (whatever its case, entities and embedded tabs), a frame or object, a
/// record's id or summary, or (while the paper is still exempt) an exempt paper's text.
struct PublicSiteAudit {
    /// The scripts boardpack's own templates put on pages, exactly as written there.
    static let knownScripts: [String] = DefaultTemplates.files.values.flatMap { text -> [String] in
        var found: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "<script"), let end = rest.range(of: "</script>", range: start.upperBound..<rest.endIndex) {
            let script = String(rest[start.lowerBound..<end.upperBound])
            // `{{shared}}` is the way up to the site's root (files both languages share): a page one
            // or two folders down. The search script's words are each language's built-in labels'.
            guard script.contains("{{") else {
                found.append(script)
                rest = rest[end.upperBound...]
                continue
            }
            let template = try? MustacheTemplate(string: script)
            for labels in [Labels.english, Labels(.cy)] {
                let words = SearchScriptWords(labels: labels)
                var values: [String: Any] = [:]
                for name in ["scriptPaperOne", "scriptPapers", "scriptFound", "scriptFullText", "scriptStatusLang", "scriptFullTextLang"] {
                    values[name] = words.child(named: name)
                }
                for shared in ["../", "../../"] {
                    values["shared"] = shared
                    if let text = template?.render(values) { found.append(text) }
                }
            }
            rest = rest[end.upperBound...]
        }
        return found
    }

    static let addressAttributes: Set<String> = [
        "href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset", "background", "cite", "codebase",
    ]
    static let forbiddenTags: Set<String> = ["iframe", "frame", "frameset", "object", "embed", "applet", "base"]

    /// Texts that must not appear anywhere (records, and exempt text while the paper is exempt).
    var secrets: [String]

    /// Every problem in the output folder, as `file: what`.
    func problems(in output: URL) -> [String] {
        var found: [String] = []
        let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard let data = FileManager.default.contents(atPath: url.path), !url.hasDirectoryPath else { continue }
            let path = String(url.path.dropFirst(output.path.count + 1))
            let text = String(decoding: data, as: UTF8.self)
            for secret in secrets where text.contains(secret) || Self.decoded(text).contains(secret) {
                found.append("\(path): holds '\(secret)'")
            }
            if path.hasSuffix(".html") || path.hasSuffix(".svg") {
                found += Self.markupProblems(text).map { "\(path): \($0)" }
            } else if path.hasSuffix(".xml") {
                // The feed's titles and summaries are `type="text"`: a reader shows them as text, never as HTML.
                found += Self.markupProblems(text).map { "\(path): \($0)" }
                if text.contains("type=\"html\"") || text.contains("type=\"xhtml\"") { found.append("\(path): HTML in the feed") }
            }
        }
        return found
    }

    static func markupProblems(_ page: String) -> [String] {
        var text = page
        for script in knownScripts { text = text.replacingOccurrences(of: script, with: "") }
        var found: [String] = []
        if text.range(of: "<script", options: .caseInsensitive) != nil { found.append("a script that is not the site's own") }
        for tag in tags(in: text) {
            if forbiddenTags.contains(tag.name) { found.append("a <\(tag.name)> element") }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") { found.append("an event attribute \(name)= on <\(tag.name)>") }
                guard addressAttributes.contains(name) else { continue }
                let address = String(decoded(value).unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)).lowercased()
                for scheme in ["javascript:", "vbscript:", "data:text/html"] where address.hasPrefix(scheme) || address.contains("," + scheme) {
                    found.append("\(name)=\"\(value)\" on <\(tag.name)>")
                }
            }
        }
        return found
    }

    struct Tag {
        var name: String
        var attributes: [(String, String)]
    }

    /// Start tags as an HTML tokenizer reads them (comments skipped); good enough to find attributes.
    static func tags(in text: String) -> [Tag] {
        let scalars = Array(text.unicodeScalars)
        var tags: [Tag] = []
        var index = 0
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" }
        while index < scalars.count {
            guard scalars[index] == "<", index + 1 < scalars.count else {
                index += 1
                continue
            }
            if scalars[index + 1] == "!" {
                let rest = String(String.UnicodeScalarView(scalars[index...]))
                index += (rest.range(of: "-->").map { rest.unicodeScalars.distance(from: rest.startIndex, to: $0.upperBound) } ?? scalars.count)
                continue
            }
            guard scalars[index + 1].properties.isAlphabetic else {
                index += 1
                continue
            }
            index += 1
            var name = ""
            while index < scalars.count, !isSpace(scalars[index]), scalars[index] != ">", scalars[index] != "/" {
                name.unicodeScalars.append(scalars[index])
                index += 1
            }
            var attributes: [(String, String)] = []
            while index < scalars.count, scalars[index] != ">" {
                if isSpace(scalars[index]) || scalars[index] == "/" {
                    index += 1
                    continue
                }
                var attribute = ""
                while index < scalars.count, !isSpace(scalars[index]), scalars[index] != ">", scalars[index] != "=",
                    !(scalars[index] == "/" && attribute.isEmpty)
                {
                    attribute.unicodeScalars.append(scalars[index])
                    index += 1
                }
                while index < scalars.count, isSpace(scalars[index]) { index += 1 }
                var value = ""
                if index < scalars.count, scalars[index] == "=" {
                    index += 1
                    while index < scalars.count, isSpace(scalars[index]) { index += 1 }
                    if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                        let quote = scalars[index]
                        index += 1
                        while index < scalars.count, scalars[index] != quote {
                            value.unicodeScalars.append(scalars[index])
                            index += 1
                        }
                        index += 1
                    } else {
                        while index < scalars.count, !isSpace(scalars[index]), scalars[index] != ">" {
                            value.unicodeScalars.append(scalars[index])
                            index += 1
                        }
                    }
                }
                if !attribute.isEmpty { attributes.append((attribute.lowercased(), value)) }
            }
            tags.append(Tag(name: name.lowercased(), attributes: attributes))
        }
        return tags
    }

    /// Character references decoded once, as a browser decodes an attribute or a feed reader a feed.
    static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n",
            "lpar": "(", "rpar": ")", "sol": "/", "nbsp": "\u{A0}",
        ]
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "#" }
            var scalar: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap { Unicode.Scalar($0) }.map { String($0) }
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst()).flatMap { Unicode.Scalar($0) }.map { String($0) }
            } else {
                scalar = named[name.lowercased()]
            }
            if let scalar, !name.isEmpty {
                result += scalar
                var next = after[name.endIndex...]
                if next.first == ";" { next = next.dropFirst() }
                rest = next
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }
}
