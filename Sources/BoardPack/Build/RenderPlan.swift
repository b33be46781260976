import Foundation

/// What a build renders and what it keeps from the previous build: the pages of the papers read,
/// the packs due, the site-wide pages when a listing changed, the datasets' downloads when they
/// were loaded, and the assets; and it names every output left as it is.
struct RenderPlan {
    let renderer: SiteRenderer
    let plan: IncrementalPlan
    let project: ProjectLoader.Project
    let listings: [PaperListing]
    let membership: PackMembership
    let options: BuildOptions

    struct Outputs {
        var files: [OutputFile]
        var keep: Set<String> = []
        /// The packs (by output path) whose PDF the site keeps and links.
        var pdfs: Set<String> = []
    }

    func outputs(packsDue: [PackMembership.Entry], packPapers: [String: Paper]) -> Outputs {
        // The packs first: the site-wide pages link the PDFs of those that keep one.
        let packFiles = packs(packsDue, papers: packPapers)
        let exempt = Set(listings.filter { $0.exempt != nil }.map(\.slug))
        let attachments = project.meetings.flatMap { renderer.attachmentFiles($0, exempt: exempt) }
        // Each pack in each of the site's languages (`packs/<id>.cy.html`).
        let languages = project.site?.languages ?? [.en]
        let packRoutes = membership.all.flatMap { entry in routes(of: entry, languages: languages) }
        let pdfs = options.pdf
            ? Set(packRoutes.map(\.path))
            : PDFStage.vouched(packs: packRoutes, rendered: packFiles + attachments, output: options.output)
        // A pack rendered again may lose its PDF, and its meeting page the link to it.
        let pdfLinksMayChange = !options.pdf && packsDue.contains {
            FileManager.default.fileExists(atPath: PDFStage.pdfPath($0.id, options))
        }
        let siteWide = plan.listingsChanged(parsed: project.papers) || pdfLinksMayChange
        // Site-wide pages depend only on listings, meetings and packs: an edit to a paper's body
        // leaves them as they were. A reused paper's images are as they were: nothing it shows changed.
        var keep = keptFromPrevious(siteWide: !siteWide)
        var datasets: [IncidentDataset] = []
        for id in plan.folder.datasets.map(ProjectLoader.id) {
            if let dataset = project.datasets[id], plan.needsDatasets {
                datasets.append(dataset)
            } else {
                keep.formUnion(SiteRenderer.dataPaths(id).filter { plan.previous?.outputs[$0] != nil })
            }
        }
        // The papers' pages, the site-wide pages and the datasets' downloads render side by side.
        let siteWideJobs = siteWide ? siteWideJobs(pdfs: pdfs) : []
        let (pages, others) = render(
            first: siteWideJobs + datasets.map { dataset in { [renderer] in renderer.dataFiles(dataset) } }, siteWide: siteWideJobs.count)
        var outputs = Outputs(files: pages + packFiles + attachments + others, keep: keep, pdfs: pdfs)
        outputs.files += renderer.assets()
        outputs.files += project.papers.flatMap(renderer.imageFiles)
        outputs.keep.formUnion(plan.reused.values.map(\.listing.path))
        // And its pages in the other languages: neither it, its translation nor the labels changed.
        for language in renderer.siteLanguages.dropFirst() {
            outputs.keep.formUnion(plan.reused.values.map { renderer.route(.paper(slug: $0.listing.slug), language).path })
        }
        let rendered = Set(packsDue.map(\.outputPath))
        // A pack in the site's other languages is kept or made with its main one.
        outputs.keep.formUnion(membership.all.filter { !rendered.contains($0.outputPath) }.flatMap { entry in
            routes(of: entry, languages: languages).map(\.path)
        })
        return outputs
    }

    /// The previous build's outputs kept as they are, each path read once: the site-wide pages
    /// (with `siteWide`) and the reused papers' files (images).
    private func keptFromPrevious(siteWide: Bool) -> Set<String> {
        guard let previous = plan.previous else { return [] }
        let reusedSlugs = Set(plan.reused.values.map(\.listing.slug))
        var keep = Set<String>()
        for path in previous.outputs.keys where !Self.isPaperPage(path) {
            let kind = Route(path: path)?.kind
            if case .paperFile(let slug, _)? = kind {
                if reusedSlugs.contains(slug) { keep.insert(path) }
            } else if siteWide, Self.isSiteWide(kind) {
                keep.insert(path)
            }
        }
        return keep
    }

    /// Whether `path` is `papers/<slug>/index.html`, a paper's page in the main language (most of a
    /// large site's outputs): told without parsing its route, as `Route(path:)` would tell it.
    static func isPaperPage(_ path: String) -> Bool {
        let prefix = "papers/".utf8
        let suffix = "/index.html".utf8
        let bytes = path.utf8
        guard bytes.count > prefix.count + suffix.count, bytes.starts(with: prefix), bytes.reversed().starts(with: suffix.reversed())
        else { return false }
        return !bytes.dropFirst(prefix.count).dropLast(suffix.count).contains(UInt8(ascii: "/"))
    }

    /// A pack's outputs: one in each language, and the bilingual one where the site makes it.
    private func routes(of entry: PackMembership.Entry, languages: [Language]) -> [Route] {
        languages.map { entry.route.alternate($0) } + (project.site?.bilingualPacks == true ? [.bilingualPack(entry.id)] : [])
    }

    /// Whether the output at `path` is a site-wide page (or a meeting's file or an asset): not a
    /// paper's, a pack's or a dataset's, which are kept or made by their own rules.
    static func isSiteWide(_ path: String) -> Bool { isSiteWide(Route(path: path)?.kind) }

    private static func isSiteWide(_ kind: Route.Kind?) -> Bool {
        switch kind {
        case .paper, .paperPDF, .paperFile, .pack, .packPDF, .bilingualPack, .bilingualPackPDF, .data: false
        default: true
        }
    }

    /// The pages of the papers read in this build and the `first` jobs (the site-wide pages, the
    /// datasets' downloads), all rendered side by side as one list of jobs: `first` first, as they
    /// are the longest, so that the papers' pages fill the other core while they run rather than
    /// leave one idle at the end. Each part's files are in the order given.
    /// `siteWide`: how many of `first` are site-wide pages, timed as such.
    private func render(first: [@Sendable () -> [OutputFile]], siteWide: Int) -> (pages: [OutputFile], first: [OutputFile]) {
        let renderer = renderer
        let datasets = project.datasets
        let papers = project.papers
        let files = Parallel.map(Array(0..<(first.count + papers.count)), jobs: options.jobs) { job in
            if job < siteWide { return StageTimer.measure(.siteWide) { first[job]() } }
            if job < first.count { return first[job]() }
            return StageTimer.measure(.render) { renderer.paperPages(papers[job - first.count], datasets: datasets) }
        }
        return (files[first.count...].flatMap { $0 }, files[..<first.count].flatMap { $0 })
    }

    /// Packs whose papers, membership or file changed, from full papers.
    private func packs(_ due: [PackMembership.Entry], papers: [String: Paper]) -> [OutputFile] {
        let renderer = renderer
        let datasets = project.datasets
        guard let site = project.site else { return [] }
        let progress = options.progress
        progress?.expect(due.count, .packs)
        return Parallel.map(due, jobs: options.jobs) { entry in
            defer { progress?.advance(.packs) }
            return renderer.packs(entry.pack(papers: papers, site: site), datasets: datasets)
        }.flatMap { $0 }
    }

    /// Meeting pages, the front page, feeds, search and calendars, each a job.
    private func siteWideJobs(pdfs: Set<String>) -> [@Sendable () -> [OutputFile]] {
        renderer.siteWideJobs(
            listings, meetings: project.meetings, briefingPacks: project.briefingPacks, packIDs: membership.all.map(\.id), pdfs: pdfs,
            translated: plan.translatedListings(parsed: project.papers))
    }
}
