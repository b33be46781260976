/// The kinds of field of the cache's paper records (see `PaperRecord.write`), each read in turn,
/// never by position in a split line. Numbers are in decimal, so the cache stays UTF-8 text: an
/// integer ends with `;` (a negative one starts with `-`); a count ends with `:`; text is its UTF-8
/// length as a count, then its bytes, whatever they are (tabs, line breaks); a list is a count, then
/// each entry as text; a flag is one character, `0` or `1`.
enum RecordBytes {
    struct Writer {
        var bytes: [UInt8] = []

        mutating func flag(_ value: Bool) { bytes.append(value ? 0x31 : 0x30) }

        mutating func unsigned(_ value: UInt64) {
            bytes.append(contentsOf: String(value).utf8)
            bytes.append(0x3B)
        }

        mutating func integer(_ value: Int64) {
            bytes.append(contentsOf: String(value).utf8)
            bytes.append(0x3B)
        }

        mutating func count(_ value: Int) {
            bytes.append(contentsOf: String(value).utf8)
            bytes.append(0x3A)
        }

        mutating func text(_ value: String) {
            count(value.utf8.count)
            bytes.append(contentsOf: value.utf8)
        }

        mutating func list(_ values: [String]) {
            count(values.count)
            for value in values { text(value) }
        }
    }

    /// Reads records from a buffer that outlives it (see `PaperRecord.decode`).
    struct Reader {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var position = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var atEnd: Bool { position >= bytes.count }
        /// How many bytes have been read.
        var offset: Int { position }

        mutating func flag() -> Bool? {
            guard position < bytes.count else { return nil }
            defer { position += 1 }
            switch bytes[position] {
            case 0x30: return false
            case 0x31: return true
            default: return nil
            }
        }

        /// Digits up to `terminator`, after a '-' if `signed`; nil on anything else, or past `limit`.
        private mutating func number(terminator: UInt8, signed: Bool, limit: UInt64) -> (negative: Bool, magnitude: UInt64)? {
            var index = position
            let negative = signed && index < bytes.count && bytes[index] == 0x2D
            if negative { index += 1 }
            var value: UInt64 = 0
            let start = index
            while index < bytes.count, bytes[index] != terminator {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflowAgain) = shifted.addingReportingOverflow(UInt64(byte - 0x30))
                guard !overflow, !overflowAgain, sum <= limit else { return nil }
                value = sum
                index += 1
            }
            guard index > start, index < bytes.count else { return nil }
            position = index + 1
            return (negative, value)
        }

        mutating func unsigned() -> UInt64? { number(terminator: 0x3B, signed: false, limit: .max)?.magnitude }

        mutating func integer() -> Int64? {
            guard let (negative, magnitude) = number(terminator: 0x3B, signed: true, limit: UInt64(Int64.max) + 1) else { return nil }
            if negative { return magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude) }
            return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
        }

        mutating func count() -> Int? { number(terminator: 0x3A, signed: false, limit: UInt64(Int32.max)).map { Int($0.magnitude) } }

        /// Text that is not valid UTF-8 is damage.
        mutating func text() -> String? {
            guard let length = count(), length <= bytes.count - position else { return nil }
            defer { position += length }
            return String(validating: UnsafeBufferPointer(rebasing: bytes[position..<(position + length)]), as: UTF8.self)
        }

        mutating func list() -> [String]? {
            guard let count = count(), count <= bytes.count - position else { return nil }
            var values: [String] = []
            values.reserveCapacity(count)
            for _ in 0..<count {
                guard let value = text() else { return nil }
                values.append(value)
            }
            return values
        }
    }
}
