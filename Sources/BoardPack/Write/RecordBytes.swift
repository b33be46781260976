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

    struct Reader {
        private let bytes: ArraySlice<UInt8>
        private var position: Int

        init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            position = bytes.startIndex
        }

        var atEnd: Bool { position >= bytes.endIndex }

        mutating func flag() -> Bool? {
            guard position < bytes.endIndex else { return nil }
            defer { position += 1 }
            switch bytes[position] {
            case 0x30: return false
            case 0x31: return true
            default: return nil
            }
        }

        /// Digits up to `terminator`, with a '-' first if `signed`; nil on anything else or overflow.
        private mutating func number<N: FixedWidthInteger>(_: N.Type, terminator: UInt8) -> N? {
            var index = position
            let negative = N.isSigned && index < bytes.endIndex && bytes[index] == 0x2D
            if negative { index += 1 }
            var value: N = 0
            var digits = 0
            while index < bytes.endIndex, bytes[index] != terminator {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
                let digit = N(byte - 0x30)
                let (sum, overflowAgain) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
                guard !overflow, !overflowAgain else { return nil }
                value = sum
                digits += 1
                index += 1
            }
            guard digits > 0, index < bytes.endIndex else { return nil }
            position = index + 1
            return value
        }

        mutating func unsigned() -> UInt64? { number(UInt64.self, terminator: 0x3B) }

        mutating func integer() -> Int64? { number(Int64.self, terminator: 0x3B) }

        mutating func count() -> Int? { number(Int.self, terminator: 0x3A) }

        /// Text that is not valid UTF-8 is damage.
        mutating func text() -> String? {
            guard let length = count(), length <= bytes.endIndex - position else { return nil }
            defer { position += length }
            return String(validating: bytes[position..<(position + length)], as: UTF8.self)
        }

        mutating func list() -> [String]? {
            guard let count = count(), count <= bytes.endIndex - position else { return nil }
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
