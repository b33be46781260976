import Dispatch
import Synchronization

/// Reads the pieces of a large YAML dataset on other threads while the scanner is still finding the
/// next ones, so that scanning adds little to the time a large file takes. Each piece's entries are
/// handed to `reading` on the thread that read them.
final class PieceComposer<Piece: Sendable>: Sendable {
    private let path: String
    private let jobs: Int
    private let reading: @Sendable ([WrittenEntry]) -> Piece
    private let slots: DispatchSemaphore
    private let group = DispatchGroup()
    /// In the order the pieces were handed over; nil for a piece that does not read on its own.
    private let pieces = Mutex<[Piece?]>([])

    init(path: String, jobs: Int, reading: @escaping @Sendable ([WrittenEntry]) -> Piece) {
        self.path = path
        self.jobs = max(1, jobs)
        self.reading = reading
        slots = DispatchSemaphore(value: self.jobs)
    }

    func start(_ chunk: IncidentChunks.Chunk) {
        let index = pieces.withLock { pieces in
            pieces.append(nil)
            return pieces.count - 1
        }
        guard jobs > 1 else {
            let piece = read(chunk)
            pieces.withLock { $0[index] = piece }
            return
        }
        // At most `jobs` pieces at once: the scanner waits rather than holding every piece's text.
        slots.wait()
        group.enter()
        DispatchQueue.global().async { [self] in
            // Counted with the dataset's reading, on whichever thread it runs.
            let piece = StageTimer.measure(.frontMatter) { read(chunk) }
            pieces.withLock { $0[index] = piece }
            slots.signal()
            group.leave()
        }
    }

    /// Every piece once all are done; nil when any piece did not read on its own.
    func finish() -> [Piece]? {
        group.wait()
        // Taken out, not copied: a worker's closure may still hold this composer for a moment, and
        // the pieces must be held once only, so that the records can later be moved out of them.
        let all = pieces.withLock { pieces in
            var taken: [Piece?] = []
            swap(&taken, &pieces)
            return taken
        }
        var result: [Piece] = []
        result.reserveCapacity(all.count)
        for piece in all {
            guard let piece else { return nil }
            result.append(piece)
        }
        return result
    }

    private func read(_ chunk: IncidentChunks.Chunk) -> Piece? {
        guard let entries = IncidentListEvents.read(chunk.text, path: path, firstLine: chunk.firstLine),
            entries.count == chunk.records
        else { return nil }
        return reading(entries)
    }
}
