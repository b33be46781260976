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
            var state = BuildState.onDisk(for: options)
            let report = try build(options, state: &state)
            if !report.failed, !report.upToDate { state.save(for: options) }
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

    public static func build(_ options: BuildOptions, state: inout BuildState) throws -> BuildReport {
        let folder = try scan(options)
        try FolderCheck.templates(options)
        try FolderCheck.output(options)
        let location = CacheLocation(for: options)
        // A public build into a folder that held a members' build trusts nothing it finds there.
        let membersMarked = options.audience == .public && MembersMark.isPresent(in: options.output, location: location)
        if membersMarked { state.cache = nil }
        OutputWriter.removeStaging(in: options.output)
        defer { state.cacheProblem = nil }
        // Said before any work is done, so that nobody waits for a build that cannot finish.
        let weasyPrint = options.pdf ? WeasyPrint.find() : nil
        if options.pdf, weasyPrint == nil { throw EnvironmentError(description: WeasyPrint.installAdvice) }
        let (loadedTemplates, templateProblems) = TemplateSet.load(
            directory: options.templates, displayPath: options.display.callAsFunction)
        var report = BuildReport()
        guard let templates = loadedTemplates else {
            report.diagnostics = finish(templateProblems, strict: options.strict)
            return report
        }
        let key = cacheKey(options, templates: templates, site: folder.siteFile)
        var previous = state.cache.flatMap { $0.key == key ? $0 : nil }
        let inputs = stamps(of: folder)
        report.papers = folder.papers.count
        // Outputs someone deleted or edited are not what the cache says: then every page is made
        // again (the writer still skips those whose bytes are unchanged).
        let outputsIntact = previous.map { outputsUntouched($0, in: options.output) } ?? false
        if let previous, previous.inputs == inputs, outputsIntact,
            !options.pdf || PDFStage.present(for: previous.outputs, in: options),
            options.pagefind == nil || SearchStage.present(in: options.output)
        {
            report.diagnostics = finish(previous.diagnostics, strict: options.strict)
            if options.pagefind == nil { SearchStage.remove(in: options.output) }
            report.upToDate = !report.failed
            report.unchanged = previous.outputs.count
            return report
        }

        // Attachments show in packs and on meeting pages: one that changed has everything made again.
        let attachmentsChanged = previous.map { previous in
            let folderPath = folder.root.appendingPathComponent("attachments").path + "/"
            return folder.attachments.contains { previous.inputs[$0.path] != inputs[$0.path] }
                || previous.inputs.keys.contains { $0.hasPrefix(folderPath) && inputs[$0] == nil }
        } ?? false
        if !outputsIntact || attachmentsChanged || previous?.decodeRecords() == false { previous = nil }
        let loader = ProjectLoader(options: options)
        var project = ProjectLoader.Project()
        loader.loadSettings(folder, into: &project)
        var plan = IncrementalPlan(folder: folder, inputs: inputs, previous: previous, audience: options.audience, meetings: project.meetings)
        var diagnostics = project.diagnostics + templateProblems
        project.diagnostics = []
        if plan.needsDatasets {
            diagnostics += loadDatasets(folder, plan: plan, loader: loader, project: &project, state: &state)
        } else {
            diagnostics += plan.cachedDiagnostics(for: Set(folder.datasets.map(\.path)), workingDirectory: options.display.workingDirectory)
        }

        // Papers that changed (or whose datasets did) are read and rendered; the rest are reused.
        let site = project.site
        let renderer = try site.map { try SiteRenderer(templates: templates, site: $0, options: options, meetings: project.meetings) }
        var parsed = loader.loadPapers(plan.papersToRead, project: project, render: pageRenderer(renderer, project.datasets))
        // The link check: links to sections of other papers, once every paper's anchors are known.
        let firstRead = parsed.compactMap(\.paper)
        project.anchors = LinkCheck.anchors(parsed: firstRead, reused: Array(plan.reused.values), audience: options.audience)
        let affected = LinkCheck.reusedAffected(
            parsed: firstRead, reused: Array(plan.reused.values), previous: previous.map { Array($0.papers.values) } ?? [],
            audience: options.audience)
        plan.readAgain(affected)
        if !affected.isEmpty, !plan.needsDatasets {
            plan.needsDatasets = true
            diagnostics += loadDatasets(folder, plan: plan, loader: loader, project: &project, state: &state)
        }
        parsed = loader.recheckLinks(
            parsed, also: affected, folder: folder, project: project, render: pageRenderer(renderer, project.datasets))
        loader.add(parsed, to: &project)
        diagnostics += loader.checkPackIntros(&project)
        diagnostics += project.diagnostics
            + plan.cachedDiagnostics(for: Set(plan.reused.keys), workingDirectory: options.display.workingDirectory)
        let listings = plan.listings(parsed: project.papers)
        diagnostics += loader.crossCheck(project, listings: listings, folder: folder)
        report.papersRead = plan.papersToRead.count
        // Not content, so never made an error by --strict, and not repeated by later builds.
        report.diagnostics = finish(diagnostics, strict: options.strict) + (state.cacheProblem.map { [$0] } ?? [])
        guard !report.failed, site != nil, let renderer else { return report }

        // Packs whose papers, membership or file changed are rendered again, from full papers.
        let membership = PackMembership(project: project, listings: listings, folder: folder)
        let packsDue = membership.due(plan: plan, parsedSlugs: Set(project.papers.map(\.slug)))
        if !packsDue.isEmpty, !plan.needsDatasets {
            plan.needsDatasets = true
            diagnostics += loadDatasets(folder, plan: plan, loader: loader, project: &project, state: &state)
        }
        let packPapers = fullPapers(for: packsDue, membership: membership, project: project, plan: plan, loader: loader)

        let outputs = RenderPlan(
            renderer: renderer, plan: plan, project: project, listings: listings, membership: membership, options: options
        ).outputs(packsDue: packsDue, packPapers: packPapers)

        let marking = options.audience == .members && !MembersMark.isMarked(options.output)
        if marking { try MembersMark.write(in: options.output) }
        let writer = OutputWriter(directory: options.output, jobs: options.jobs, shownAs: options.display(options.output))
        let written: OutputWriter.Report
        do {
            written = try writer.write(outputs.files, previous: state.cache, keep: outputs.keep)
        } catch {
            if marking { MembersMark.remove(from: options.output) }
            throw error
        }
        report.written = written.written
        report.unchanged = written.unchanged
        report.removed = written.removed
        report.changedPaths = written.writtenPaths
        // Before the PDFs are made: a members' PDF beside a pack that reads the same is removed too.
        if membersMarked { report.removed += try MembersMark.sweep(options.output, keeping: Set(written.entries.keys), location: location) }
        if let weasyPrint {
            report.pdfs = try PDFStage.render(written, weasyPrint: weasyPrint, options: options)
            let prints = project.papers.filter(renderer.isPrinted).map { renderer.paperPrint($0, datasets: project.datasets) }
            report.pdfs += try PaperPDFStage.render(prints, weasyPrint: weasyPrint, options: options)
        }
        report.stalePDFs = PDFStage.removeStale(keeping: options.pdf ? Set(written.entries.keys) : outputs.pdfs, output: options.output)
        let printable = listings.filter { options.audience == .members || $0.exempt == nil }.map(\.slug)
        report.stalePDFs += PaperPDFStage.removeStale(printable: Set(printable), output: options.output)
        report.removed += report.stalePDFs
        if let pagefind = options.pagefind {
            report.searchIndexed = try SearchStage.run(
                written, pagefind: pagefind, output: options.output, sinceTrustedBuild: previous != nil)
        } else {
            SearchStage.remove(in: options.output)
        }

        var cache = BuildCache(key: key)
        cache.inputs = inputs
        cache.outputs = written.entries
        cache.diagnostics = diagnostics
        cache.papers = plan.records(parsed: project.papers)
        cache.packMembers = Dictionary(membership.all.map { ($0.outputPath, $0.members) }) { first, _ in first }
        state.cache = cache
        return report
    }

    private static func pageRenderer(_ renderer: SiteRenderer?, _ datasets: [String: IncidentDataset]) -> @Sendable (Paper) -> OutputFile {
        { paper in renderer?.paperPage(paper, datasets: datasets) ?? OutputFile(path: paper.listing.path, bytes: []) }
    }

    /// Loads the datasets, reusing those `state` holds from an earlier build in this process.
    private static func loadDatasets(
        _ folder: ContentFolder, plan: IncrementalPlan, loader: ProjectLoader, project: inout ProjectLoader.Project,
        state: inout BuildState
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var fresh: [URL] = []
        var kept: [String: (stamp: FileStamp, dataset: IncidentDataset)] = [:]
        for url in folder.datasets {
            if let held = state.datasets[url.path], held.stamp == plan.inputs[url.path] {
                project.datasets[held.dataset.id] = held.dataset
                kept[url.path] = held
                diagnostics += state.datasetDiagnostics[url.path] ?? []
            } else {
                fresh.append(url)
            }
        }
        let (loaded, problems) = loader.loadDatasets(fresh, site: project.site)
        diagnostics += problems
        for url in fresh {
            guard let dataset = loaded[ProjectLoader.id(of: url)], let stamp = plan.inputs[url.path] else { continue }
            project.datasets[dataset.id] = dataset
            kept[url.path] = (stamp, dataset)
            state.datasetDiagnostics[url.path] = problems.filter { $0.path == loader.options.display(url) }
        }
        state.datasets = kept
        return diagnostics
    }

    /// Every paper of the packs to render, read in full: those read in this build and the others.
    private static func fullPapers(
        for packs: [PackMembership.Entry], membership: PackMembership, project: ProjectLoader.Project,
        plan: IncrementalPlan, loader: ProjectLoader
    ) -> [String: Paper] {
        var papers = Dictionary(project.papers.map { ($0.slug, $0) }) { first, _ in first }
        let needed = Set(packs.flatMap(\.members)).subtracting(papers.keys)
        let urls = plan.folder.papers.filter { needed.contains(ContentFolder.slug(of: $0)) }
        for result in loader.loadPapers(urls, project: project, render: nil) {
            if let paper = result.paper { papers[paper.slug] = paper }
        }
        return papers
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
    static func cacheKey(_ options: BuildOptions, templates: TemplateSet, site: URL) -> String {
        var digest = ContentHash()
        digest.add(BoardPackVersion.current)
        digest.add(ContentHash.hex(templates.fingerprint))
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
        for path in folder.paperPaths + others {
            stamps[path] = FileStamp.of(path: path) ?? FileStamp(size: -1, modifiedNanoseconds: 0)
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
