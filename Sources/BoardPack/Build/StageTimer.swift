#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
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
    /// Wall-clock time of each phase of a build (`SiteBuilder.build`), in the order they ran.
    private static let phases = Mutex([(String, Int)]())

    /// Runs one phase of a build, timing it by the wall clock: the phases run one after another, so
    /// these show where the build waits on one core.
    @inline(__always)
    static func phase<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        guard enabled else { return try work() }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let spent = Int(DispatchTime.now().uptimeNanoseconds - start)
            phases.withLock { $0.append((name, spent)) }
        }
        return try work()
    }

    /// "scan 3 ms, read 610 ms, …".
    public static func phaseSummary() -> String {
        phases.withLock { $0.map { "\($0.0) \(Int((Double($0.1) / 1_000_000).rounded())) ms" } }.joined(separator: ", ")
    }

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
