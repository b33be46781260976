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
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base, Int32(byte), buffer.count) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
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
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[first...last])
    }
}
