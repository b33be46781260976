import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One file of the site, by its path inside the output folder.
public struct OutputFile: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public init(_ route: Route, bytes: [UInt8]) {
        self.init(path: route.path, bytes: bytes)
    }

    public init(_ route: Route, text: String) {
        self.init(path: route.path, text: text)
    }
}

/// Writes the site so that the output folder is all old or all new: every new or changed file is
/// first written into a staging folder inside the output, and only when all are written are they
/// renamed into place; any failure (a full disk, a folder in the way) removes the staging folder
/// and leaves the previous site exactly as it was. Unchanged files are not touched, and pages whose
/// source is gone are removed last. Into a folder that did not exist before (a first or clean
/// build), where there is nothing to compare, keep or replace, files are written straight into
/// place, and a failure removes every file and folder this write made.
public struct OutputWriter: Sendable {
    public var directory: URL
    public var jobs: Int
    /// The output folder as messages show it.
    public var shownAs: String
    /// Writes bytes to a new file and gives its stamp; nil with `errno` set on failure. A seam for fault tests.
    var writeFile: @Sendable (_ bytes: [UInt8], _ path: String) -> FileStamp? = { POSIXFile.writeStamped($0, to: $1) }

    /// Where new files wait until all are written; one left by a killed build is removed by the next.
    static let stagingName = ".boardpack-staging"

    public struct Report: Sendable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0
        public var entries: [String: BuildCache.Entry] = [:]
        /// Paths whose bytes changed in this build.
        public var writtenPaths: Set<String> = []
    }

    public init(directory: URL, jobs: Int, shownAs: String? = nil) {
        self.directory = directory
        self.jobs = jobs
        self.shownAs = shownAs ?? directory.path
    }

    private enum Decision: Sendable {
        case unchanged(BuildCache.Entry)
        case staged(String, hash: UInt64)
    }

    /// `keep`: outputs not rendered in this build that are still part of the site (a reused paper's
    /// page); they are left as they are, and their cache entries carried over. `newFolder`: the
    /// caller made the output folder in this build, and put nothing in it that a page could clash with.
    public func write(_ files: [OutputFile], previous: BuildCache?, keep: Set<String> = [], newFolder: Bool = false) throws -> Report {
        let root = directory.path
        let madeRoot = try makeFolder(root, creatingParents: true)
        if madeRoot || newFolder { return try writeFresh(files, in: root) }
        let staging = root + "/" + Self.stagingName
        Self.removeStaging(in: directory)
        // Without a cache this build walks the folder anyway: then it also clears what boardpack 0.1
        // left beside the pages when it was killed (`index.html.tmp-1234`).
        if previous == nil { Self.removeOldTemporaries(in: root) }
        var madeFolders: [String] = []
        do {
            guard mkdir(staging, 0o755) == 0 else { throw failure("make the folder", staging, errno) }
            let decisions = Parallel.map(Array(files.enumerated()), jobs: jobs) { index, file in
                StageTimer.measure(.write) {
                    Result { try decide(file, previous: previous?.outputs[file.path], staged: staging + "/\(index).tmp") }
                }
            }
            let staged = try decisions.map { try $0.get() }
            try makeFolders(for: files, in: root, made: &madeFolders)
            // Every folder is there now: the renames, and the stat of each file in place (a rename
            // changes the file's change time, so the stamp is taken after it), split across the jobs
            // (in order on one, should two files share a path: then the last one wins, as it always has).
            let distinct = Set(files.lazy.map(\.path)).count == files.count
            let placed = Parallel.map(Array(zip(files, staged)), jobs: distinct ? jobs : 1) { pair -> Result<BuildCache.Entry?, EnvironmentError> in
                guard case let .staged(temporary, hash) = pair.1 else { return .success(nil) }
                let path = root + "/" + pair.0.path
                guard rename(temporary, path) == 0 else { return .failure(failure("write", path, errno)) }
                let stamp = FileStamp.of(path: path) ?? FileStamp(size: Int64(pair.0.bytes.count), modifiedNanoseconds: 0)
                return .success(BuildCache.Entry(stamp: stamp, hash: hash))
            }
            var report = Report()
            report.entries.reserveCapacity(files.count + keep.count)
            for ((file, decision), result) in zip(zip(files, staged), placed) {
                switch decision {
                case let .unchanged(entry):
                    report.unchanged += 1
                    report.entries[file.path] = entry
                case .staged:
                    guard let entry = try result.get() else { continue }
                    report.written += 1
                    report.writtenPaths.insert(file.path)
                    report.entries[file.path] = entry
                }
            }
            rmdir(staging)
            for path in keep where report.entries[path] == nil {
                if let entry = previous?.outputs[path] { report.entries[path] = entry }
            }
            // Only the few paths gone are sorted, not every output of the previous build.
            for path in (previous?.outputs.keys.filter { report.entries[$0] == nil } ?? []).sorted() {
                // The cache is a file anyone can edit: nothing outside the output is ever removed.
                guard OutputPath.isInside(path, root: root) else { continue }
                if unlink(root + "/" + path) == 0 { report.removed += 1 }
                removeEmptyFolders(above: directory.appendingPathComponent(path))
            }
            return report
        } catch {
            Self.removeStaging(in: directory)
            for folder in madeFolders.reversed() { rmdir(folder) }
            if madeRoot { rmdir(root) }
            throw error
        }
    }

    /// Writes every file straight into place in `root`, a folder made by this write: no file there
    /// to compare, stat or replace, so each file costs an open, a write, an fstat (its stamp: no
    /// rename follows to change it) and a close. On failure every file and folder made is removed.
    private func writeFresh(_ files: [OutputFile], in root: String) throws -> Report {
        var madeFolders: [String] = []
        // Should two files share a path, they are written in order, and the last one wins.
        let distinct = Set(files.lazy.map(\.path)).count == files.count
        var written: [Result<BuildCache.Entry, EnvironmentError>] = []
        do {
            try makeFolders(for: files, in: root, made: &madeFolders, fresh: true)
            written = Parallel.map(files, jobs: distinct ? jobs : 1) { file in
                StageTimer.measure(.write) {
                    let path = root + "/" + file.path
                    let hash = ContentHash.of(file.bytes)
                    guard let stamp = writeFile(file.bytes, path) else { return .failure(failure("write", path, errno)) }
                    return .success(BuildCache.Entry(stamp: stamp, hash: hash))
                }
            }
            var report = Report()
            report.entries.reserveCapacity(files.count)
            for (file, result) in zip(files, written) {
                report.entries[file.path] = try result.get()
                report.written += 1
                report.writtenPaths.insert(file.path)
            }
            return report
        } catch {
            for (file, result) in zip(files, written) where (try? result.get()) != nil { unlink(root + "/" + file.path) }
            for folder in madeFolders.reversed() { rmdir(folder) }
            rmdir(root)
            throw error
        }
    }

    /// The parent folders of every file, by plain mkdir (FileManager checks every component of
    /// every path), one depth at a time across the jobs, parents first; those made now are added to
    /// `made`, parents before children, for the clean-up of a failed build to remove. In a `fresh`
    /// root none is there yet, so none is looked for first.
    private func makeFolders(for files: [OutputFile], in root: String, made: inout [String], fresh: Bool = false) throws {
        var byDepth: [[String]] = []
        for folder in Self.folders(of: files.map(\.path)) {
            let depth = folder.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
            while byDepth.count <= depth { byDepth.append([]) }
            byDepth[depth].append(folder)
        }
        for level in byDepth {
            let results = Parallel.map(level.sorted(), jobs: jobs) { folder in
                Result { (root + "/" + folder, try makeFolder(root + "/" + folder, absent: fresh)) }
            }
            // Every folder made is recorded before any failure is thrown, so that the clean-up removes it.
            made += results.compactMap { try? $0.get() }.filter(\.1).map(\.0)
            for result in results { _ = try result.get() }
        }
    }

    /// Removes the staging folder of a build that was killed part-way (or of this one, on failure).
    static func removeStaging(in directory: URL) {
        let staging = directory.appendingPathComponent(stagingName)
        if FileManager.default.fileExists(atPath: staging.path) { try? FileManager.default.removeItem(at: staging) }
    }

    static func removeOldTemporaries(in folder: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                removeOldTemporaries(in: path)
            } else if info.st_mode & S_IFMT == S_IFREG, let mark = name.range(of: ".tmp-", options: .backwards) {
                let pid = name[mark.upperBound...]
                if !pid.isEmpty, pid.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { unlink(path) }
            }
        }
    }

    /// Every folder the paths lie in: `papers/a/index.html` → `papers`, `papers/a`. Each path's
    /// folder, then its parents until one already listed (then so are all above it).
    static func folders(of paths: [String]) -> Set<String> {
        var folders = Set<String>()
        for path in paths {
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
            var folder = path[..<slash]
            while !folder.isEmpty, folders.insert(String(folder)).inserted, let up = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = folder[..<up]
            }
        }
        return folders
    }

    /// Whether the file on disk already holds these bytes; if not, the bytes are staged.
    private func decide(_ file: OutputFile, previous: BuildCache.Entry?, staged: String) throws -> Decision {
        let path = directory.path + "/" + file.path
        let hash = ContentHash.of(file.bytes)
        var info = stat()
        let found = lstat(path, &info) == 0
        if found, info.st_mode & S_IFMT == S_IFDIR { throw failure("write", path, EISDIR) }
        // The stamp of a regular file is in what lstat gave; only a link needs a second look.
        let onDisk = found ? (info.st_mode & S_IFMT == S_IFREG ? FileStamp(info) : FileStamp.of(path: path)) : nil
        if let stamp = onDisk {
            // The cache vouches for the file on disk only if nobody has touched it since.
            let unchanged: Bool
            if let previous, previous.stamp == stamp {
                unchanged = previous.hash == hash
            } else {
                unchanged = stamp.size == Int64(file.bytes.count)
                    && (try? POSIXFile.read(path, limit: file.bytes.count).get()) == file.bytes
            }
            if unchanged { return .unchanged(BuildCache.Entry(stamp: stamp, hash: hash)) }
        }
        guard writeFile(file.bytes, staged) != nil else { throw failure("write", path, errno) }
        return .staged(staged, hash: hash)
    }

    /// Makes one folder; true if it was made now, false if it was there. A file in its place is an
    /// error. A folder expected `absent` is made without a look first (and looked at only if it is there).
    private func makeFolder(_ path: String, creatingParents: Bool = false, absent: Bool = false) throws -> Bool {
        if absent, mkdir(path, 0o755) == 0 { return true }
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw failure("make the folder", path, ENOTDIR) }
            return false
        }
        if creatingParents {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                return true
            } catch {
                throw EnvironmentError(description: "cannot make the folder \(path): \(FileProblem.reason(error))")
            }
        }
        guard mkdir(path, 0o755) == 0 else { throw failure("make the folder", path, errno) }
        return true
    }

    private func failure(_ action: String, _ path: String, _ number: Int32) -> EnvironmentError {
        let shown = path.hasPrefix(directory.path) ? shownAs + path.dropFirst(directory.path.count) : path
        return EnvironmentError(description: "cannot \(action) \(shown): \(FileProblem.reason(errno: number))")
    }

    private func removeEmptyFolders(above url: URL) {
        var folder = url.deletingLastPathComponent()
        while folder.path.count > directory.path.count, rmdir(folder.path) == 0 {
            folder = folder.deletingLastPathComponent()
        }
    }
}
