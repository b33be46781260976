/// Minimal JSON string quoting, so that diagnostics and data files need no encoder.
public enum JSONText {
    public static func quoted(_ text: String) -> String {
        var out = ""
        append(quoted: text, to: &out)
        return out
    }

    /// Appends `text` quoted: as it is between the quotes when nothing in it needs escaping (a
    /// quote, a backslash or a control character), as most titles and summaries do not.
    static func append(quoted text: String, to out: inout String) {
        var copy = text
        let plain = copy.withUTF8 { bytes in !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } }
        if plain {
            out += "\""
            out += text
            out += "\""
            return
        }
        out += "\""
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
        out += "\""
    }
}
