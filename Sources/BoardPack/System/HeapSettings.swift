#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator set for one build that runs and exits: it keeps the memory it has instead of
/// giving it back to the kernel part-way (then faulting it in again, zeroed, a moment later), and
/// serves large blocks from its heap rather than a fresh mapping each. On 5,000 papers: 57k page
/// faults instead of 64k. Not for `serve`, which lives on and should give memory back.
public enum HeapSettings {
    /// True if the settings were applied (only with glibc, where `mallopt` is found).
    @discardableResult
    public static func forOneBuild() -> Bool {
        #if canImport(Glibc)
        // `mallopt` and its constants are in <malloc.h>, which the Glibc module does not bring in.
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let trimThreshold: Int32 = -1, topPad: Int32 = -2, mmapThreshold: Int32 = -3
        return mallopt(trimThreshold, 512 << 20) == 1 && mallopt(mmapThreshold, 32 << 20) == 1 && mallopt(topPad, 64 << 20) == 1
        #else
        return false
        #endif
    }
}
