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
}

/// Writes the site: only files whose bytes changed, each atomically (a temporary file renamed into
/// place), so a reader or web server never sees half a page; and removes pages whose source is gone.
public struct OutputWriter: Sendable {
    public var directory: URL
    public var jobs: Int

    public struct Report: Sendable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0
        public var entries: [String: BuildCache.Entry] = [:]
        /// Paths whose bytes changed in this build.
        public var writtenPaths: Set<String> = []
    }

    public init(directory: URL, jobs: Int) {
        self.directory = directory
        self.jobs = jobs
    }

    /// `keep`: outputs not rendered in this build that are still part of the site (a reused paper's
    /// page); they are left as they are, and their cache entries carried over.
    public func write(_ files: [OutputFile], previous: BuildCache?, keep: Set<String> = []) throws -> Report {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // Folders by plain mkdir, parents first: FileManager checks every component of every path.
        let root = directory.path
        let folders = Set(files.flatMap { Self.parentFolders(of: $0.path) })
        for folder in folders.sorted(by: { $0.count < $1.count }) where mkdir(root + "/" + folder, 0o755) != 0 && errno != EEXIST {
            throw EnvironmentError(description: "cannot make the folder \(root)/\(folder): \(String(cString: strerror(errno)))")
        }
        let outcomes = Parallel.map(files, jobs: jobs) { file in
            StageTimer.measure(.write) { Result { try writeIfChanged(file, previous: previous?.outputs[file.path]) } }
        }
        var report = Report()
        for (file, outcome) in zip(files, outcomes) {
            let (wrote, entry) = try outcome.get()
            if wrote {
                report.written += 1
                report.writtenPaths.insert(file.path)
            } else {
                report.unchanged += 1
            }
            report.entries[file.path] = entry
        }
        for path in keep where report.entries[path] == nil {
            if let entry = previous?.outputs[path] { report.entries[path] = entry }
        }
        if let previous {
            for path in previous.outputs.keys where report.entries[path] == nil {
                let url = directory.appendingPathComponent(path)
                if (try? FileManager.default.removeItem(at: url)) != nil { report.removed += 1 }
                removeEmptyFolders(above: url)
            }
        }
        return report
    }

    /// `papers/a/index.html` → `papers`, `papers/a`.
    static func parentFolders(of path: String) -> [String] {
        var folders: [String] = []
        var prefix = ""
        for component in path.split(separator: "/").dropLast() {
            prefix += prefix.isEmpty ? String(component) : "/" + component
            folders.append(prefix)
        }
        return folders
    }

    private func writeIfChanged(_ file: OutputFile, previous: BuildCache.Entry?) throws -> (Bool, BuildCache.Entry) {
        let path = directory.path + "/" + file.path
        let hash = ContentHash.of(file.bytes)
        let stamp = FileStamp.of(path: path)
        if let stamp {
            // The cache vouches for the file on disk only if nobody has touched it since.
            let unchanged: Bool
            if let previous, previous.stamp == stamp {
                unchanged = previous.hash == hash
            } else {
                unchanged = stamp.size == Int64(file.bytes.count)
                    && (try? POSIXFile.read(path, limit: file.bytes.count).get()) == file.bytes
            }
            if unchanged { return (false, BuildCache.Entry(stamp: stamp, hash: hash)) }
        }
        let temporary = path + ".tmp-\(getpid())"
        guard POSIXFile.write(file.bytes, to: temporary), rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw EnvironmentError(description: "cannot write \(path): \(reason)")
        }
        let written = FileStamp.of(path: path) ?? FileStamp(size: Int64(file.bytes.count), modifiedNanoseconds: 0)
        return (true, BuildCache.Entry(stamp: written, hash: hash))
    }

    private func removeEmptyFolders(above url: URL) {
        var folder = url.deletingLastPathComponent()
        while folder.path.count > directory.path.count,
            (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true
        {
            try? FileManager.default.removeItem(at: folder)
            folder = folder.deletingLastPathComponent()
        }
    }
}
