import Foundation

/// `boardpack serve`: build, serve on 127.0.0.1, and on every save rebuild what changed and tell
/// open pages to reload; while the content has errors, pages show them instead.
public struct PreviewSession {
    public var options: BuildOptions
    public var port: UInt16
    /// Folders whose changes trigger a rebuild: the content and the templates.
    public var watched: [URL]
    public var log: (String) -> Void

    public init(options: BuildOptions, port: UInt16, log: @escaping (String) -> Void) {
        self.options = options
        self.port = port
        watched = [options.content] + (options.templates.map { [$0] } ?? [])
        self.log = log
    }

    /// Runs until `shouldStop` says so (Ctrl-C); throws only for problems outside the content.
    public func run(shouldStop: () -> Bool) throws {
        var state = BuildState.onDisk(for: options)
        let server = try PreviewServer(root: options.output, port: port)
        let watcher = ContentWatcher(folders: watched)
        rebuild(&state, server: server)
        server.start()
        log("Serving \(options.display(options.output))/ at http://127.0.0.1:\(port)/ (Ctrl-C to stop)")
        while !shouldStop() {
            guard watcher.wait(timeout: 0.25) else { continue }
            rebuild(&state, server: server)
        }
        server.stop()
        log("Stopped.")
    }

    private func rebuild(_ state: inout BuildState, server: PreviewServer) {
        let started = Date()
        do {
            let report = try SiteBuilder.locked(options, waiting: log) { try SiteBuilder.build(options, state: &state) }
            for diagnostic in report.diagnostics { log(DiagnosticFormat.text.format(diagnostic)) }
            let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
            if report.failed {
                server.setOverlay(ErrorOverlay.html(report.diagnostics, workingDirectory: URL(fileURLWithPath: options.display.workingDirectory)))
                log("Build failed (\(report.diagnostics.errorCount) error(s)); the browser shows them. Waiting for a fix…")
            } else {
                server.setOverlay(nil)
                log("Rebuilt in \(milliseconds) ms: \(report.papersRead) paper(s) read, \(report.written) file(s) written.")
            }
            server.reloadPages()
            // Saved after the pages reload: the next `boardpack build` starts from here too.
            if !report.failed { state.save(for: options) }
        } catch {
            server.setOverlay(ErrorOverlay.html([], workingDirectory: options.content))
            log("error: \(error)")
        }
    }
}
