import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A members' build marks its output folder before writing anything, so that a later public build
/// into the same folder knows it may hold members-only files (exempt papers, every record of a
/// dataset) even when the cache is gone. Such a public build removes every file it did not make
/// itself, and only then takes the mark away: a public build never keeps a members' file.
enum MembersMark {
    static let name = ".boardpack-members"
    static let text = """
        This folder holds (or held) a members' build of boardpack: confidential papers and records.
        The next public build into this folder removes every file it does not make itself.

        """

    static func isPresent(in output: URL, location: CacheLocation) -> Bool {
        var info = stat()
        // A members' cache for this output also counts: a mark deleted by hand, or a members' build
        // by a boardpack too old to leave the mark.
        return isMarked(output) || lstat(location.withAudience(.members).cacheFile.path, &info) == 0
            || lstat(legacyCache(of: output).path, &info) == 0
    }

    /// Where boardpack 0.1 kept a members' cache: beside the output folder.
    static func legacyCache(of output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".boardpack-cache/\(output.lastPathComponent)-members.cache")
    }

    static func isMarked(_ output: URL) -> Bool {
        var info = stat()
        return lstat(output.appendingPathComponent(name).path, &info) == 0
    }

    static func write(in output: URL) throws {
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            throw EnvironmentError(description: "cannot make the folder \(output.path): \(FileProblem.reason(error))")
        }
        guard POSIXFile.write(Array(text.utf8), to: output.appendingPathComponent(name).path) else {
            throw EnvironmentError(description: "cannot mark \(output.path) as a members' build: \(FileProblem.reason(errno: errno))")
        }
    }

    /// Takes back the mark of a members' build that failed before writing anything.
    static func remove(from output: URL) {
        unlink(output.appendingPathComponent(name).path)
        rmdir(output.path)
    }

    /// Removes every file and link under `output` that is not in `keeping` (paths inside it), then
    /// the folders left empty, then the mark and the members' cache. Throws if anything cannot go:
    /// the mark stays, and the next public build tries again.
    static func sweep(_ output: URL, keeping: Set<String>, location: CacheLocation) throws -> Int {
        var removed = 0
        try sweepFolder(output.path, relative: "", keeping: keeping, removed: &removed)
        try? FileManager.default.removeItem(at: location.withAudience(.members).cacheFile)
        try? FileManager.default.removeItem(at: legacyCache(of: output))
        if unlink(output.appendingPathComponent(name).path) != 0, errno != ENOENT {
            throw EnvironmentError(description: "cannot remove \(output.path)/\(name): \(FileProblem.reason(errno: errno))")
        }
        return removed
    }

    private static func sweepFolder(_ folder: String, relative: String, keeping: Set<String>, removed: inout Int) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for entry in names.sorted() where !(relative.isEmpty && entry == name) {
            let path = folder + "/" + entry
            let inside = relative.isEmpty ? entry : relative + "/" + entry
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                try sweepFolder(path, relative: inside, keeping: keeping, removed: &removed)
                rmdir(path)
            } else if !keeping.contains(inside) {
                guard unlink(path) == 0 else {
                    throw EnvironmentError(description: "cannot remove the members' file \(path): \(FileProblem.reason(errno: errno))")
                }
                removed += 1
            }
        }
    }
}
