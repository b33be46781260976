import Foundation

/// What a build did, for the summary line and the exit status.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var papers = 0
    public var written = 0
    public var unchanged = 0
    public var removed = 0
    /// PDFs made in this build (with --pdf).
    public var pdfs = 0
    /// Nothing had changed since the last build, so nothing was parsed or written.
    public var upToDate = false
    public var failed: Bool { diagnostics.hasErrors }
}

/// Problems that are not in the content: a missing folder, an unwritable disk.
public struct EnvironmentError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// The build, start to finish: load → parse → validate → assemble → render → write.
public enum SiteBuilder {
    public static func check(_ options: BuildOptions) throws -> [Diagnostic] {
        let folder = try scan(options)
        let (_, templateProblems) = TemplateSet.load(directory: options.templates, displayPath: options.display.callAsFunction)
        let project = ProjectLoader(options: options).load(folder)
        return finish(project.diagnostics + templateProblems, strict: options.strict)
    }

    public static func build(_ options: BuildOptions) throws -> BuildReport {
        let folder = try scan(options)
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
        let cacheURL = BuildCache.location(forOutput: options.output, audience: options.audience)
        let key = cacheKey(options, templates: templates)
        let inputs = stamps(of: folder, display: options.display)
        let previous = options.useCache ? BuildCache.load(from: cacheURL).flatMap { $0.key == key ? $0 : nil } : nil
        if let previous, previous.inputs == inputs, outputsUntouched(previous, in: options.output),
            !options.pdf || pdfsPresent(previous, in: options.output)
        {
            report.diagnostics = finish(previous.diagnostics, strict: options.strict)
            report.upToDate = !report.failed
            report.unchanged = previous.outputs.count
            report.papers = folder.papers.count
            return report
        }

        let project = ProjectLoader(options: options).load(folder) { paper, context in
            var embedded = paper
            embedded.body = IncidentEmbedding.embed(paper, datasets: context.datasets, labels: GroupLabels(site: context.site)) {
                templates.render("incidents", $0)
            }
            return OutputFile(
                path: "papers/\(paper.slug)/index.html",
                text: templates.render("paper", PaperPageView.context(for: embedded, site: context.site, audience: options.audience)))
        }
        report.papers = project.papers.count
        report.diagnostics = finish(project.diagnostics + templateProblems, strict: options.strict)
        guard !report.failed, let site = project.site else { return report }

        var files = project.pages
        files += renderPacks(project, site: site, templates: templates, options: options)
        let index = SiteIndex(site: site, papers: project.papers, meetings: project.meetings, briefingPacks: project.briefingPacks)
        files.append(OutputFile(path: "index.html", text: templates.render("index", IndexPageView.context(for: index, site: site, audience: options.audience))))
        let labels = GroupLabels(site: site)
        for (id, dataset) in project.datasets.sorted(by: { $0.key < $1.key }) {
            let download = DatasetDownload(dataset, labels: labels)
            files.append(OutputFile(path: "data/\(id).csv", text: download.csv))
            files.append(OutputFile(path: "data/\(id).json", text: download.json))
            if options.audience == .members {
                files.append(OutputFile(path: "data/\(id).records.csv", text: RecordListing.csv(dataset)))
            }
        }
        for (name, text) in templates.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: "assets/\(name)", text: text))
        }
        let writer = OutputWriter(directory: options.output, jobs: options.jobs)
        let written: OutputWriter.Report
        do {
            written = try writer.write(files, previous: previous ?? (options.useCache ? BuildCache.load(from: cacheURL) : nil))
        } catch {
            throw EnvironmentError(description: "cannot write the site to \(options.display(options.output)): \(error.localizedDescription)")
        }
        report.written = written.written
        report.unchanged = written.unchanged
        report.removed = written.removed
        if let weasyPrint {
            report.pdfs = try renderPDFs(written, weasyPrint: weasyPrint, options: options)
        }
        removeUnvouchedPDFs(keeping: options.pdf ? Set(written.entries.keys) : [], output: options.output)
        if options.useCache {
            var cache = BuildCache(key: key)
            cache.inputs = inputs
            cache.outputs = written.entries
            cache.diagnostics = project.diagnostics + templateProblems
            try? FileManager.default.createDirectory(at: cacheURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(cache.serialized().utf8).write(to: cacheURL, options: .atomic)
        }
        return report
    }

    /// A PDF is kept only beside the HTML it was made from in this build: a PDF left from an
    /// earlier `--pdf` build could show a paper that has since become exempt.
    static func removeUnvouchedPDFs(keeping htmlPaths: Set<String>, output: URL) {
        let folder = output.appendingPathComponent("packs")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".pdf") {
            if !htmlPaths.contains("packs/" + name.dropLast(4) + ".html") {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }

    /// Each pack's PDF, made again only when its HTML changed or the PDF is missing.
    static func renderPDFs(_ written: OutputWriter.Report, weasyPrint: WeasyPrint, options: BuildOptions) throws -> Int {
        let packs = written.entries.keys.filter { $0.hasPrefix("packs/") && $0.hasSuffix(".html") }.sorted()
        let due = packs.filter { html in
            let pdf = options.output.appendingPathComponent(String(html.dropLast(5)) + ".pdf").path
            return written.writtenPaths.contains(html) || !FileManager.default.fileExists(atPath: pdf)
        }
        let root = options.output.path
        let results = Parallel.map(due, jobs: options.jobs) { html in
            Result { try weasyPrint.render(html: root + "/" + html, pdf: root + "/" + String(html.dropLast(5)) + ".pdf") }
        }
        for result in results { try result.get() }
        return due.count
    }

    /// Meeting pages, and each meeting's and briefing's pack as one self-contained HTML file.
    static func renderPacks(
        _ project: ProjectLoader.Project, site: Site, templates: TemplateSet, options: BuildOptions
    ) -> [OutputFile] {
        let papers = Dictionary(project.papers.map { ($0.slug, $0) }) { first, _ in first }
        let labels = GroupLabels(site: site)
        var packs: [(Pack, Meeting?)] = project.meetings.map { (PackAssembler.meetingPack($0, papers: papers, site: site), $0) }
        packs += project.briefingPacks.map { (PackAssembler.briefingPack($0, papers: papers), nil) }
        let css = templates.packStylesheet
        return Parallel.map(packs, jobs: options.jobs) { pack, meeting -> [OutputFile] in
            let context = PackView.context(
                for: pack, site: site, audience: options.audience, css: css, labels: labels,
                datasets: project.datasets, renderIncidents: { templates.render("incidents", $0) })
            var files = [OutputFile(path: "packs/\(pack.id).html", text: templates.render("pack", context))]
            if let meeting {
                let page = MeetingPageView.context(for: pack, meeting: meeting, site: site, audience: options.audience, pdf: options.pdf)
                files.append(OutputFile(path: "meetings/\(meeting.id)/index.html", text: templates.render("meeting", page)))
            }
            return files
        }.flatMap { $0 }
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

    /// Everything that changes every page at once.
    static func cacheKey(_ options: BuildOptions, templates: TemplateSet) -> String {
        var digest = ContentHash()
        digest.add(BoardPackVersion.current)
        digest.add(ContentHash.hex(templates.fingerprint))
        digest.add(options.audience.rawValue)
        digest.add(options.pdf ? "pdf" : "html")
        digest.add(options.markdown.extensions.joined(separator: ","))
        digest.add(options.markdown.unsafeHTML ? "unsafe" : "safe")
        digest.add(options.output.standardizedFileURL.path)
        return ContentHash.hex(digest.value)
    }

    static func stamps(of folder: ContentFolder, display: PathDisplay) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for url in folder.allFiles {
            stamps[url.path] = FileStamp.of(path: url.path) ?? FileStamp(size: -1, modifiedNanoseconds: 0)
        }
        return stamps
    }

    static func pdfsPresent(_ cache: BuildCache, in output: URL) -> Bool {
        cache.outputs.keys.filter { $0.hasPrefix("packs/") && $0.hasSuffix(".html") }.allSatisfy {
            FileManager.default.fileExists(atPath: output.appendingPathComponent(String($0.dropLast(5)) + ".pdf").path)
        }
    }

    static func outputsUntouched(_ cache: BuildCache, in output: URL) -> Bool {
        cache.outputs.allSatisfy { path, entry in
            FileStamp.of(path: output.appendingPathComponent(path).path) == entry.stamp
        }
    }
}
