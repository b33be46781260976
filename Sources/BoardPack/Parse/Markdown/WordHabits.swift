/// Habits that papers pasted from Word bring, mended line by line before cmark reads the body, so
/// that they publish as the author meant. Every line keeps its number, so locations stay true.
///
/// - `•`, `◦`, `▪` or `–` starting a line is a bullet: read as `- ` (a warning suggests typing `- `).
/// - Under a discussion heading, points typed `1.1 What…` on consecutive lines (one paragraph to
///   Markdown) are read as the items of a numbered list: the discussion points.
///
/// Every body passes through here, so the work is on the UTF-8 bytes: one scan finds whether any
/// line starts (after spaces) with a bullet's first byte or a digit, and a body without one is
/// returned untouched. Lines end at `\n` (`SourceReader` turns `\r\n` into `\n`).
/// Where a combining mark follows a character that the rules look at, that character is not the
/// one the rule wants (as Swift's `Character` sees it): `ByteText.joinsPrevious` keeps that reading.
struct WordHabits {
    var path: String
    var firstLine: Int

    /// The bullets, each three UTF-8 bytes starting E2: the second and third bytes, and the character.
    static let bullets: [(UInt8, UInt8, Character)] = [
        (0x80, 0xA2, "•"), (0x97, 0xA6, "◦"), (0x96, 0xAA, "▪"), (0x80, 0x93, "–"),
    ]

    private static let space = UInt8(ascii: " ")
    private static let newline = UInt8(ascii: "\n")

    func mend(_ markdown: String) -> (String, [Diagnostic]) {
        var copy = markdown
        return copy.withUTF8 { bytes in
            guard Self.hasTrigger(bytes) else { return (markdown, []) }
            var mender = Mender(bytes: bytes, habits: self)
            mender.run()
            return (mender.result ?? markdown, mender.diagnostics)
        }
    }

    /// Whether any line's first byte after its spaces is a bullet's lead byte (E2) or a digit: no
    /// rule can change a body without one.
    static func hasTrigger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < bytes.count {
            var index = start
            while index < bytes.count, bytes[index] == space { index += 1 }
            if index < bytes.count {
                let byte = bytes[index]
                if byte == 0xE2 || (byte >= 0x30 && byte <= 0x39) { return true }
            }
            guard let end = ByteText.firstIndex(of: newline, in: bytes, from: index) else { return false }
            start = end + 1
        }
        return false
    }

    fileprivate func location(_ index: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: firstLine + index, column: column)
    }
}

/// One pass over a body's lines; the mended text is built only from the first change on.
private struct Mender {
    let bytes: UnsafeBufferPointer<UInt8>
    let habits: WordHabits
    var diagnostics: [Diagnostic] = []
    private var output: [UInt8] = []
    private var copied = 0
    private var changed = false
    private var fence: UInt8?
    private var inDiscussion = false
    private var previousWasBullet = false

    init(bytes: UnsafeBufferPointer<UInt8>, habits: WordHabits) {
        self.bytes = bytes
        self.habits = habits
    }

    var result: String? {
        guard changed else { return nil }
        var text = output
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        return UTF8Scan.decoded(text)
    }

    mutating func run() {
        var start = 0
        var lineIndex = 0
        while true {
            let end = lineEnd(from: start)
            mendLine(start..<end, index: lineIndex)
            guard end < bytes.count else { return }
            start = end + 1
            lineIndex += 1
        }
    }

    /// The `\n` ending the line that starts at `start`. `\r\n` is one character in Swift, not a line
    /// break, as it was when this pass split Strings (`SourceReader` leaves no `\r`).
    private func lineEnd(from start: Int) -> Int {
        var from = start
        while let end = ByteText.firstIndex(of: 0x0A, in: bytes, from: from) {
            if end == 0 || bytes[end - 1] != 0x0D { return end }
            from = end + 1
        }
        return bytes.count
    }

    private mutating func mendLine(_ line: Range<Int>, index: Int) {
        var rest = line.lowerBound
        while rest < line.upperBound, bytes[rest] == 0x20 { rest += 1 }
        // A space carrying a combining mark is not a space: the indent ends before it.
        if rest > line.lowerBound, joinsPrevious(rest, line.upperBound) { rest -= 1 }
        let indent = rest - line.lowerBound
        if let open = fence {
            if startsFence(open, at: rest, line.upperBound) { fence = nil }
            return
        }
        if startsFence(UInt8(ascii: "`"), at: rest, line.upperBound) || startsFence(UInt8(ascii: "~"), at: rest, line.upperBound) {
            fence = bytes[rest]
            return
        }
        if indent < 4, let title = headingText(rest, line.upperBound) {
            inDiscussion = PaperBodyParser.kind(of: title) == .discussion
            previousWasBullet = false
            return
        }
        var isBullet = false
        if let bullet = bullet(at: rest, line.upperBound) {
            isBullet = true
            if !previousWasBullet {
                diagnostics.append(.warning(
                    "a list item typed with '\(bullet)' (as in Word) is read as a bullet point; type '- ' "
                        + "at the start of the line instead", at: habits.location(index, column: indent + 1)))
            }
            replace(rest..<(rest + 3), with: [UInt8(ascii: "-")])
        } else if inDiscussion, indent < 4, let marker = pointNumberLength(rest, line.upperBound) {
            // "1.1 " becomes "1.  ", as wide, so that columns on the line stay true.
            let spaces = max(1, min(4, marker - 2))
            replace(rest..<(rest + marker), with: Array("1.".utf8) + Array(repeating: 0x20, count: spaces))
        }
        previousWasBullet = isBullet
    }

    private mutating func replace(_ range: Range<Int>, with replacement: [UInt8]) {
        if !changed { output.reserveCapacity(bytes.count + 16) }
        changed = true
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<range.lowerBound]))
        output.append(contentsOf: replacement)
        copied = range.upperBound
    }

    private func joinsPrevious(_ index: Int, _ end: Int) -> Bool {
        ByteText.joinsPrevious(bytes, at: index, end: end)
    }

    /// Three `byte`s (``` or ~~~) at `index`, the third a character of its own.
    private func startsFence(_ byte: UInt8, at index: Int, _ end: Int) -> Bool {
        index + 3 <= end && bytes[index] == byte && bytes[index + 1] == byte && bytes[index + 2] == byte
            && !joinsPrevious(index + 3, end)
    }

    /// The bullet that starts the text at `index`, followed by a space, or nil.
    private func bullet(at index: Int, _ end: Int) -> Character? {
        guard index + 4 <= end, bytes[index] == 0xE2, bytes[index + 3] == 0x20, !joinsPrevious(index + 3, end),
            !joinsPrevious(index + 4, end)
        else { return nil }
        return WordHabits.bullets.first { $0.0 == bytes[index + 1] && $0.1 == bytes[index + 2] }?.2
    }

    /// The text of an ATX heading line (`## Discussion`), or nil.
    private func headingText(_ index: Int, _ end: Int) -> String? {
        var after = index
        while after < end, bytes[after] == UInt8(ascii: "#") { after += 1 }
        if after > index, joinsPrevious(after, end) { after -= 1 }
        guard (1...6).contains(after - index) else { return nil }
        if after < end {
            let byte = bytes[after]
            guard byte == 0x09 || (byte == 0x20 && !joinsPrevious(after + 1, end)) else { return nil }
        }
        var first = after
        var last = end
        let trimmed: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: "#") }
        while first < last, trimmed(bytes[first]) { first += 1 }
        while last > first, trimmed(bytes[last - 1]) { last -= 1 }
        return ByteText.string(bytes, first..<last)
    }

    /// Length of a typed point number such as `1.1 ` or `2.10. ` (spaces included), or nil.
    private func pointNumberLength(_ index: Int, _ end: Int) -> Int? {
        var position = index
        var groups = 0
        while position < end {
            var digitsEnd = position
            while digitsEnd < end, bytes[digitsEnd] >= 0x30, bytes[digitsEnd] <= 0x39 { digitsEnd += 1 }
            if digitsEnd > position, joinsPrevious(digitsEnd, end) { digitsEnd -= 1 }
            guard digitsEnd > position else { break }
            groups += 1
            position = digitsEnd
            guard position < end, bytes[position] == UInt8(ascii: "."), !joinsPrevious(position + 1, end) else { break }
            position += 1
        }
        guard groups >= 2, position < end, bytes[position] == 0x20, !joinsPrevious(position + 1, end) else { return nil }
        var spacesEnd = position
        while spacesEnd < end, bytes[spacesEnd] == 0x20 { spacesEnd += 1 }
        if joinsPrevious(spacesEnd, end) { spacesEnd -= 1 }
        return spacesEnd - index
    }
}
