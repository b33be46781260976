import Foundation

/// `boardpack serve`: build, serve on 127.0.0.1, and on every save rebuild what changed and tell
/// open pages to reload; while the content has errors, pages show them instead, and while it has
/// warnings, pages show them in a panel that can be closed.
public struct PreviewSession {
    public var options: BuildOptions
    public var port: UInt16
    /// Folders whose changes trigger a rebuild: the content and the templates.
    public var watched: [URL]
    /// The project's `templates/` folder, used as soon as it appears when there was none at the start.
    public var templatesToAdopt: URL?
    public var log: (String) -> Void

    /// With `--pdf`, making PDFs on every keystroke would keep WeasyPrint busy: the site is rebuilt
    /// once the changes have settled for this long.
    static let pdfSettleSeconds: TimeInterval = 2

    public init(options: BuildOptions, port: UInt16, templatesToAdopt: URL? = nil, log: @escaping (String) -> Void) {
        self.options = options
        self.port = port
        self.templatesToAdopt = options.templates == nil ? templatesToAdopt : nil
        watched = [options.content] + (options.templates.map { [$0] } ?? [])
        self.log = log
    }

    /// Runs until `shouldStop` says so (Ctrl-C); throws for problems outside the content, among them
    /// a missing content folder or WeasyPrint at the start, as `build` does.
    public func run(shouldStop: () -> Bool) throws {
        var session = self
        _ = try SiteBuilder.scan(options)
        if options.pdf, WeasyPrint.find() == nil { throw EnvironmentError(description: WeasyPrint.installAdvice) }
        var state = BuildState.onDisk(for: options)
        let server = try PreviewServer(root: options.output, port: port)
        var watcher = ContentWatcher(folders: watched)
        session.rebuild(&state, server: server)
        server.start()
        log("Serving \(options.display(options.output))/ at http://127.0.0.1:\(port)/ (Ctrl-C to stop)")
        var due: Date?
        while !shouldStop() {
            if session.adoptTemplates() {
                log("Using the new templates folder \(options.display(session.options.templates ?? options.content))/.")
                watcher = ContentWatcher(folders: session.watched)
                due = Date()
            }
            if watcher.wait(timeout: 0.25) {
                due = Date().addingTimeInterval(options.pdf ? Self.pdfSettleSeconds : 0)
            }
            guard let when = due, when <= Date() else { continue }
            due = nil
            session.rebuild(&state, server: server)
        }
        server.stop()
        log("Stopped.")
    }

    /// True when the templates folder has just appeared and is now used and watched.
    private mutating func adoptTemplates() -> Bool {
        guard let folder = templatesToAdopt else { return false }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { return false }
        templatesToAdopt = nil
        options.templates = folder
        watched.append(folder)
        return true
    }

    private func rebuild(_ state: inout BuildState, server: PreviewServer) {
        let started = Date()
        server.beginRebuild()
        do {
            let report = try SiteBuilder.locked(options, waiting: log) { try SiteBuilder.build(options, state: &state) }
            for diagnostic in report.diagnostics { log(DiagnosticFormat.text.format(diagnostic)) }
            let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
            if report.failed {
                server.finishRebuild(
                    overlay: ErrorOverlay.html(report.diagnostics, workingDirectory: URL(fileURLWithPath: options.display.workingDirectory)),
                    warnings: nil)
                log("Build failed (\(report.diagnostics.errorCount) error(s)); the browser shows them. Waiting for a fix…")
            } else {
                server.finishRebuild(overlay: nil, warnings: WarningPanel.html(report.diagnostics))
                log("Rebuilt in \(milliseconds) ms: \(report.papersRead) paper(s) read, \(report.written) file(s) written"
                    + (options.pdf ? ", \(report.pdfs) PDF(s) made." : "."))
            }
            server.reloadPages()
            // Saved after the pages reload: the next `boardpack build` starts from here too.
            if !report.failed { state.save(for: options) }
        } catch {
            server.finishRebuild(overlay: ErrorOverlay.html([], workingDirectory: options.content), warnings: nil)
            log("error: \(error)")
        }
    }
}
