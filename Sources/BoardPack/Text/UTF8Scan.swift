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

extension UTF8Scan {
    /// Offset of the first byte at or after `from` that is not ASCII (`bytes.count` if none),
    /// eight bytes at a time.
    @inline(__always)
    static func firstNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return bytes.count }
        var index = from
        while index + 8 <= bytes.count {
            let high = base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080
            if high != 0 { return index + high.littleEndian.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count, bytes[index] < 0x80 { index += 1 }
        return index
    }

    /// The bytes as `String(decoding:as: UTF8.self)` makes them: each ill-formed sequence becomes U+FFFD.
    static func decoded(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        assemble(bytes) { String(decoding: $0, as: UTF8.self) } ?? String(decoding: bytes, as: UTF8.self)
    }

    static func decoded(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { decoded($0) }
    }

    /// The bytes as `String(validating:as: UTF8.self)` makes them: nil unless well-formed UTF-8.
    static func validated(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        assemble(bytes) { String(validating: $0, as: UTF8.self) }
    }

    /// Faster than Swift's own on mostly ASCII text such as a paper or its HTML: Swift's check goes
    /// byte by byte once it meets one non-ASCII byte, and here it is asked only about the runs of
    /// non-ASCII bytes (`run`). An ASCII byte never belongs to a multi-byte sequence, so cutting the
    /// text there changes nothing.
    @inline(__always)
    private static func assemble(_ bytes: UnsafeBufferPointer<UInt8>, _ run: (UnsafeBufferPointer<UInt8>) -> String?) -> String? {
        var index = firstNonASCII(bytes, from: 0)
        if index == bytes.count { return String(decoding: bytes, as: UTF8.self) }
        var result = ""
        result.reserveCapacity(bytes.count + 16)
        result += String(decoding: UnsafeBufferPointer(rebasing: bytes[..<index]), as: UTF8.self)
        while index < bytes.count {
            var end = index + 1
            while end < bytes.count, bytes[end] >= 0x80 { end += 1 }
            guard let text = run(UnsafeBufferPointer(rebasing: bytes[index..<end])) else { return nil }
            result += text
            index = firstNonASCII(bytes, from: end)
            if index > end { result += String(decoding: UnsafeBufferPointer(rebasing: bytes[end..<index]), as: UTF8.self) }
        }
        return result
    }
}
