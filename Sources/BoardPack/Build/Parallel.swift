import Dispatch
import Synchronization

/// Runs work on `jobs` threads, keeping results in input order (output must not depend on timing).
public enum Parallel {
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        if jobs <= 1 || items.count <= 1 { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if index >= items.count { return }
                slots.store(index, transform(items[index]))
            }
        }
        return slots.take()
    }

    /// Runs `background` on another thread while `work` runs on this one, and returns both results
    /// once both are done: for a serial job that can overlap one that leaves a core idle.
    public static func both<Background: Sendable, Result>(
        _ background: @escaping @Sendable () -> Background, _ work: () throws -> Result
    ) rethrows -> (Background, Result) {
        let slot = Slots<Background>(count: 1)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { slot.store(0, background()) }
        let result: Result
        do {
            result = try work()
        } catch {
            group.wait()
            _ = slot.take()
            throw error
        }
        group.wait()
        return (slot.take()[0], result)
    }
}

/// Result slots that worker threads fill, each index written by exactly one thread, read once all
/// threads have finished.
private final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutablePointer<Value>
    private let count: Int

    init(count: Int) {
        self.count = count
        buffer = .allocate(capacity: count)
    }

    func store(_ index: Int, _ value: Value) { (buffer + index).initialize(to: value) }

    /// Moves the values out (copying them would retain and release every field of every value).
    func take() -> [Value] {
        [Value](unsafeUninitializedCapacity: count) { values, initialized in
            values.baseAddress?.moveInitialize(from: buffer, count: count)
            initialized = count
        }
    }

    deinit { buffer.deallocate() }
}
