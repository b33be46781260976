import Foundation

/// One build, phase by phase (see `SiteBuilder.build`): each phase is a method that reads what
/// the earlier ones left here and adds its own part.
struct BuildRun {
    let options: BuildOptions
    let folder: ContentFolder
    let location: CacheLocation
    /// A public build into a folder that held a members' build trusts nothing it finds there.
    let membersMarked: Bool
    let weasyPrint: WeasyPrint?
    /// The stamps of every input file, and the key of everything that changes every page.
    let inputs: [String: FileStamp]
    let key: String
    /// The templates' fingerprint (see `TemplateSet.fingerprint`); nil when one could not be read.
    let templateFingerprint: UInt64?
    /// The previous build's record, if it was made under the same key (and can still be trusted).
    var previous: BuildCache?
    var report = BuildReport()
    /// Whether every output is as the previous build left it (see `upToDate`).
    var outputsIntact = false
    /// Problems found so far (sorted and made strict into `report` by `finishDiagnostics`).
    var diagnostics: [Diagnostic] = []

    // Set by `readChanged`.
    var loader: ProjectLoader
    var project = ProjectLoader.Project()
    var plan: IncrementalPlan?
    var renderer: SiteRenderer?
    /// The papers read, with their problems, until the link check has read some again.
    var results: [ProjectLoader.PaperResult] = []
    var listings: [PaperListing] = []
    /// Set by `write`: the records of every paper for the next build.
    var paperRecords: [String: PaperRecord] = [:]
    /// `paperRecords` as the cache file holds them (see `BuildCache.setPapers`).
    var encodedRecords = BuildCache.RecordSpans()

    /// Scans the content and checks the folders; said before any work is done, so that nobody
    /// waits for a build that cannot finish.
    init(_ options: BuildOptions, state: inout BuildState) throws {
        self.options = options
        folder = try SiteBuilder.scan(options)
        try FolderCheck.templates(options)
        try FolderCheck.output(options)
        location = CacheLocation(for: options)
        membersMarked = options.audience == .public && MembersMark.isPresent(in: options.output, location: location)
        if membersMarked { state.cache = nil }
        OutputWriter.removeStaging(in: options.output)
        weasyPrint = options.pdf ? WeasyPrint.find() : nil
        if options.pdf, weasyPrint == nil { throw EnvironmentError(description: WeasyPrint.installAdvice) }
        // The templates' fingerprint is known from their text: parsing them waits until there is work.
        let (sources, _, unreadable) = TemplateSet.sources(directory: options.templates, displayPath: options.display.callAsFunction)
        let fingerprint = unreadable.isEmpty ? TemplateSet.fingerprint(sources) : nil
        templateFingerprint = fingerprint
        let siteFile = folder.siteFile
        let key = fingerprint.map { SiteBuilder.cacheKey(options, templates: $0, site: siteFile) } ?? ""
        self.key = key
        previous = state.cache.flatMap { $0.key == key && !key.isEmpty ? $0 : nil }
        inputs = SiteBuilder.stamps(of: folder)
        report.papers = folder.papers.count
        loader = ProjectLoader(options: options)
    }

    // MARK: 1. Up to date?

    /// The report of a build with nothing to do: every input as the previous build found it, and
    /// every output as it left them. Nil when there is work.
    mutating func upToDate() -> BuildReport? {
        outputsIntact = previous.map { SiteBuilder.outputsUntouched($0, in: options.output) } ?? false
        guard let previous, previous.inputs == inputs, outputsIntact, !options.pdf || PDFStage.present(for: previous.outputs, in: options),
            options.pagefind == nil || SearchStage.present(in: options.output)
        else { return nil }
        report.diagnostics = SiteBuilder.finish(previous.diagnostics, strict: options.strict)
        if options.pagefind == nil { SearchStage.remove(in: options.output) }
        report.upToDate = !report.failed
        report.unchanged = previous.outputs.count
        return report
    }

    // MARK: 2. Read what changed

    /// Parses the templates, reads the settings, and reads and validates the papers that changed
    /// (and the datasets, when any paper is read). False when the templates cannot be used.
    mutating func readChanged(state: inout BuildState) throws -> Bool {
        loader.loadSettings(folder, into: &project)
        let (loadedTemplates, templateProblems) = loadTemplates(languages: project.site?.languages ?? [.en], state: &state)
        guard let templates = loadedTemplates else {
            report.diagnostics = SiteBuilder.finish(templateProblems, strict: options.strict)
            return false
        }
        // Outputs someone deleted or edited are not what the cache says: then every page is made
        // again (the writer still skips those whose bytes are unchanged).
        if !outputsIntact || attachmentsChanged() || previous?.decodeRecords() == false { previous = nil }
        let plan = IncrementalPlan(
            folder: folder, inputs: inputs, previous: previous, audience: options.audience, meetings: project.meetings)
        self.plan = plan
        diagnostics = project.diagnostics + templateProblems
        project.diagnostics = []
        if plan.needsDatasets {
            loadDatasets(state: &state)
        } else {
            diagnostics += plan.cachedDiagnostics(for: Set(folder.datasets.map(\.path)), workingDirectory: options.display.workingDirectory)
        }
        renderer = try project.site.map { try SiteRenderer(templates: templates, site: $0, options: options, meetings: project.meetings) }
        // Read with the anchors known already, those of the papers not read again (see `LinkCheck`).
        project.anchors = LinkCheck.anchors(parsed: [], reused: Array(plan.reused.values), audience: options.audience)
        results = loader.loadPapers(plan.papersToRead, project: project)
        return true
    }

    /// The templates, parsed; in `serve`, those an earlier build parsed from the same text.
    private func loadTemplates(languages: [Language], state: inout BuildState) -> ([Language: TemplateSet]?, [Diagnostic]) {
        if let held = state.templates, let templateFingerprint, held.fingerprint == templateFingerprint,
            held.directory == options.templates, held.languages == languages
        {
            return (held.sets, held.diagnostics)
        }
        let (sets, diagnostics) = TemplateSet.load(directory: options.templates, displayPath: options.display.callAsFunction, languages: languages)
        // Kept under the fingerprint of the text they were parsed from (read again by `load`).
        state.templates = sets.flatMap { sets in
            sets[languages.first ?? .en].map {
                BuildState.ParsedTemplates(
                    fingerprint: $0.fingerprint, directory: options.templates, languages: languages, sets: sets, diagnostics: diagnostics)
            }
        }
        return (sets, diagnostics)
    }

    /// Attachments show in packs and on meeting pages: one that changed has everything made again.
    private func attachmentsChanged() -> Bool {
        guard let previous else { return false }
        let folderPath = folder.root.appendingPathComponent("attachments").path + "/"
        return folder.attachments.contains { previous.inputs[$0.path] != inputs[$0.path] }
            || previous.inputs.keys.contains { $0.hasPrefix(folderPath) && inputs[$0] == nil }
    }

    // MARK: 3. Link checking

    /// Links to sections of other papers, once every paper's anchors are known (as Zola's
    /// `link_checking` runs after the site is loaded): the papers read that depend on them, and the
    /// reused papers that link to an anchor that changed or went, are read again.
    mutating func checkLinks(state: inout BuildState) {
        guard var plan else { return }
        let reused = Array(plan.reused.values)
        let readWith = project.anchors
        project.anchors = LinkCheck.anchors(read: results, reused: reused, audience: options.audience)
        // With no paper reused (a first build) none can be affected: the papers are not copied out.
        let affected = reused.isEmpty ? [] : LinkCheck.reusedAffected(
            parsed: results.compactMap(\.paper), reused: reused, previous: previous.map { Array($0.papers.values) } ?? [],
            audience: options.audience)
        plan.readAgain(affected)
        self.plan = plan
        if !affected.isEmpty { ensureDatasets(state: &state) }
        results = loader.recheckLinks(results, also: affected, readWith: readWith, folder: folder, project: project)
        loader.add(results, to: &project)
        results = []
        diagnostics += loader.checkPackIntros(&project)
    }

    // MARK: 4. Validate what needs every paper

    /// Dataset references, meetings' and packs' references to papers; then the report's diagnostics.
    /// False when the build stops here (errors, or no site.yaml to render with).
    mutating func crossCheck() -> Bool {
        guard let plan else { return false }
        diagnostics += loader.checkDatasetReferences(project)
        diagnostics += project.diagnostics
            + plan.cachedDiagnostics(for: plan.reusedFiles, workingDirectory: options.display.workingDirectory)
        listings = plan.listings(parsed: project.papers)
        diagnostics += loader.crossCheck(project, listings: listings, folder: folder)
        report.papersRead = plan.papersToRead.count
        return true
    }

    /// The diagnostics as reported: the cache's own warning is not content, so never made an error
    /// by --strict, and not repeated by later builds.
    mutating func finishDiagnostics(cacheProblem: Diagnostic?) -> Bool {
        report.diagnostics = SiteBuilder.finish(diagnostics, strict: options.strict) + (cacheProblem.map { [$0] } ?? [])
        return !report.failed && renderer != nil
    }

    // MARK: 5. Render what is due

    /// The pages of the papers read, the packs due (from full papers), and whatever else changed.
    mutating func renderDue(state: inout BuildState) -> (RenderPlan.Outputs, PackMembership)? {
        guard let renderer, let due = plan else { return nil }
        let membership = PackMembership(project: project, listings: listings, folder: folder)
        let packsDue = membership.due(plan: due, parsedSlugs: Set(project.papers.map(\.slug)))
        if !packsDue.isEmpty { ensureDatasets(state: &state) }
        guard let plan else { return nil }
        let outputs = RenderPlan(
            renderer: renderer, plan: plan, project: project, listings: listings, membership: membership, options: options
        ).outputs(packsDue: packsDue, packPapers: fullPapers(for: packsDue))
        return (outputs, membership)
    }

    /// Every paper of the packs to render, read in full: those read in this build and the others.
    private func fullPapers(for packs: [PackMembership.Entry]) -> [String: Paper] {
        var papers = Dictionary(project.papers.map { ($0.slug, $0) }) { first, _ in first }
        let needed = Set(packs.flatMap(\.members)).subtracting(papers.keys)
        let urls = folder.papers(withSlugs: needed)
        for result in loader.loadPapers(urls, project: project) {
            if let paper = result.paper { papers[paper.slug] = paper }
        }
        return papers
    }

    // MARK: 6. Write

    /// Writes what changed, then the PDFs and the search index.
    /// `previousOutputs`: the last build's record of its outputs, under any key: unchanged bytes are not rewritten.
    mutating func write(_ outputs: RenderPlan.Outputs, previousOutputs: BuildCache?) throws -> OutputWriter.Report {
        let marking = options.audience == .members && !MembersMark.isMarked(options.output)
        // The mark of a members' build makes the output folder: the writer is told it is new all the same.
        let newFolder = marking && !FileManager.default.fileExists(atPath: options.output.path)
        if marking { try MembersMark.write(in: options.output) }
        let writer = OutputWriter(directory: options.output, jobs: options.jobs, shownAs: options.display(options.output))
        let written: OutputWriter.Report
        // The next build's records of the papers are worked out, and encoded for the cache file,
        // while the files are written.
        let records: @Sendable () -> ([String: PaperRecord], BuildCache.RecordSpans) = { [plan, papers = project.papers] in
            let records = plan?.records(parsed: papers) ?? [:]
            // The reused papers' records are the previous build's: their bytes are copied.
            return (records, BuildCache.encode(records, reusing: plan?.reused ?? [:], from: plan?.previous))
        }
        do {
            ((paperRecords, encodedRecords), written) = try Parallel.both(records) {
                try writer.write(outputs.files, previous: previousOutputs, keep: outputs.keep, newFolder: newFolder)
            }
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
        try printPDFs(written, outputs: outputs)
        if let pagefind = options.pagefind {
            report.searchIndexed = try SearchStage.run(
                written, pagefind: pagefind, output: options.output, sinceTrustedBuild: previous != nil, site: project.site)
        } else {
            SearchStage.remove(in: options.output)
        }
        return written
    }

    private mutating func printPDFs(_ written: OutputWriter.Report, outputs: RenderPlan.Outputs) throws {
        if let weasyPrint, let renderer {
            // One set of WeasyPrint processes for every PDF of the build, packs and papers.
            let printer = WeasyPrint.Printer(weasyPrint)
            defer { printer.close() }
            let prints = project.papers.filter(renderer.isPrinted).flatMap { renderer.paperPrints($0, datasets: project.datasets) }
            // Packs first, the longest: the papers print beside them.
            let jobs = PDFStage.jobs(written, printer: printer, options: options, labels: renderer.languages.mapValues(\.labels))
                + PaperPDFStage.jobs(prints, printer: printer, options: options)
            try printer.run(jobs, threads: options.jobs, progress: options.progress)
            report.pdfs = jobs.count
        }
        report.stalePDFs = PDFStage.removeStale(keeping: options.pdf ? Set(written.entries.keys) : outputs.pdfs, output: options.output)
        let printable = listings.filter { options.audience == .members || $0.exempt == nil }.map(\.slug)
        report.stalePDFs += PaperPDFStage.removeStale(printable: Set(printable), output: options.output)
        report.removed += report.stalePDFs
    }

    // MARK: 7. Record

    /// What the next build needs to know of this one.
    func record(_ written: OutputWriter.Report, membership: PackMembership) -> BuildCache? {
        guard plan != nil else { return nil }
        var cache = BuildCache(key: key)
        cache.inputs = inputs
        cache.outputs = written.entries
        cache.diagnostics = diagnostics
        cache.setPapers(paperRecords, encoded: encodedRecords)
        cache.packMembers = Dictionary(membership.all.map { ($0.outputPath, $0.members) }) { first, _ in first }
        return cache
    }

    // MARK: Datasets

    /// Loads the datasets if this build has not yet (a paper read again may embed them).
    private mutating func ensureDatasets(state: inout BuildState) {
        guard plan?.needsDatasets == false else { return }
        plan?.needsDatasets = true
        loadDatasets(state: &state)
    }

    /// Loads the datasets, reusing those `state` holds from an earlier build in this process.
    private mutating func loadDatasets(state: inout BuildState) {
        var fresh: [URL] = []
        var kept: [String: (stamp: FileStamp, dataset: IncidentDataset)] = [:]
        for url in folder.datasets {
            if let held = state.datasets[url.path], held.stamp == inputs[url.path] {
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
            guard let dataset = loaded[ProjectLoader.id(of: url)], let stamp = inputs[url.path] else { continue }
            project.datasets[dataset.id] = dataset
            kept[url.path] = (stamp, dataset)
            state.datasetDiagnostics[url.path] = problems.filter { $0.path == loader.options.display(url) }
        }
        state.datasets = kept
    }
}
