/// A 64-bit FNV-1a digest: stable across runs and machines (unlike `Hasher`), for knowing whether
/// a file's bytes changed.
public struct ContentHash: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        var hash = value
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        value = hash
    }

    public mutating func add(_ text: String) {
        var copy = text
        copy.withUTF8 { add(bytes: $0) }
        add(bytes: [0xFF])  // a separator that UTF-8 text never contains
    }

    public static func of(_ bytes: [UInt8]) -> UInt64 {
        var hash = ContentHash()
        bytes.withUnsafeBufferPointer { hash.add(bytes: $0) }
        return hash.value
    }

    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
