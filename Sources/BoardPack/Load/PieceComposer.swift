import Dispatch
import Synchronization

/// Composes and validates the pieces of a large YAML dataset on other threads while the scanner is
/// still finding the next ones, so that scanning adds little to the time a large file takes.
final class PieceComposer: Sendable {
    typealias Outcomes = [IncidentRecordValidator.Outcome]

    private let path: String
    private let validator: IncidentRecordValidator
    private let jobs: Int
    private let slots: DispatchSemaphore
    private let group = DispatchGroup()
    /// In the order the pieces were handed over; nil for a piece that does not compose on its own.
    private let outcomes = Mutex<[Outcomes?]>([])

    init(path: String, validator: IncidentRecordValidator, jobs: Int) {
        self.path = path
        self.validator = validator
        self.jobs = max(1, jobs)
        slots = DispatchSemaphore(value: self.jobs)
    }

    func start(_ chunk: IncidentChunks.Chunk) {
        let index = outcomes.withLock { outcomes in
            outcomes.append(nil)
            return outcomes.count - 1
        }
        guard jobs > 1 else {
            let composed = compose(chunk)
            outcomes.withLock { $0[index] = composed }
            return
        }
        // At most `jobs` pieces at once: the scanner waits rather than holding every piece's text.
        slots.wait()
        group.enter()
        DispatchQueue.global().async { [self] in
            // Counted with the dataset's reading, on whichever thread it runs.
            let composed = StageTimer.measure(.frontMatter) { compose(chunk) }
            outcomes.withLock { $0[index] = composed }
            slots.signal()
            group.leave()
        }
    }

    /// Every piece's outcomes once all are done; nil when any piece did not compose on its own.
    func finish() -> [Outcomes]? {
        group.wait()
        let all = outcomes.withLock { $0 }
        var result: [Outcomes] = []
        result.reserveCapacity(all.count)
        for piece in all {
            guard let piece else { return nil }
            result.append(piece)
        }
        return result
    }

    private func compose(_ chunk: IncidentChunks.Chunk) -> Outcomes? {
        let context = YAMLContext(path: path, firstLine: chunk.firstLine)
        guard case let .success(node) = YAMLSource.compose(chunk.text, context: context),
            case let .sequence(entries) = node, entries.count == chunk.records
        else { return nil }
        return entries.map { validator.validate($0, context: context) }
    }
}
