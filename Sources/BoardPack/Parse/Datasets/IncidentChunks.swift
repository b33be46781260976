#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `incidents:` list of a large YAML dataset cut at record boundaries, so that the pieces can be
/// composed on several threads (Yams composes one document on one thread only). Small pieces are
/// quicker even on one thread: each piece's node tree is built, read and freed while it is in cache.
///
/// Only the plain layout is cut: `incidents:` alone on a line at the left margin, then a block list
/// whose entries each start with `- ` at one indentation. Anything else (`incidents: [...]`, a list
/// indented with tabs) is left whole. The cut is made on lines alone, so a file whose pieces do not
/// compose on their own (a quoted value running over a line that looks like a new entry, an alias to an
/// anchor in another piece) must be composed whole instead: the reader does so when any piece fails.
struct IncidentChunks: Sendable {
    struct Chunk: Sendable {
        var text: String
        /// The file line of the text's first line.
        var firstLine: Int
        var records: Int
    }

    /// The file with the list's lines left blank: the metadata, each field on its true line.
    var metadata: String
    var chunks: [Chunk]

    /// nil when the file does not have the plain layout or has fewer than `minimumRecords` records.
    static func split(_ text: String, recordsPerChunk: Int, minimumRecords: Int) -> IncidentChunks? {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let list = ListLayout(bytes), list.starts.count >= max(1, minimumRecords) else { return nil }
            return IncidentChunks(list, bytes: bytes, recordsPerChunk: max(1, recordsPerChunk))
        }
    }

    private init(_ list: ListLayout, bytes: UnsafeBufferPointer<UInt8>, recordsPerChunk: Int) {
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        let count = list.starts.count
        let pieceCount = (count + recordsPerChunk - 1) / recordsPerChunk
        chunks = (0..<pieceCount).map { piece in
            let first = piece * count / pieceCount
            let next = (piece + 1) * count / pieceCount
            let end = next < count ? list.starts[next].offset : list.end.offset
            return Chunk(text: text(list.starts[first].offset..<end), firstLine: list.starts[first].line, records: next - first)
        }
        let first = list.starts[0]
        metadata = text(0..<first.offset)
        if list.end.offset < bytes.count {
            metadata += String(repeating: "\n", count: list.end.line - first.line) + text(list.end.offset..<bytes.count)
        }
    }
}

/// Where each entry of the `incidents:` block list starts, found line by line.
private struct ListLayout {
    struct Position {
        var offset: Int
        var line: Int
    }

    var starts: [Position] = []
    /// The first line after the list (the end of the file if none).
    var end: Position

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), hash = UInt8(ascii: "#")
    private static let dash = UInt8(ascii: "-"), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    private static let key = Array("incidents:".utf8)

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var lines = Lines(bytes: bytes)
        end = Position(offset: bytes.count, line: 0)
        while true {
            guard let line = lines.next() else { return nil }
            if Self.isKeyLine(line.range, in: bytes) { break }
        }
        var indent: Int?
        while let line = lines.next() {
            let range = line.range
            let margin = Self.margin(range, in: bytes)
            let first = range.lowerBound + margin
            if first == range.upperBound || bytes[first] == Self.hash || Self.isBlank(range, in: bytes) { continue }
            let opensEntry = bytes[first] == Self.dash
                && (first + 1 == range.upperBound || bytes[first + 1] == Self.space || bytes[first + 1] == Self.carriageReturn)
            guard let listIndent = indent else {
                guard opensEntry else { return nil }
                indent = margin
                starts.append(Position(offset: range.lowerBound, line: line.number))
                continue
            }
            if margin > listIndent { continue }
            if margin == listIndent, opensEntry {
                starts.append(Position(offset: range.lowerBound, line: line.number))
                continue
            }
            end = Position(offset: range.lowerBound, line: line.number)
            return
        }
        end.line = lines.number
        if starts.isEmpty { return nil }
    }

    /// `incidents:` at the left margin with nothing after it but a comment.
    private static func isKeyLine(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count >= key.count, bytes[range.lowerBound..<(range.lowerBound + key.count)].elementsEqual(key) else {
            return false
        }
        let rest = (range.lowerBound + key.count)..<range.upperBound
        let margin = Self.margin(rest, in: bytes)
        return rest.lowerBound + margin == rest.upperBound || isBlank(rest, in: bytes)
            || (margin > 0 && bytes[rest.lowerBound + margin] == hash)
    }

    /// Spaces before the first other byte.
    private static func margin(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = range.lowerBound
        while index < range.upperBound, bytes[index] == space { index += 1 }
        return index - range.lowerBound
    }

    private static func isBlank(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[range].allSatisfy { $0 == space || $0 == tab || $0 == carriageReturn }
    }
}

/// The lines of a text, each as a byte range without its newline, numbered from 1.
private struct Lines {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    /// The number of the line last returned.
    var number = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func next() -> (range: Range<Int>, number: Int)? {
        guard offset < bytes.count, let base = bytes.baseAddress else { return nil }
        let end: Int
        if let hit = memchr(base + offset, 10, bytes.count - offset) {
            end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        } else {
            end = bytes.count
        }
        let range = offset..<end
        offset = end + 1
        number += 1
        return (range, number)
    }
}
