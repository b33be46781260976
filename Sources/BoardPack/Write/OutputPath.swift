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
        guard !path.isEmpty, !path.hasPrefix("/"),
            !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { $0 != "" && $0 != "." && $0 != ".." }
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
