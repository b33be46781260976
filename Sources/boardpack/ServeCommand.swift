import ArgumentParser
import BoardPack
import Dispatch
import Foundation
import Synchronization

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve on 127.0.0.1, and rebuild and reload the browser on every save.")

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "The port to serve on.")
    var port: UInt16 = 8000

    @Option(name: .long, help: "The output folder.")
    var output = "_site"

    @Flag(name: .long, help: "Also render each pack to PDF with WeasyPrint, once changes have settled for 2 s.")
    var pdf = false

    func run() throws {
        var options = project.buildOptions(output: output)
        options.pdf = pdf
        let stop = StopSignal()
        // Without --templates, a templates/ folder made while serving is used as soon as it appears.
        let adopt = project.templates == nil ? URL(fileURLWithPath: "templates") : nil
        let session = PreviewSession(options: options, port: port, templatesToAdopt: adopt) { printError($0) }
        do {
            try OutputOption.check(output)
            try SiteBuilder.checkFolders(options)
            try session.run(shouldStop: { stop.requested })
        } catch let error as EnvironmentError {
            printError("error: \(error.description)")
            throw ExitStatus.environment
        }
    }
}

/// Ctrl-C (SIGINT) and SIGTERM ask the server to stop cleanly instead of killing it mid-write.
final class StopSignal {
    private final class Flag: Sendable {
        let raised = Atomic<Bool>(false)
    }

    private let flag = Flag()
    private let sources: [any DispatchSourceSignal]

    init() {
        let flag = self.flag
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { flag.raised.store(true, ordering: .relaxed) }
            source.resume()
            return source
        }
    }

    var requested: Bool { flag.raised.load(ordering: .relaxed) }
}
