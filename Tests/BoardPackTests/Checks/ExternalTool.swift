import Foundation
@testable import BoardPack

/// Runs a command and collects what it printed; for the checks that use real tools.
struct ExternalTool {
    struct Output {
        var status: Int32
        var text: String
    }

    static func exists(_ path: String?) -> Bool {
        guard let path else { return false }
        return FileManager.default.isExecutableFile(atPath: path)
    }

    /// The first of `names` on PATH.
    static func onPath(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func environment(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `directory` and `environment`: nil for this process's own.
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, text: String(decoding: data, as: UTF8.self))
    }

    /// Builds one of the repository's examples (content/, or examples/welsh-council/content) into a
    /// new temporary folder.
    static func buildExample(pdf: Bool = false, content: String = "content") throws -> URL {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-example-\(UUID().uuidString)")
        var options = BuildOptions(
            content: Fixtures.packageRoot.appendingPathComponent(content),
            templates: Fixtures.packageRoot.appendingPathComponent("templates"),
            output: output, display: PathDisplay(workingDirectory: Fixtures.packageRoot), useCache: false)
        options.pdf = pdf
        _ = try SiteBuilder.build(options)
        return output
    }
}

