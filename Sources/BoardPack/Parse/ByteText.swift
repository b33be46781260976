#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level text operations for the hot path. Foundation's `components(separatedBy:)` and
/// `range(of:)` go through NSString and UTF-16 and cost more than parsing the Markdown itself;
/// these search the UTF-8 bytes directly. Needles are ASCII, so every match is on a character boundary.
enum ByteText {
    /// Byte offset of the first `needle` in `bytes` at or after `from`.
    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard from <= bytes.count, let base = bytes.baseAddress, !needle.isEmpty else { return nil }
        let first = Int32(needle[0])
        return needle.withUnsafeBufferPointer { pattern -> Int? in
            var start = from
            // memchr finds candidates for the first byte; memcmp checks the rest.
            while bytes.count - start >= pattern.count {
                guard let hit = memchr(base + start, first, bytes.count - start - pattern.count + 1) else { return nil }
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + offset, pattern.baseAddress!, pattern.count) == 0 { return offset }
                start = offset + 1
            }
            return nil
        }
    }

    /// Offset of the first `byte`, found with memchr.
    static func firstIndex(of byte: UInt8, in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstIndex(of: byte, in: $0) }
    }

    /// Whether `pattern` stands at `index` in `bytes`.
    static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index >= 0, index + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    /// Whether the scalar at `index` (before `end`) belongs to the character before it, as Swift's
    /// `Character` and Foundation's searches see it: a combining mark, a joiner, a spacing mark. Only
    /// a non-ASCII byte can, so Swift is asked only then (rarely).
    static func joinsPrevious(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        guard index < end, bytes[index] >= 0x80 else { return false }
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let probe = [UInt8(ascii: "a")] + UnsafeBufferPointer(rebasing: bytes[index..<min(end, index + length)])
        return String(decoding: probe, as: UTF8.self).count == 1
    }

    /// Offset of the first `byte` at or after `from`, found with memchr.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard let base = bytes.baseAddress, from < bytes.count,
            let hit = memchr(base + from, Int32(byte), bytes.count - from)
        else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        UTF8Scan.decoded(UnsafeBufferPointer(rebasing: bytes[range]))
    }

    /// Splits `text` at each `separator`.
    static func split(_ text: String, at separator: String) -> [String] {
        var copy = text
        let needle = Array(separator.utf8)
        return copy.withUTF8 { bytes in
            var parts: [String] = []
            var start = 0
            while let match = find(needle, in: bytes, from: start) {
                parts.append(string(bytes, start..<match))
                start = match + needle.count
            }
            parts.append(string(bytes, start..<bytes.count))
            return parts
        }
    }

    /// `text` with the first `target` replaced; unchanged when it is absent.
    static func replace(_ target: String, with replacement: String, in text: String) -> String {
        let parts = split(text, at: target)
        guard parts.count > 1 else { return text }
        return parts[0] + replacement + parts.dropFirst().joined(separator: target)
    }

    static func count(_ needle: String, in text: String) -> Int {
        var copy = text
        let pattern = Array(needle.utf8)
        return copy.withUTF8 { bytes in
            var found = 0
            var start = 0
            while let match = find(pattern, in: bytes, from: start) {
                found += 1
                start = match + pattern.count
            }
            return found
        }
    }
}

extension StringProtocol {
    /// Whitespace trimmed from both ends, without Foundation's bridging.
    var trimmed: String {
        // Most texts start and end with an ASCII byte that is not whitespace: then the first and last
        // characters are not whitespace either (a character's first scalar decides, and only a
        // Prepend scalar, never whitespace, can stand before an ASCII one in a character), and the
        // text is kept whole without walking it character by character.
        let ends = utf8.withContiguousStorageIfAvailable { bytes in (bytes.first, bytes.last) }
        if case let (first?, last?)? = ends, first < 0x80, last < 0x80, !UTF8Scan.isASCIIWhitespace(first),
            !UTF8Scan.isASCIIWhitespace(last)
        {
            return String(self)
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[first...last])
    }
}
