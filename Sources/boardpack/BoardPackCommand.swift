import ArgumentParser
import BoardPack
import Foundation

@main
struct BoardPackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boardpack",
        abstract: "Turn Markdown board papers into an accessible briefings site and printable meeting packs.",
        version: BoardPackVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, InitCommand.self, NewCommand.self, ImportCommand.self]
    )
}

/// Options shared by the commands that read a project.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder.")
    var content = "content"

    @Option(name: .long, help: "Templates folder (default: templates/ if it exists, else the built-in templates).")
    var templates: String?

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .long, help: "Number of parallel jobs (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func buildOptions(output: String = "_site", audience: Audience = .public) -> BuildOptions {
        let templatesFolder = templates ?? (FileManager.default.fileExists(atPath: "templates") ? "templates" : nil)
        return BuildOptions(
            content: URL(fileURLWithPath: content),
            templates: templatesFolder.map { URL(fileURLWithPath: $0) },
            output: URL(fileURLWithPath: output),
            audience: audience,
            strict: strict,
            jobs: jobs)
    }
}

extension Audience: ExpressibleByArgument {}
extension DiagnosticFormat: ExpressibleByArgument {}
extension CIService: ExpressibleByArgument {}

/// Exit statuses: 1 for content errors, 2 for problems outside the content.
enum ExitStatus {
    static let contentErrors = ExitCode(1)
    static let environment = ExitCode(2)
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// `--output ''` would mean the current folder, which is usually the project itself.
enum OutputOption {
    static func check(_ value: String) throws {
        if value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw EnvironmentError(description: "--output is empty: give the folder to build into, such as _site")
        }
    }
}
