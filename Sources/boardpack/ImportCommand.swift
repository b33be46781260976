import ArgumentParser
import BoardPack
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import Word papers (.docx) as Markdown papers in content/papers/.",
        discussion: """
            Reads each Word document with pandoc, maps the LGA front sheet into the paper's front matter \
            and writes <content>/papers/<slug>.md (images into <content>/assets/<slug>/), then checks it and \
            says what is left to fill in. Never overwrites a paper unless --force is given.
            """)

    @Argument(help: "The Word documents (.docx) to import.")
    var files: [String]

    @Option(name: .long, help: "The content folder.")
    var content = "content"

    @Option(name: .long, help: "The board the papers go to: the id of a board in site.yaml.")
    var board: String?

    @Option(name: .long, help: "The date of the meeting the papers go to, YYYY-MM-DD.")
    var date: String?

    @Option(name: .long, help: "The nations the papers cover, separated by commas, such as england,wales.")
    var scope: String?

    @Flag(name: .long, help: "Take tracked changes as made (comments are left out).")
    var acceptChanges = false

    @Flag(name: .long, help: "Take the text as it was before tracked changes (comments are left out).")
    var rejectChanges = false

    @Flag(name: .long, help: "Replace a paper that is already there.")
    var force = false

    func run() throws {
        if acceptChanges && rejectChanges {
            printError("error: give --accept-changes or --reject-changes, not both")
            throw ExitStatus.environment
        }
        // Before any work: without pandoc nothing can be read.
        guard let pandoc = Pandoc.find() else {
            printError("error: \(Pandoc.installAdvice)")
            throw ExitStatus.environment
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isFolder), isFolder.boolValue else {
            printError("error: there is no content folder at \(content) (run boardpack in your project's folder, "
                + "or give --content DIR; `boardpack init` makes a new project)")
            throw ExitStatus.environment
        }
        let settings: ImportSettings
        do {
            settings = try ImportSettings(board: board, date: date, scope: scope)
        } catch {
            printError("error: \(error.description)")
            throw ExitStatus.environment
        }
        let options = WordImporter.Options(
            content: URL(fileURLWithPath: content), settings: settings,
            changes: acceptChanges ? .accept : rejectChanges ? .reject : nil, force: force)
        let importer = WordImporter(pandoc: pandoc, options: options)
        var status: Int32 = 0
        for file in files {
            let outcome = importer.importFile(URL(fileURLWithPath: file))
            for diagnostic in outcome.diagnostics { print(DiagnosticFormat.text.format(diagnostic)) }
            switch outcome.failure {
            case let .refused(message)?:
                printError("error: \(message)")
                status = max(status, 1)
            case let .exists(message)?:
                printError("error: \(message)")
                status = 2
            case nil:
                let errors = outcome.diagnostics.errorCount
                print("Imported \(outcome.source) as \(outcome.paper ?? "?")"
                    + (errors == 0 ? "." : ": \(errors) thing(s) to fill in or fix before it builds, listed above."))
                if errors > 0 { status = max(status, 1) }
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}
