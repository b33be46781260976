import ArgumentParser
import BoardPack
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new project, with an example of each kind of file, that builds as it is.",
        discussion: "Writes nothing if any of the files it would write already exists.")

    @Argument(help: "The project folder (default: the current folder).")
    var directory = "."

    @Option(name: .long, help: "The pipeline to write: github (GitHub Actions and Pages) or gitlab (GitLab CI and Pages).")
    var ci: CIService = .github

    @Option(name: .long, help: "england (the default) or wales: the law the council publishes its papers under.")
    var jurisdiction: Jurisdiction = .england

    func run() throws {
        let root = URL(fileURLWithPath: directory)
        let written: [String]
        do {
            written = try ScaffoldWriter.write(ProjectScaffold.files(ci: ci, jurisdiction: jurisdiction), into: root)
        } catch {
            printError("error: \(message(for: error, root: root))")
            throw ExitStatus.environment
        }
        let place = directory == "." ? "this folder" : directory
        print("Created a boardpack project in \(place):")
        for path in written { print("  \(path)") }
        print("")
        print("Next steps:")
        if directory != "." { print("  cd \(directory)") }
        print("  boardpack build          build the site into _site/")
        print("  open _site/index.html    look at it in a browser")
        print("  boardpack serve          or preview it, rebuilt whenever you save a change")
        print(ci.setUpNote)
    }

    private func message(for error: ScaffoldError, root: URL) -> String {
        guard case let .alreadyExists(paths) = error else { return error.description }
        let display = PathDisplay()
        let listed = paths.map { "  " + display(root.appendingPathComponent($0)) }.joined(separator: "\n")
        return "boardpack init writes nothing over existing files, and these already exist:\n\(listed)\n"
            + "Nothing was written. Move them away, or run boardpack init in a new folder."
    }
}

extension Jurisdiction: ExpressibleByArgument {}
