import Testing

@testable import BoardPack

/// The byte-level fast paths of the site-wide lists give exactly what the scalar-by-scalar
/// definitions give, for ASCII and for every kind of non-ASCII text.
@Suite struct TextFastPathTests {
    static let samples: [String] = [
        "", " ", "\n", "plain words", " leading", "trailing ", "trailing\n", "two  spaces", "tab\tand\nnewline\r\n",
        "line one\nline two\n\n", "\u{A0}no-break\u{A0}", "em\u{2003}space", "ideographic\u{3000}space", "next\u{85}line",
        "ogham\u{1680}mark", "narrow\u{202F}space", "maths\u{205F}space", "line\u{2028}separator\u{2029}para",
        "zero\u{200B}width is not a space", "Cymraeg: ŵ ŷ â\u{A0} ", "café\u{301} e\u{301}", "emoji 👩‍👩‍👧 and flags 🇬🇧",
        "quotes \" and \\ back", "control \u{1} \u{1F} \u{7F}", "xml & < > ' \"", "not a char \u{FFFE}\u{FFFF} \u{FFFD}",
        "\u{EFFF}\u{E000} private use", "mixed\u{A0}\n\t \u{2009}runs  ", "\u{FEFF}bom", "\r\r\r", "a",
    ]

    /// The definitions the fast paths replace.
    static func plainReference(_ summary: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in summary.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                result.unicodeScalars.append(scalar)
                pendingSpace = false
            }
        }
        return result
    }

    static func quotedReference(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20:
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func xmlReference(_ text: String) -> String {
        let entities: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;"]
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xFFFD, 0x10000...: out += entities[scalar] ?? String(scalar)
            default: continue
            }
        }
        return out
    }

    @Test(arguments: samples) func plainSummaryIsTheScalarDefinition(_ text: String) {
        #expect(PaperListing.plainSummary(text) == Self.plainReference(text))
        #expect(PaperListing.plainSummary(text).utf8.elementsEqual(Self.plainReference(text).utf8))
    }

    @Test func everyWhitespaceScalarIsFoundOnTheBytes() {
        // Every scalar, whitespace or not, answered on its bytes as Unicode's property answers.
        var wrong: [UInt32] = []
        var spaces = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var bytes: [UInt8] = [0x61]
            bytes += Array(String(scalar).utf8)
            let found = bytes.withUnsafeBufferPointer { UTF8Scan.isWhitespace($0, at: 1) }
            if found != scalar.properties.isWhitespace { wrong.append(value) }
            if found { spaces += 1 }
        }
        #expect(wrong.isEmpty)
        #expect(spaces == 25)
    }

    @Test(arguments: samples) func jsonQuotingIsTheScalarDefinition(_ text: String) {
        #expect(JSONText.quoted(text) == Self.quotedReference(text))
        var out = "[1,"
        JSONText.append(quoted: text, to: &out)
        #expect(out == "[1," + Self.quotedReference(text))
    }

    @Test(arguments: samples) func xmlEscapingIsTheScalarDefinition(_ text: String) {
        #expect(XMLText.escaped(text).utf8.elementsEqual(Self.xmlReference(text).utf8))
    }

    @Test func sortingByPositionKeepsSortedOrder() throws {
        let papers = try FeedFixtures.papers()
        for order in [papers, papers.reversed(), papers + papers] {
            #expect(PaperListing.sortedNewestFirst(order) == order.sorted(by: PaperListing.newestFirst))
        }
    }
}
