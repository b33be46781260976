/// The cache file's lines, read as bytes (see `BuildCache.parse`).
struct CacheLineReader {
    struct Line {
        /// 1-based, for the warning about a damaged line.
        var number: Int
        var text: UnsafeBufferPointer<UInt8>.SubSequence
    }

    private let buffer: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var number = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

    /// The next `length` bytes, whatever they hold (the paper records); nil if there are fewer.
    mutating func take(_ length: Int) -> Range<Int>? {
        guard length >= 0, buffer.count - position >= length else { return nil }
        defer { position += length }
        return position..<(position + length)
    }

    /// The next line that is not empty, without its line break.
    mutating func nextLine() -> Line? {
        while position < buffer.count {
            let start = position
            var end = start
            while end < buffer.count, buffer[end] != 0x0A { end += 1 }
            position = end + 1
            number += 1
            if end > start { return Line(number: number, text: buffer[start..<end]) }
        }
        return nil
    }
}

/// The space-separated fields of an `in`, `out` or `records` line: `in SIZE MODIFIED CHANGED INODE PATH`,
/// `out SIZE MODIFIED CHANGED INODE HASH PATH`. The path comes last, so it may hold spaces.
struct CacheFields {
    private let text: UnsafeBufferPointer<UInt8>.SubSequence
    private var position: Int
    /// The line's first word (up to a space or tab): what kind of line it is.
    let kind: Substring

    init(_ text: UnsafeBufferPointer<UInt8>.SubSequence) {
        self.text = text
        var end = text.startIndex
        while end < text.endIndex, text[end] != 0x20, text[end] != 0x09 { end += 1 }
        kind = Substring(decoding: text[text.startIndex..<end], as: UTF8.self)
        position = end
    }

    /// The next field, after one space; nil at the end of the line.
    private mutating func field() -> UnsafeBufferPointer<UInt8>.SubSequence? {
        guard position < text.endIndex, text[position] == 0x20 else { return nil }
        let start = position + 1
        var end = start
        while end < text.endIndex, text[end] != 0x20 { end += 1 }
        position = end
        return text[start..<end]
    }

    /// A whole number in decimal (a signed one may start with '-') or hexadecimal; nil if the
    /// field is missing, empty, holds anything else or overflows.
    private mutating func number<N: FixedWidthInteger>(_: N.Type, radix: N = 10) -> N? {
        guard var digits = field() else { return nil }
        let negative = N.isSigned && digits.first == 0x2D
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var value: N = 0
        for byte in digits {
            let digit: N
            switch byte {
            case 0x30...0x39: digit = N(byte - 0x30)
            case 0x61...0x66 where radix == 16: digit = N(byte - 0x61 + 10)
            case 0x41...0x46 where radix == 16: digit = N(byte - 0x41 + 10)
            default: return nil
            }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflowAgain) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflow, !overflowAgain else { return nil }
            value = sum
        }
        return value
    }

    /// Size, modified, changed and inode.
    mutating func stamp() -> FileStamp? {
        guard let size = number(Int64.self), let modified = number(Int64.self), let changed = number(Int64.self),
            let inode = number(UInt64.self)
        else { return nil }
        return FileStamp(size: size, modifiedNanoseconds: modified, changedNanoseconds: changed, inode: inode)
    }

    mutating func hex() -> UInt64? { number(UInt64.self, radix: 16) }

    mutating func count() -> Int? { number(Int.self) }

    /// Everything after the next space, as it is (escaped); nil if there is none or it is not UTF-8.
    mutating func rest() -> String? {
        guard position < text.endIndex, text[position] == 0x20 else { return nil }
        let rest = text[(position + 1)...]
        position = text.endIndex
        return String(validating: rest, as: UTF8.self)
    }
}
