/// The `incidents:` list of a large YAML dataset cut at record boundaries, so that the pieces can be
/// composed on several threads (Yams composes one document on one thread only). Small pieces are
/// quicker even on one thread: each piece's node tree is built, read and freed while it is in cache.
///
/// The cuts are where libyaml's scanner finds the entries of the root mapping's `incidents:` block list
/// (`IncidentListLayout`), never where a line merely looks like one, so the pieces hold exactly the
/// records a whole read finds. With `byLines`, the cuts are first where the lines put the entries
/// (`IncidentListLines`): right whenever every piece reads on its own. Any other layout is left whole, and the reader composes the file whole
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
    /// Cut where `IncidentListLines` found the entries, not libyaml's scanner.
    var cutByLines = false

    /// nil when there is no `incidents:` list that can be cut safely. A list of fewer than `minimumRecords`
    /// records is one piece.
    /// Each piece is handed to `onChunk` as soon as the scanner has passed it, so that composing the
    /// pieces can start while the rest of the file is scanned; if the result is nil, those pieces must
    /// be thrown away. Without `keepingText`, the result's chunks have empty texts: a caller that has
    /// read each piece as it was handed over need not hold the list's text a second time.
    /// `byLines` tries `IncidentListLines` first, whose cuts are only known to be right once every piece
    /// has been read on its own (see there); without it, or when it finds no layout, libyaml's scanner cuts.
    static func split(
        _ text: String, recordsPerChunk: Int, minimumRecords: Int, byLines: Bool = false, keepingText: Bool = true,
        onChunk: (Chunk) -> Void = { _ in }
    ) -> IncidentChunks? {
        var copy = text
        let perChunk = max(1, recordsPerChunk), minimum = max(1, minimumRecords)
        return copy.withUTF8 { bytes in
            func text(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            var chunks: [Chunk] = []
            // Entries not yet in a piece: a piece is cut once the entry after it is known.
            var pending: [IncidentListLayout.Position] = []
            var seen = 0
            func cut(_ records: Int, end: Int) {
                let chunk = Chunk(text: text(pending[0].offset..<end), firstLine: pending[0].line, records: records)
                onChunk(chunk)
                chunks.append(keepingText ? chunk : Chunk(text: "", firstLine: chunk.firstLine, records: chunk.records))
                pending.removeFirst(records)
            }
            func found(_ start: IncidentListLayout.Position) {
                pending.append(start)
                seen += 1
                // Small files are read whole: nothing is cut until there are enough records.
                while seen >= minimum, pending.count > perChunk { cut(perChunk, end: pending[perChunk].offset) }
            }
            // The lines alone give the usual layout; libyaml's scanner any other.
            let list: (first: IncidentListLayout.Position, end: IncidentListLayout.Position)
            let lines = byLines ? IncidentListLines(bytes) : nil
            if let lines {
                lines.entries.forEach(found)
                list = (lines.entries[0], lines.end)
            } else {
                guard let layout = IncidentListLayout(bytes, onEntry: found), let first = layout.first else { return nil }
                list = (first, layout.end)
            }
            let first = list.first
            // A small list is one piece.
            if !pending.isEmpty { cut(pending.count, end: list.end.offset) }
            var metadata = text(0..<first.offset)
            if list.end.offset < bytes.count {
                metadata += String(repeating: "\n", count: list.end.line - first.line) + text(list.end.offset..<bytes.count)
            }
            return IncidentChunks(metadata: metadata, chunks: chunks, cutByLines: lines != nil)
        }
    }
}
