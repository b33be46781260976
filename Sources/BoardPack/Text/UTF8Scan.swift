/// Unicode questions answered on UTF-8 bytes, for the site-wide lists' hot loops: ASCII is
/// answered from the byte, and only a lead byte that may begin a non-ASCII answer is decoded.
enum UTF8Scan {
    /// The number of bytes of the scalar that `lead` begins (1 for a stray continuation byte).
    @inline(__always)
    static func length(of lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Tab, line feed, vertical tab, form feed, carriage return and space: ASCII's White_Space.
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// Whether the scalar at `index` has Unicode's White_Space property, as
    /// `Unicode.Scalar.Properties.isWhitespace` says. Outside ASCII, every such scalar
    /// (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) begins with
    /// 0xC2, 0xE1, 0xE2 or 0xE3: only those are decoded and asked.
    static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        if lead < 0x80 { return isASCIIWhitespace(lead) }
        guard lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 else { return false }
        let length = length(of: lead)
        guard index + length <= bytes.count else { return false }
        var value = UInt32(lead) & (length == 2 ? 0x1F : 0x0F)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }
}
