#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path inside the output folder, as the cache records it. Before anything is removed, the path
/// must be plain (relative, no `.` or `..`, no empty component, no control characters) and every
/// folder on the way must be a real folder, not a symbolic link that could lead elsewhere.
enum OutputPath {
    static func isPlain(_ path: String) -> Bool {
        // One pass over the bytes: the cache of a large site holds thousands of paths.
        var length = 0
        var dots = 0
        for byte in path.utf8 {
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == UInt8(ascii: "/") {
                if length == dots, dots <= 2 { return false }  // "", "." or ".."; also a leading "/"
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return !(length == dots && dots <= 2)
    }

    /// Whether `path` lies inside `root` by real folders only: each folder between is a directory
    /// when looked at without following links.
    static func isInside(_ path: String, root: String) -> Bool {
        guard isPlain(path) else { return false }
        var folder = root
        for component in path.split(separator: "/").dropLast() {
            folder += "/" + component
            var info = stat()
            guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return false }
        }
        return true
    }
}
