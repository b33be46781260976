/// Keeps a value alive until the process exits. The command line's build ends by exiting: freeing
/// what it made first (every paper, page and record, object by object, on one thread) took about
/// 60 ms on 5,000 papers, for memory the kernel takes back at once. Compilers do the same (clang's
/// `-disable-free`). Only for a process that builds once (see `BuildOptions.leavesMemoryToExit`).
enum UntilExit {
    static func keep<T>(_ value: T) {
        _ = Unmanaged.passRetained(Kept(value))
    }

    private final class Kept<T> {
        let value: T

        init(_ value: T) { self.value = value }
    }
}
