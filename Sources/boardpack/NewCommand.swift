import ArgumentParser
import BoardPack
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new paper, meeting or dataset with every field, ready to edit.",
        discussion: """
            Writes <content>/papers/NAME.md, <content>/meetings/NAME.yaml or <content>/data/NAME.yaml. \
            The board and dataset category are the first in site.yaml. Never overwrites a file.
            """)

    @Argument(help: "What to create: paper, meeting or dataset.")
    var kind: ProjectScaffold.Kind

    @Argument(help: "Its name: the file name and web address (letters, digits, '-' and '_').")
    var name: String

    @Option(name: .long, help: "The content folder.")
    var content = "content"

    @Option(name: .long, help: "The date of the paper or meeting, or in the dataset's year, as YYYY-MM-DD (default: today).")
    var date: String?

    @Option(name: .customLong("paper"), help: "For a meeting: a paper (slug) to put on the agenda; may be repeated.")
    var papers: [String] = []

    func run() throws {
        guard ProjectScaffold.isValidName(name) else {
            throw usage("'\(name)' cannot be a name: use letters, digits, '-' and '_', starting with a letter or digit (such as budget-2025)")
        }
        guard ProjectScaffold.isValidName(name, for: kind) else {
            throw usage("'\(name)' cannot be a dataset's name: it names the downloads, so use lower-case letters, digits and '-' "
                + "only (such as \(ContentFolder.datasetID(suggestedFor: name)))")
        }
        if let wrong = papers.first(where: { !ProjectScaffold.isValidName($0) }) {
            throw usage("'\(wrong)' is not a paper's slug (its file name without .md)")
        }
        let day = try chosenDate()
        let folder = URL(fileURLWithPath: content)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw usage("there is no content folder at \(content) (run boardpack in your project's folder, "
                + "or give --content DIR; `boardpack init` makes a new project)")
        }
        let text = ProjectScaffold.newFile(
            kind, name: name, date: day, defaults: SiteDefaults.load(contentFolder: folder), papers: papers)
        let path = kind.path(name: name)
        let shown = PathDisplay()(folder.appendingPathComponent(path))
        do {
            _ = try ScaffoldWriter.write([(path, text)], into: folder)
        } catch {
            if case .alreadyExists = error {
                throw usage("\(shown) already exists; nothing was written (choose another name, or edit that file)")
            }
            throw usage(error.description)
        }
        print("Created \(shown). Fill in its fields, then run `boardpack check`.")
    }

    private func chosenDate() throws -> CalendarDate {
        if let date {
            guard let day = CalendarDate(iso: date) else {
                throw usage("--date must be a real date written YYYY-MM-DD, such as 2025-06-11 (found \"\(date)\")")
            }
            return day
        }
        let today = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let year = today.year, let month = today.month, let day = today.day,
            let date = CalendarDate(year: year, month: month, day: day)
        else { throw usage("cannot tell today's date; give --date YYYY-MM-DD") }
        return date
    }

    /// Prints the message and returns the exit status for a usage problem.
    private func usage(_ message: String) -> ExitCode {
        printError("error: \(message)")
        return ExitStatus.environment
    }
}

extension ProjectScaffold.Kind: ExpressibleByArgument {}
