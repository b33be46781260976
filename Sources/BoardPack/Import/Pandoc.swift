import Foundation

/// Debian's `pandoc`, which reads Word documents for `boardpack import`.
public struct Pandoc: Sendable {
    public let executable: String

    public static let installAdvice =
        "boardpack import needs pandoc to read Word documents, and it was not found on PATH. Install it with "
        + "`sudo apt-get install pandoc` (Debian and Ubuntu), then run the import again."

    /// How tracked changes are read: `all` keeps them (and comments) as marked spans, so they can be found.
    public enum TrackChanges: String, Sendable {
        case accept, reject, all
    }

    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> Pandoc? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/pandoc" }.first { FileManager.default.isExecutableFile(atPath: $0) }
            .map(Pandoc.init(executable:))
    }

    public init(executable: String) { self.executable = executable }

    /// Reads `document` as pandoc's JSON, writing its images under `media`. Throws pandoc's own
    /// message when it cannot read the file.
    func read(_ document: URL, trackChanges: TrackChanges, media: URL) throws(PandocFailure) -> PandocDocument {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--from=docx+styles", "--to=json", "--track-changes=\(trackChanges.rawValue)",
            "--extract-media=\(media.path)", document.path,
        ]
        // Pandoc's messages go to a file: reading two pipes in turn could leave pandoc blocked on the other.
        let messageFile = media.appendingPathExtension("messages")
        _ = FileManager.default.createFile(atPath: messageFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: messageFile) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: messageFile.path)
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw PandocFailure(message: "cannot run \(executable): \(error.localizedDescription)") }
        let json = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let parsed = PandocDocument(json: json) else {
            let text = ((try? String(contentsOf: messageFile, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            throw PandocFailure(message: text.isEmpty ? "pandoc stopped with status \(process.terminationStatus)" : text)
        }
        return parsed
    }
}

struct PandocFailure: Error {
    var message: String
}
