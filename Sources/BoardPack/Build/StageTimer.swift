#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// CPU time spent in each stage of a build, summed over all threads. Printed by `make bench` and
/// by any build run with BOARDPACK_TIMINGS=1, to see where the time goes without a profiler.
public enum StageTimer {
    public enum Stage: Int, CaseIterable, Sendable {
        case read, frontMatter, markdown, assemble, render, siteWide, write

        var name: String { "\(self)" }
    }

    public static let enabled = getenv("BOARDPACK_TIMINGS") != nil
    private static let totals = Mutex([Int](repeating: 0, count: Stage.allCases.count))

    @inline(__always)
    public static func measure<T>(_ stage: Stage, _ work: () throws -> T) rethrows -> T {
        guard enabled else { return try work() }
        let start = threadNanoseconds()
        defer {
            let spent = threadNanoseconds() - start
            totals.withLock { $0[stage.rawValue] += spent }
        }
        return try work()
    }

    public static func summary() -> String {
        Stage.allCases.map { stage in
            let milliseconds = Double(totals.withLock { $0[stage.rawValue] }) / 1_000_000
            return "\(stage.name) \(Int(milliseconds.rounded())) ms"
        }.joined(separator: ", ")
    }

    private static func threadNanoseconds() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return time.tv_sec * 1_000_000_000 + time.tv_nsec
    }
}
