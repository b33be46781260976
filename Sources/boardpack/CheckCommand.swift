import ArgumentParser
import BoardPack
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the content and report every problem, without building.")

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "text, json (one object per line), github (Actions annotations) or gitlab (Code Quality report).")
    var format: DiagnosticFormat = .text

    func run() throws {
        let diagnostics: [Diagnostic]
        do {
            diagnostics = try SiteBuilder.check(project.buildOptions())
        } catch let error as EnvironmentError {
            printError("error: \(error.description)")
            throw ExitStatus.environment
        }
        let report = format.report(diagnostics)
        if !report.isEmpty { print(report) }
        if format == .text {
            // stdout is buffered when piped: without this the summary (on stderr) comes out first.
            fflush(nil)
            printError("\(diagnostics.errorCount) error(s), \(diagnostics.warningCount) warning(s).")
        }
        if diagnostics.hasErrors { throw ExitStatus.contentErrors }
    }
}
