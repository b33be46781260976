import Foundation

/// Why a scaffold was not written.
public enum ScaffoldError: Error, Equatable, CustomStringConvertible, Sendable {
    /// These files (paths inside the folder written into) are already there; nothing was written.
    case alreadyExists([String])
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .alreadyExists(paths):
            "\(paths.count == 1 ? "this file already exists" : "these files already exist"), so nothing was written: "
                + paths.joined(separator: ", ")
        case let .unwritable(path, reason):
            "cannot write \(path): \(reason)"
        }
    }
}

/// Writes scaffolded files, and never over one that is already there: a scaffold is a starting
/// point, and must not replace work the user has done. All or nothing, like a build.
public enum ScaffoldWriter {
    /// Writes each file under `root`, making folders as needed, and returns the paths written.
    public static func write(_ files: [(path: String, text: String)], into root: URL) throws(ScaffoldError) -> [String] {
        let manager = FileManager.default
        let existing = files.map(\.path).filter { path in
            let url = root.appendingPathComponent(path)
            // A dangling symbolic link is "there" too: writing through it would land somewhere unexpected.
            return manager.fileExists(atPath: url.path) || (try? manager.destinationOfSymbolicLink(atPath: url.path)) != nil
        }
        guard existing.isEmpty else { throw .alreadyExists(existing) }
        var written: [URL] = []
        for file in files {
            let url = root.appendingPathComponent(file.path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
                written.append(url)
            } catch {
                for url in written { try? manager.removeItem(at: url) }
                throw .unwritable(path: file.path, reason: error.localizedDescription)
            }
        }
        return files.map(\.path)
    }
}
