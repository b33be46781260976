import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps two builds of one output folder apart (two CI jobs, a `build` while `serve` rebuilds):
/// without it both would write, and the site would be a mix of the two. The second build waits,
/// saying so, and goes on when the first finishes; the kernel releases the lock of a build that
/// dies, so a killed build never leaves the folder locked.
public final class OutputLock {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    /// `waiting` is told once, when another build holds the lock, before this one waits for it.
    public static func acquire(_ location: CacheLocation, output: String, waiting: (String) -> Void) throws -> OutputLock {
        try? FileManager.default.createDirectory(at: location.folder, withIntermediateDirectories: true)
        var descriptor = open(location.lockFile.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            // A project folder nobody may write to (a read-only checkout): lock the output folder itself.
            try? FileManager.default.createDirectory(atPath: location.outputPath, withIntermediateDirectories: true)
            descriptor = open(location.outputPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        guard descriptor >= 0 else {
            throw EnvironmentError(description: "cannot lock \(output)/ against other builds: \(FileProblem.reason(errno: errno))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting("waiting for another build of \(output)/ to finish…")
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    throw EnvironmentError(description: "cannot lock \(location.lockFile.path): \(reason)")
                }
            }
        }
        return OutputLock(descriptor: descriptor)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
