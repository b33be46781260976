import ArgumentParser
import BoardPack
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site into the output folder.")

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "The output folder.")
    var output = "_site"

    @Option(name: .long, help: "public, or members (exempt papers included, marked confidential).")
    var audience: Audience = .public

    @Flag(name: .long, help: "Also render each pack to PDF with WeasyPrint (packs/<id>.pdf).")
    var pdf = false

    @Flag(name: .long, help: "Print problems only: no progress and no summary.")
    var quiet = false

    func run() throws {
        let started = Date()
        HeapSettings.forOneBuild()
        var options = project.buildOptions(output: output, audience: audience)
        options.pdf = pdf
        options.leavesMemoryToExit = true
        let progressLine = !quiet && ProgressLine.isTerminal ? ProgressLine() : nil
        options.progress = progressLine?.progress
        let report: BuildReport
        do {
            try OutputOption.check(output)
            options.pagefind = try Pagefind.find(project: options.content.deletingLastPathComponent())
            report = try SiteBuilder.build(options, waiting: { printError($0) })
            progressLine?.finish()
        } catch let error as EnvironmentError {
            progressLine?.finish()
            printError("error: \(error.description)")
            throw ExitStatus.environment
        } catch {
            progressLine?.finish()
            printError("error: the build stopped: \(error.localizedDescription)")
            throw ExitStatus.environment
        }
        for diagnostic in report.diagnostics {
            printError(DiagnosticFormat.text.format(diagnostic))
        }
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        let problems = "\(report.diagnostics.errorCount) error(s), \(report.diagnostics.warningCount) warning(s)"
        if report.failed {
            if !quiet { printError("Build failed: \(problems). \(options.display(options.output))/ was left as it was.") }
            throw ExitStatus.contentErrors
        }
        guard !quiet else { return }
        if StageTimer.enabled {
            printError("CPU time by stage: \(StageTimer.summary())")
            printError("Wall time by phase: \(StageTimer.phaseSummary())")
        }
        if options.pagefind == nil { printError(Pagefind.titleOnlyNotice) }
        printError(summary(report, options: options, seconds: seconds, problems: problems))
    }

    private func summary(_ report: BuildReport, options: BuildOptions, seconds: String, problems: String) -> String {
        let outcome = report.upToDate
            ? "up to date, nothing written"
            : "\(report.papersRead) read, \(report.written) file(s) written, \(report.unchanged) unchanged, \(report.removed) removed"
                + (report.stalePDFs > 0
                    ? " (\(report.stalePDFs) of them PDF(s) whose pack or paper changed since they were printed; build with --pdf to print them again)"
                    : "")
                + (pdf ? ", \(report.pdfs) PDF(s) made" : "") + (report.searchIndexed ? ", search index made" : "")
        return "Built \(report.papers) paper(s) into \(options.display(options.output))/: \(outcome) in \(seconds) s; \(problems)."
    }
}
