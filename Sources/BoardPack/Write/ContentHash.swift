/// A 64-bit digest of bytes: stable across runs and machines (unlike `Hasher`), for knowing whether
/// a file's bytes changed. Eight bytes a step, with a multiply-and-shift mix per word and
/// MurmurHash3's finaliser: fast enough to hash every page of a large site on each build.
public struct ContentHash: Sendable {
    public private(set) var state: UInt64 = 0x243F_6A88_85A3_08D3
    private var length: UInt64 = 0

    public init() {}

    public var value: UInt64 {
        var hash = state ^ length
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }

    public mutating func add(bytes: UnsafeRawBufferPointer) {
        var hash = state
        let words = bytes.count / 8
        for index in 0..<words {
            hash = mix(hash, bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
        }
        var tail: UInt64 = 0
        for index in (words * 8)..<bytes.count {
            tail = tail << 8 | UInt64(bytes[index])
        }
        if bytes.count % 8 != 0 { hash = mix(hash, tail) }
        state = hash
        length &+= UInt64(bytes.count)
    }

    @inline(__always)
    private func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        var mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        mixed ^= mixed >> 29
        return mixed
    }

    public mutating func add(_ text: String) {
        var copy = text
        copy.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        withUnsafeBytes(of: UInt64(0xFF)) { add(bytes: $0) }
    }

    public static func of(_ bytes: [UInt8]) -> UInt64 {
        var hash = ContentHash()
        bytes.withUnsafeBytes { hash.add(bytes: $0) }
        return hash.value
    }

    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
