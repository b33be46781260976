import Foundation

/// Loads and validates a project's files, each kind by its own step so that an incremental build
/// can read only what changed. Markdown parsing is serialized by `Markdown`; the rest runs on all jobs.
public struct ProjectLoader: Sendable {
    public var options: BuildOptions

    public struct Project: Sendable {
        public var site: Site?
        public var datasets: [String: IncidentDataset] = [:]
        public var meetings: [Meeting] = []
        public var briefingPacks: [BriefingPackSpec] = []
        /// The papers read in this run (in an incremental build, only some of them).
        public var papers: [Paper] = []
        public var diagnostics: [Diagnostic] = []
        /// Every paper file's slug, read or not: links between papers are checked against it.
        public var slugs: Set<String> = []
        /// Every dataset file's id, read or not.
        public var datasetIDs: Set<String> = []
        /// Every paper's anchors, once the link check has gathered them (see `LinkCheck`).
        public var anchors: [String: [String: String]]?
        /// The papers' versions in the site's other languages, paired with their papers.
        public var translations = PaperTranslations()
    }

    /// One paper's outcome: the paper if it could be read, and its problems.
    public typealias PaperResult = (paper: Paper?, diagnostics: [Diagnostic])

    public init(options: BuildOptions) { self.options = options }

    /// Everything, as `check` and a first build need it.
    public func load(_ folder: ContentFolder) -> Project {
        var project = Project()
        loadSettings(folder, into: &project)
        let (datasets, problems) = loadDatasets(folder.datasets, site: project.site)
        project.datasets = datasets
        project.diagnostics += problems
        var results = loadPapers(folder.papers, project: project)
        project.anchors = LinkCheck.anchors(parsed: results.compactMap(\.paper), reused: [], audience: options.audience)
        results = recheckLinks(results, folder: folder, project: project)
        add(results, to: &project)
        project.diagnostics += checkPackIntros(&project)
        project.diagnostics += checkDatasetReferences(project)
        project.diagnostics += crossCheck(project, listings: project.papers.map(\.listing), folder: folder)
        return project
    }

    /// site.yaml, meetings and packs (always read: they are small), and warnings for stray files.
    public func loadSettings(_ folder: ContentFolder, into project: inout Project) {
        let display = options.display
        project.slugs = Set(folder.paperSlugs)
        project.datasetIDs = Set(folder.datasets.map(Self.id))
        for refusal in folder.refused {
            project.diagnostics.append(.error(refusal.message, at: .start(of: display(URL(fileURLWithPath: refusal.path)))))
        }
        // A site.yaml that is not a file has its error already; reading it could block.
        let siteRead: Result<SourceFile, Diagnostic>? = folder.refused.contains { $0.path == folder.siteFile.path }
            ? nil : SourceReader.read(folder.siteFile, displayPath: display(folder.siteFile))
        switch siteRead {
        case nil:
            break
        case let .success(file):
            let (site, problems) = SiteValidator.validate(file)
            project.site = site
            project.diagnostics += problems
        case let .failure(diagnostic):
            let missing = !FileManager.default.fileExists(atPath: folder.siteFile.path)
            project.diagnostics.append(missing
                ? .error("the project has no site.yaml: it names the site, the organisation and its boards", at: .start(of: display(folder.siteFile)))
                : diagnostic)
        }
        project.translations = PaperTranslations(folder: folder, languages: project.site?.languages ?? [.en], display: display)
        // Without a site (its errors said why), which languages it publishes in is not known.
        if project.site != nil { project.diagnostics += project.translations.problems }
        for stray in folder.strays {
            let kind = switch stray.deletingLastPathComponent().lastPathComponent {
            case "data": "datasets are .yaml, .yml, .csv or .json files"
            case "meetings", "packs": "meetings and packs are .yaml files"
            default: "papers are Markdown files whose names end in .md"
            }
            project.diagnostics.append(.warning("ignored: \(kind)", at: .start(of: display(stray))))
        }
        for url in folder.meetings {
            guard let file = readFile(url, into: &project) else { continue }
            let content = folder.root
            let (meeting, problems) = MeetingValidator.meeting(
                file, id: Self.id(of: url), site: project.site, attachmentExists: { AttachmentFiles.exists($0, content: content) })
            project.diagnostics += problems
            if let meeting {
                let (loaded, attachmentProblems) = AttachmentFiles.load(
                    meeting, content: folder.root, display: display, slugs: project.slugs)
                project.diagnostics += attachmentProblems
                project.meetings.append(loaded)
            }
        }
        if let site = project.site { project.diagnostics += NoticeCheck.check(project.meetings, site: site) }
        for url in folder.packs {
            guard let file = readFile(url, into: &project) else { continue }
            let (pack, problems) = MeetingValidator.briefingPack(
                file, id: Self.id(of: url), languages: project.site?.languages ?? [.en])
            project.diagnostics += problems
            if let pack { project.briefingPacks.append(pack) }
        }
        project.diagnostics += SupplementNames.check(project.meetings, packs: project.briefingPacks)
    }

    /// Datasets are few but may be large; each is read with all jobs.
    public func loadDatasets(_ urls: [URL], site: Site?) -> ([String: IncidentDataset], [Diagnostic]) {
        var datasets: [String: IncidentDataset] = [:]
        var diagnostics: [Diagnostic] = []
        var firstFile: [String: String] = [:]
        for url in urls {
            let path = options.display(url)
            let id = Self.id(of: url)
            guard let format = ContentFolder.datasetFormat(of: url) else { continue }
            guard ContentFolder.isValidDatasetID(id) else {
                let suggested = ContentFolder.datasetID(suggestedFor: id) + "." + url.pathExtension
                diagnostics.append(.error(
                    "a dataset's file name becomes its id and the name of its downloads, so before the extension it may "
                        + "only hold lower-case letters, digits and '-': rename the file to '\(suggested)'",
                    at: .start(of: path)))
                continue
            }
            if let other = firstFile[id] {
                diagnostics.append(.error("the dataset id '\(id)' is used by two files (\(other) too); rename one", at: .start(of: path)))
                continue
            }
            firstFile[id] = path
            switch StageTimer.measure(.read, { SourceReader.read(url, displayPath: path, limit: SourceReader.maximumDatasetBytes) }) {
            case let .failure(diagnostic):
                diagnostics.append(diagnostic)
            case let .success(file):
                let (dataset, problems) = StageTimer.measure(.frontMatter) {
                    DatasetValidator.dataset(file, id: id, format: format, site: site, jobs: options.jobs)
                }
                diagnostics += problems
                if let dataset { datasets[id] = dataset }
            }
        }
        return (datasets, diagnostics)
    }

    /// Reads and validates papers in parallel. Their dataset references are checked once every
    /// dataset is loaded (`checkDatasetReferences`); their pages are rendered by the render phase.
    public func loadPapers(_ urls: [URL], project: Project) -> [PaperResult] {
        let display = options.display
        let packSlugs = Set(project.meetings.flatMap { $0.items.compactMap(\.paper?.value) }
            + project.briefingPacks.flatMap { $0.papers.map(\.value) })
        let packTags = Set(project.briefingPacks.flatMap { $0.tags.map(\.value) })
        var configured = PaperReader(site: project.site, options: options.markdown, packSlugs: packSlugs, packTags: packTags)
        configured.knownSlugs = project.slugs
        configured.otherAnchors = project.anchors
        let reader = configured
        let content = options.content
        let translations = project.translations
        let progress = options.progress
        progress?.expect(urls.count, .papers)
        return Parallel.map(urls, jobs: options.jobs) { url -> PaperResult in
            defer { progress?.advance(.papers) }
            let path = display(url)
            let slug = ContentFolder.slug(of: url)
            guard ContentFolder.isValidSlug(slug) else {
                return (nil, [.error(
                    "the file name becomes the paper's web address, so it may only hold letters, digits, '-' and '_' "
                        + "(for example social-cohesion-and-resilience.md)", at: .start(of: path))])
            }
            switch StageTimer.measure(.read, { SourceReader.read(url, displayPath: path) }) {
            case let .failure(diagnostic):
                return (nil, [diagnostic])
            case let .success(file):
                var (paper, problems) = reader.read(file, slug: slug)
                // Image files, for the paper and each of its translations (dataset references are
                // checked once every dataset is loaded).
                let complete = { (found: inout Paper, url: URL) -> [Diagnostic] in
                    let (images, imageProblems) = PaperImageFiles.load(
                        found.imageReferences, paperFolder: url.deletingLastPathComponent(), content: content)
                    found.images = images
                    return imageProblems
                }
                if var found = paper {
                    problems += complete(&found, url)
                    problems += translations.attach(to: &found, englishPath: path, reader: reader, display: display, complete: complete)
                    paper = found
                }
                return (paper, problems)
            }
        }
    }

    /// The link check's second half: the papers whose links name places in other papers that they
    /// were not read with (see `LinkCheck.dependsOnAnchors`; `readWith`: the anchors they were read
    /// with) and the `also` papers are read again with every paper's anchors. Reading few papers
    /// twice keeps the first read parallel and the link check its own step.
    func recheckLinks(
        _ results: [PaperResult], also: Set<String> = [], readWith: LinkCheck.Table? = nil, folder: ContentFolder, project: Project
    ) -> [PaperResult] {
        guard let anchors = project.anchors else { return results }
        var slugs = also
        for case let paper? in results.map(\.paper) where LinkCheck.dependsOnAnchors(paper, readWith: readWith, anchors: anchors) {
            slugs.insert(paper.slug)
        }
        guard !slugs.isEmpty else { return results }
        let urls = folder.papers(withSlugs: slugs)
        var again = Dictionary(loadPapers(urls, project: project).compactMap { result in
            result.paper.map { ($0.slug, result) }
        }) { first, _ in first }
        var merged = results.map { result in result.paper.flatMap { again.removeValue(forKey: $0.slug) } ?? result }
        merged += again.keys.sorted().compactMap { again[$0] }
        return merged
    }

    public func add(_ results: [PaperResult], to project: inout Project) {
        for (paper, problems) in results {
            if let paper { project.papers.append(paper) }
            project.diagnostics += problems
        }
    }

    /// The papers read in this run name datasets that exist and fields those datasets have.
    public func checkDatasetReferences(_ project: Project) -> [Diagnostic] {
        project.papers.flatMap { DatasetReferences.check($0, datasets: project.datasets, present: project.datasetIDs) }
    }

    /// Checks that need every paper: the meetings' and packs' references.
    public func crossCheck(_ project: Project, listings: [PaperListing], folder: ContentFolder) -> [Diagnostic] {
        let bySlug = Dictionary(listings.map { ($0.slug, $0) }) { first, _ in first }
        return PackReferences.check(
            meetings: project.meetings, packs: project.briefingPacks, papers: bySlug,
            present: Set(folder.paperSlugs))
    }

    /// The link check of the briefing packs' intros, which link to papers (and their sections):
    /// their problems are located in the pack's file, and the checked HTML kept for the pack.
    public func checkPackIntros(_ project: inout Project) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for index in project.briefingPacks.indices {
            let spec = project.briefingPacks[index]
            guard let intro = spec.intro else { continue }
            let (html, problems) = PaperLinks.packIntroHTML(
                intro, path: spec.sourcePath, place: spec.introPlace, knownSlugs: project.slugs, otherAnchors: project.anchors)
            project.briefingPacks[index].introHTML = html
            diagnostics += problems
        }
        return diagnostics
    }

    private func readFile(_ url: URL, into project: inout Project) -> SourceFile? {
        switch SourceReader.read(url, displayPath: options.display(url)) {
        case let .success(file): return file
        case let .failure(diagnostic):
            project.diagnostics.append(diagnostic)
            return nil
        }
    }

    static func id(of url: URL) -> String { url.deletingPathExtension().lastPathComponent }
}
