/// The `incidents:` list of a large YAML dataset cut at record boundaries, so that the pieces can be
/// composed on several threads (Yams composes one document on one thread only). Small pieces are
/// quicker even on one thread: each piece's node tree is built, read and freed while it is in cache.
///
/// The cuts are where libyaml's scanner finds the entries of the root mapping's `incidents:` block list
/// (`IncidentListLayout`), never where a line merely looks like one, so the pieces hold exactly the
/// records a whole read finds. Any other layout is left whole, and the reader composes the file whole
/// when any piece does not compose on its own, so that problems are reported as a whole read would.
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

    /// nil when there is no `incidents:` list that can be cut safely, or it has fewer than `minimumRecords` records.
    static func split(_ text: String, recordsPerChunk: Int, minimumRecords: Int) -> IncidentChunks? {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let list = IncidentListLayout(bytes), list.starts.count >= max(1, minimumRecords) else { return nil }
            return IncidentChunks(list, bytes: bytes, recordsPerChunk: max(1, recordsPerChunk))
        }
    }

    private init(_ list: IncidentListLayout, bytes: UnsafeBufferPointer<UInt8>, recordsPerChunk: Int) {
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
