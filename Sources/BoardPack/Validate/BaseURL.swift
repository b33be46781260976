import Foundation

/// What `base-url` may be: an absolute http or https address with a host, and nothing that could
/// break out of a calendar line or an XML attribute (spaces, control characters, quotes, angle brackets).
enum BaseURL {
    /// Why `text` is not a usable base address, in words that finish "'base-url' …"; nil when it is.
    static func problem(_ text: String) -> String? {
        if text.isEmpty { return "is empty" }
        if text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            return "contains a space, a line break or another invisible character"
        }
        if text.contains(where: { "\"'<>\\`{}|^".contains($0) }) {
            return "contains a character an address cannot hold (\" ' < > \\ ` { } | ^)"
        }
        guard let parts = URLComponents(string: text) else {
            return "is not a well-formed address (found \"\(text)\"; a host name with letters outside a to z is written in its xn-- form)"
        }
        guard let scheme = parts.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return "is not an http:// or https:// address (found \"\(text)\")"
        }
        guard let host = parts.host, !host.isEmpty, text.lowercased().hasPrefix(scheme + "://") else {
            return "has no host name after \(scheme):// (found \"\(text)\")"
        }
        if parts.query != nil || parts.fragment != nil {
            return "has a '?' or '#' part, which page addresses cannot follow (found \"\(text)\")"
        }
        return nil
    }
}
