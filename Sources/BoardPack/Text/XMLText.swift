/// XML 1.0 text and attribute escaping, shared by the feed and the sitemap.
enum XMLText {
    static func escaped(_ text: String) -> String {
        // Most text (addresses, titles) has nothing to escape or drop: it is returned as it is.
        // 0xEF may begin U+FFFE or U+FFFF, which are dropped: text with it is done scalar by scalar.
        var copy = text
        let plain = copy.withUTF8 { bytes in
            !bytes.contains { byte in
                switch byte {
                case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0xEF: true
                case 0x09, 0x0A, 0x0D: false
                default: byte < 0x20
                }
            }
        }
        if plain { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where isXMLCharacter(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// XML 1.0 cannot carry most control characters even as references: they are dropped.
    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xFFFD, 0x10000...: true
        default: false
        }
    }
}
