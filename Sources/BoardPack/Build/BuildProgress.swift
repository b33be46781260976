import Synchronization

/// Counts a build's work as it happens, for the one updating line a build shows on a terminal.
public final class BuildProgress: Sendable {
    public enum Work: Int, Sendable, CaseIterable {
        case papers, packs, pdfs
    }

    private let done = Mutex([Int](repeating: 0, count: Work.allCases.count))
    private let totals = Mutex([Int](repeating: 0, count: Work.allCases.count))

    public init() {}

    func expect(_ count: Int, _ work: Work) { totals.withLock { $0[work.rawValue] += count } }

    func advance(_ work: Work) { done.withLock { $0[work.rawValue] += 1 } }

    /// "papers 1200/5000 · packs 1/2", leaving out kinds of work that have none.
    public var line: String {
        let done = self.done.withLock { $0 }
        let totals = self.totals.withLock { $0 }
        return Work.allCases.compactMap { work in
            totals[work.rawValue] == 0 ? nil : "\(work) \(done[work.rawValue])/\(totals[work.rawValue])"
        }.joined(separator: " · ")
    }
}
