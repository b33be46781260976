#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and writes with one system call each. Foundation's `Data` detours cost more
/// than the Markdown parse on a large project, so the load and write stages use these.
enum POSIXFile {
    enum ReadFailure: Error {
        case tooLarge(Int)
        case unreadable
    }

    /// Reads only a regular file: a FIFO would block the read for ever, and a device could do anything.
    static func read(_ path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .failure(.unreadable) }
        // Non-blocking, in case it became a FIFO since: then the check below refuses it.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.unreadable) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .failure(.unreadable) }
        let size = Int(info.st_size)
        guard size <= limit else { return .failure(.tooLarge(size)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        let ok = bytes.withUnsafeMutableBytes { buffer -> Bool in
            while filled < size {
                let count = systemRead(descriptor, buffer.baseAddress! + filled, size - filled)
                if count < 0 { return false }
                if count == 0 { break }
                filled += count
            }
            return true
        }
        guard ok else { return .failure(.unreadable) }
        if filled < size { bytes.removeLast(size - filled) }
        return .success(bytes)
    }

    /// Writes a new file (or truncates one); false on any failure, with `errno` set.
    static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644) -> Bool {
        write(bytes, to: path, mode: mode) { _ in () } != nil
    }

    /// Writes as `write` does, and gives the stamp of the file written, taken before it is closed
    /// (one `fstat`, no second look-up of the path); nil on any failure, with `errno` set.
    static func writeStamped(_ bytes: [UInt8], to path: String) -> FileStamp? {
        write(bytes, to: path, mode: 0o644, then: FileStamp.of(descriptor:))
    }

    /// Writes the bytes, then `finish` on the descriptor while the file is open.
    private static func write<T>(_ bytes: [UInt8], to path: String, mode: mode_t, then finish: (Int32) -> T?) -> T? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return nil }
        var written = 0
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let count = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count <= 0 { return false }
                written += count
            }
            return true
        }
        let result = ok ? finish(descriptor) : nil
        let failure = errno
        guard close(descriptor) == 0, let result else {
            if result == nil { errno = failure }
            return nil
        }
        return result
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
