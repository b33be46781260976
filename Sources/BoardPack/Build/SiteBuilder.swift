import Foundation

/// What a build did, for the summary line and the exit status.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var papers = 0
    /// Papers read and rendered in this build (the rest were unchanged and reused).
    public var papersRead = 0
    public var written = 0
    public var unchanged = 0
    public var removed = 0
    /// PDFs made in this build (with --pdf).
    public var pdfs = 0
    /// Packs' PDFs removed because their pack changed since they were made (counted in `removed`).
    public var stalePDFs = 0
    /// Pagefind indexed the site in this build (with a Pagefind, only when a paper's page changed).
    public var searchIndexed = false
    /// Nothing had changed since the last build, so nothing was parsed or written.
    public var upToDate = false
    /// Paths (inside the output folder) whose bytes changed: what `serve` reloads.
    public var changedPaths: Set<String> = []
    public var failed: Bool { diagnostics.hasErrors }
}

/// Problems that are not in the content: a missing folder, an unwritable disk.
public struct EnvironmentError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(description: String) { self.description = description }
}

/// The build, start to finish: load → parse → validate → assemble → render → write. It knows what
/// each output depends on — a paper's page on the paper, its datasets and the templates; a pack on
/// its papers; the index on every paper's listing — and reads and renders only what changed since
/// the build whose state it is given.
public enum SiteBuilder {
    public static func check(_ options: BuildOptions) throws -> [Diagnostic] {
        let folder = try scan(options)
        try FolderCheck.templates(options)
        let (_, templateProblems) = TemplateSet.load(directory: options.templates, displayPath: options.display.callAsFunction)
        let project = ProjectLoader(options: options).load(folder)
        let today = options.today ?? CalendarDate.today()
        let reminders = project.site.flatMap { site in today.map { NoticeCheck.reminders(project.meetings, site: site, today: $0) } }
        return finish(project.diagnostics + templateProblems + (reminders ?? []), strict: options.strict)
    }

    /// A command-line build: state from the cache on disk, saved again after a successful build.
    /// `waiting` is told when another build of the same output holds the lock, before this one waits.
    public static func build(_ options: BuildOptions, waiting: (String) -> Void = { _ in }) throws -> BuildReport {
        try locked(options, waiting: waiting) {
            var state = StageTimer.phase("load cache") { BuildState.onDisk(for: options) }
            let report = try build(options, state: &state)
            if !report.failed, !report.upToDate { StageTimer.phase("save cache") { state.save(for: options) } }
            if options.leavesMemoryToExit { UntilExit.keep(state) }
            return report
        }
    }

    /// The folder options a build refuses (see `FolderCheck`), for `serve` to refuse before it starts.
    public static func checkFolders(_ options: BuildOptions) throws {
        try FolderCheck.templates(options)
        try FolderCheck.output(options)
    }

    /// Runs `work` holding the output's lock (see `OutputLock`); without a cache there is no lock.
    public static func locked<T>(_ options: BuildOptions, waiting: (String) -> Void, _ work: () throws -> T) throws -> T {
        guard options.useCache else { return try work() }
        try FolderCheck.output(options)
        let lock = try OutputLock.acquire(CacheLocation(for: options), output: options.display(options.output), waiting: waiting)
        defer { withExtendedLifetime(lock) {} }
        return try work()
    }

    /// The build in named phases (see `BuildRun`): up to date? → read what changed → check links →
    /// cross-check → render what is due → write → record.
    public static func build(_ options: BuildOptions, state: inout BuildState) throws -> BuildReport {
        defer { state.cacheProblem = nil }
        var run = try StageTimer.phase("scan") { try BuildRun(options, state: &state) }
        defer { if options.leavesMemoryToExit { UntilExit.keep(run) } }
        if let report = StageTimer.phase("up to date?", { run.upToDate() }) { return report }
        guard try StageTimer.phase("read", { try run.readChanged(state: &state) }) else { return run.report }
        StageTimer.phase("check links") { run.checkLinks(state: &state) }
        guard StageTimer.phase("cross-check", { run.crossCheck() }), run.finishDiagnostics(cacheProblem: state.cacheProblem),
            let (outputs, membership) = StageTimer.phase("render", { run.renderDue(state: &state) })
        else { return run.report }
        let written = try StageTimer.phase("write") { try run.write(outputs, previousOutputs: state.cache) }
        if options.leavesMemoryToExit { UntilExit.keep((outputs, written)) }
        state.cache = StageTimer.phase("record") { run.record(written, membership: membership) }
        return run.report
    }

    static func scan(_ options: BuildOptions) throws -> ContentFolder {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.content.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw EnvironmentError(description: "there is no content folder at \(options.display(options.content)) "
                + "(run boardpack in your project's folder, or give --content DIR; `boardpack init` makes a new project)")
        }
        return ContentFolder.scan(options.content)
    }

    static func finish(_ diagnostics: [Diagnostic], strict: Bool) -> [Diagnostic] {
        let sorted = Array(Set(diagnostics)).sorted()
        return strict ? sorted.map { $0.strict() } : sorted
    }

    /// Everything that changes every page at once: boardpack's version, the templates, the options
    /// and site.yaml (board names and the organisation appear on every page).
    static func cacheKey(_ options: BuildOptions, templates fingerprint: UInt64, site: URL) -> String {
        var digest = ContentHash()
        digest.add(BoardPackVersion.current)
        digest.add(ContentHash.hex(fingerprint))
        digest.add(options.audience.rawValue)
        digest.add(options.pdf ? "pdf" : "html")
        digest.add(options.markdown.extensions.joined(separator: ","))
        digest.add(options.markdown.unsafeHTML ? "unsafe" : "safe")
        digest.add(options.output.standardizedFileURL.path)
        if case let .success(bytes) = POSIXFile.read(site.path, limit: SourceReader.maximumBytes) {
            digest.add(ContentHash.hex(ContentHash.of(bytes)))
        }
        return ContentHash.hex(digest.value)
    }

    static func stamps(of folder: ContentFolder) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        let others = ([folder.siteFile] + folder.datasets + folder.meetings + folder.packs + folder.strays + folder.images + folder.attachments).map(\.path)
        stamps.reserveCapacity(folder.paperPaths.count + folder.translations.count + others.count + folder.refused.count)
        for path in folder.paperPaths + folder.translations.map(\.path) + others {
            stamps[path] = folder.paperStamps[path] ?? FileStamp.of(path: path) ?? FileStamp(size: -1, modifiedNanoseconds: 0)
        }
        // An entry refused (a pipe, a link out) is an input too: adding one must not leave the build "up to date".
        for (index, refusal) in folder.refused.enumerated() {
            stamps[refusal.path + "#refused-\(index)"] = FileStamp(size: -2, modifiedNanoseconds: Int64(refusal.message.utf8.count))
        }
        return stamps
    }

    static func outputsUntouched(_ cache: BuildCache, in output: URL) -> Bool {
        let root = output.path + "/"
        return cache.outputs.allSatisfy { path, entry in FileStamp.of(path: root + path) == entry.stamp }
    }
}
