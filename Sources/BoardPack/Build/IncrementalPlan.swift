import Foundation

/// Which papers a build must read, decided from the stamps of the files and what the previous build
/// recorded: a paper is reused when its file and every dataset it embeds are as they were.
struct IncrementalPlan {
    let folder: ContentFolder
    let inputs: [String: FileStamp]
    let previous: BuildCache?
    let audience: Audience
    /// Records of the papers not read again, by file path.
    private(set) var reused: [String: PaperRecord]
    /// The slugs of the papers whose translation files changed, appeared or went since the previous build.
    let translationsChanged: Set<String>
    /// The slugs of the papers that appeared or went since the previous build.
    let changedSlugs: Set<String>
    private(set) var papersToRead: [URL]
    var needsDatasets: Bool

    /// `meetings`: this build's; a paper's page lists the meetings it went to, so a paper on an
    /// agenda that changed (before or after the change) is read again.
    init(folder: ContentFolder, inputs: [String: FileStamp], previous: BuildCache?, audience: Audience, meetings: [Meeting] = []) {
        self.audience = audience
        self.folder = folder
        self.inputs = inputs
        self.previous = previous
        let dataFolder = folder.root.appendingPathComponent("data").path + "/"
        // Dataset ids whose file changed, appeared or went since the previous build.
        var changed = Set<String>()
        if let previous {
            for url in folder.datasets where previous.inputs[url.path] != inputs[url.path] {
                changed.insert(ProjectLoader.id(of: url))
            }
            for path in previous.inputs.keys where path.hasPrefix(dataFolder) && inputs[path] == nil {
                changed.insert(ProjectLoader.id(of: URL(fileURLWithPath: path)))
            }
        }
        // Papers that appeared or went: links to them are broken or mended.
        let slugs = Set(folder.paperSlugs)
        let previousSlugs = Set(previous?.papers.values.map(\.listing.slug) ?? [])
        let changedSlugs = slugs.symmetricDifference(previousSlugs)
        // Which paper shows which image is not recorded: an image that changed, came or went has
        // every paper read again (images change far less often than papers).
        let imagesChanged = previous.map { previous in
            let imagePaths = Set(folder.images.map(\.path))
            return folder.images.contains { previous.inputs[$0.path] != inputs[$0.path] }
                || previous.inputs.keys.contains { ContentFolder.isImage($0) && !imagePaths.contains($0) }
        } ?? false
        let onChangedAgendas = previous.map { Self.papersOnChangedAgendas(folder: folder, inputs: inputs, previous: $0, meetings: meetings) } ?? []
        let translationsChanged = previous.map { PaperTranslations.changedPapers(folder: folder, inputs: inputs, previous: $0.inputs) } ?? []
        var reused: [String: PaperRecord] = [:]
        var toRead: [URL] = []
        for (url, path) in zip(folder.papers, folder.paperPaths) {
            if let record = previous?.papers[path], record.stamp == inputs[path], changed.isDisjoint(with: record.datasets),
                changedSlugs.isDisjoint(with: record.links), !onChangedAgendas.contains(record.listing.slug),
                !translationsChanged.contains(record.listing.slug),
                !imagesChanged
            {
                reused[path] = record
            } else {
                toRead.append(url)
            }
        }
        self.reused = reused
        self.translationsChanged = translationsChanged
        self.changedSlugs = changedSlugs
        papersToRead = toRead
        needsDatasets = previous == nil || !toRead.isEmpty || !changed.isEmpty
    }

    /// Has the papers with these slugs read after all (the link check found they may have changed).
    mutating func readAgain(_ slugs: Set<String>) {
        guard !slugs.isEmpty else { return }
        for (index, path) in folder.paperPaths.enumerated() where slugs.contains(folder.paperSlugs[index]) && reused[path] != nil {
            let url = folder.papers[index]
            reused[path] = nil
            papersToRead.append(url)
        }
    }

    /// The files of the papers not read again, and of their translations: their diagnostics are the previous build's.
    var reusedFiles: Set<String> {
        guard !folder.translations.isEmpty else { return Set(reused.keys) }
        let slugs = Set(reused.values.map(\.listing.slug))
        return Set(reused.keys).union(folder.translations.filter { slugs.contains($0.slug) }.map(\.path))
    }

    /// The papers on the agenda of a meeting whose file changed, appeared or went, as it was and as it is.
    static func papersOnChangedAgendas(
        folder: ContentFolder, inputs: [String: FileStamp], previous: BuildCache, meetings: [Meeting]
    ) -> Set<String> {
        let current = Dictionary(meetings.map { ($0.id, $0.items.compactMap { $0.paper?.value }) }) { first, _ in first }
        let meetingFolder = folder.root.appendingPathComponent("meetings").path + "/"
        let paths = Set(folder.meetings.map(\.path)).union(previous.inputs.keys.filter { $0.hasPrefix(meetingFolder) })
        var slugs = Set<String>()
        for path in paths where previous.inputs[path] != inputs[path] {
            let id = ProjectLoader.id(of: URL(fileURLWithPath: path))
            slugs.formUnion(current[id] ?? [])
            slugs.formUnion(previous.packMembers[Route.pack(id).path] ?? [])
        }
        return slugs
    }

    /// The previous build's diagnostics for the files (absolute paths) not read again this time.
    /// Diagnostics carry display paths, so each is turned back into an absolute one: there are few
    /// diagnostics and possibly thousands of files.
    func cachedDiagnostics(for paths: Set<String>, workingDirectory: String) -> [Diagnostic] {
        guard let previous, !paths.isEmpty else { return [] }
        return previous.diagnostics.filter { diagnostic in
            let absolute = diagnostic.path.hasPrefix("/") ? diagnostic.path : workingDirectory + "/" + diagnostic.path
            return paths.contains(URL(fileURLWithPath: absolute).standardizedFileURL.path)
        }
    }

    /// Whether anything the site-wide pages show may differ from the previous build: a paper's
    /// listing, the set of papers, or a meeting or pack file.
    func listingsChanged(parsed: [Paper]) -> Bool {
        guard let previous, changedSlugs.isEmpty else { return true }
        // The previous listings of the papers read, looked up by their files' paths (no paper came
        // or went): not every record need be walked for one edit.
        let parsedSlugs = Set(parsed.map(\.slug))
        var before: [String: PaperListing] = [:]
        for (slug, path) in zip(folder.paperSlugs, folder.paperPaths) where parsedSlugs.contains(slug) {
            before[slug] = previous.papers[path]?.listing
        }
        if parsed.contains(where: { before[$0.slug] != $0.listing.kept(for: audience) }) { return true }
        if papersToRead.count > parsed.count { return true }
        // Another language's lists show each paper's version in it: one that changed, came or went.
        if !translationsChanged.isEmpty {
            let translationsBefore = Dictionary(previous.papers.values.map { ($0.listing.slug, $0.translations) }) { first, _ in first }
            if parsed.contains(where: { translationsBefore[$0.slug] != translatedListings(of: $0) }) { return true }
        }
        return (folder.meetings + folder.packs).contains { previous.inputs[$0.path] != inputs[$0.path] }
            || previous.inputs.keys.contains { inputs[$0] == nil && ($0.contains("/meetings/") || $0.contains("/packs/")) }
    }

    /// Every paper's listing, in file order: read ones from their papers, the rest from the records.
    func listings(parsed: [Paper]) -> [PaperListing] {
        let bySlug = Dictionary(parsed.map { ($0.slug, $0.listing) }) { first, _ in first }
        return zip(folder.paperSlugs, folder.paperPaths).compactMap { slug, path in bySlug[slug] ?? reused[path]?.listing }
    }

    /// Each language's listing of every paper that has a version in it, by slug: read ones from
    /// their papers, the rest from the records.
    func translatedListings(parsed: [Paper]) -> [Language: [String: PaperListing]] {
        var byLanguage: [Language: [String: PaperListing]] = [:]
        let read = Set(parsed.map(\.slug))
        for record in reused.values where !read.contains(record.listing.slug) {
            for (language, listing) in record.translations { byLanguage[language, default: [:]][record.listing.slug] = listing }
        }
        for paper in parsed {
            for (language, version) in paper.translations { byLanguage[language, default: [:]][paper.slug] = version.listing }
        }
        return byLanguage
    }

    /// The listings of `paper`'s versions in other languages, as the cache keeps them.
    private func translatedListings(of paper: Paper) -> [Language: PaperListing] {
        paper.translations.mapValues { $0.listing.kept(for: audience) }
    }

    /// Records for the next build: the reused ones and those of the papers read now.
    func records(parsed: [Paper]) -> [String: PaperRecord] {
        var records = reused
        let bySlug = Dictionary(parsed.map { ($0.slug, $0) }) { first, _ in first }
        for url in papersToRead {
            guard let paper = bySlug[ContentFolder.slug(of: url)], let stamp = inputs[url.path] else { continue }
            records[url.path] = PaperRecord(
                stamp: stamp, listing: paper.listing.kept(for: audience), datasets: paper.datasetIDs, links: paper.body.linkedSlugs,
                linkedAnchors: paper.body.linkedAnchors, anchors: LinkCheck.kept(paper, for: audience),
                translations: translatedListings(of: paper))
        }
        return records
    }
}

/// Which papers each meeting's and briefing's pack holds, worked out from listings, so that a
/// build knows which packs to render again without reading every paper.
struct PackMembership {
    struct Entry: Sendable {
        enum Source: Sendable {
            case meeting(Meeting)
            case briefing(BriefingPackSpec)
            case supplement(Meeting, Supplement)
        }

        let source: Source
        let id: String
        /// The pack's file, for its stamp.
        let file: String?
        let members: [String]

        var route: Route { .pack(id) }
        var outputPath: String { route.path }

        /// Whether the pack's own Markdown may link to papers.
        var linksToPapers: Bool {
            switch source {
            case let .meeting(meeting): meeting.items.contains { !$0.attachments.isEmpty }
            case let .briefing(spec): spec.intro?.contains(".md") == true
            // Its items are papers only: their links are followed as the papers' own.
            case .supplement: false
            }
        }

        /// Whether those links' sections are checked (a briefing's intro's are; see `LinkCheck`).
        var checksSections: Bool {
            if case .briefing = source { return true }
            return false
        }

        func pack(papers: [String: Paper], site: Site) -> Pack {
            switch source {
            case let .meeting(meeting): return PackAssembler.meetingPack(meeting, papers: papers, site: site)
            case let .briefing(spec): return PackAssembler.briefingPack(spec, members: members, papers: papers)
            case let .supplement(meeting, supplement):
                return PackAssembler.supplementPack(meeting, supplement, papers: papers, site: site)
            }
        }
    }

    let all: [Entry]

    init(project: ProjectLoader.Project, listings: [PaperListing], folder: ContentFolder? = nil) {
        let known = Set(listings.map(\.slug))
        let meetings = project.meetings.map { meeting in
            Entry(
                source: .meeting(meeting), id: meeting.id,
                file: folder?.meetings.first { ProjectLoader.id(of: $0) == meeting.id }?.path,
                members: meeting.items.compactMap { $0.paper?.value }.filter(known.contains))
        }
        let briefings = project.briefingPacks.map { spec in
            Entry(
                source: .briefing(spec), id: spec.id,
                file: folder?.packs.first { ProjectLoader.id(of: $0) == spec.id }?.path,
                members: PackAssembler.briefingMembers(spec, listings: listings))
        }
        // A supplement is a pack of the meeting's file: it is due when that file or its papers change.
        let supplements = project.meetings.flatMap { meeting in
            meeting.supplements.map { supplement in
                Entry(
                    source: .supplement(meeting, supplement), id: supplement.packID(meeting: meeting.id),
                    file: folder?.meetings.first { ProjectLoader.id(of: $0) == meeting.id }?.path,
                    members: supplement.papers.map(\.value).filter(known.contains))
            }
        }
        all = meetings + supplements + briefings
    }

    /// Packs to render again: all of them on a first build; otherwise those whose file, membership
    /// or papers changed, or whose output is missing.
    func due(plan: IncrementalPlan, parsedSlugs: Set<String>) -> [Entry] {
        guard let previous = plan.previous else { return all }
        // A pack's own Markdown (a briefing's intro, a meeting's attachments) links to papers: whether
        // each link is kept depends on which papers exist and, for an intro, on their sections.
        let slugsChanged = Set(previous.papers.values.map(\.listing.slug)) != Set(plan.folder.paperSlugs)
        return all.filter { entry in
            let fileChanged = entry.file.map { previous.inputs[$0] != plan.inputs[$0] } ?? true
            return fileChanged || previous.packMembers[entry.outputPath] != entry.members
                || !parsedSlugs.isDisjoint(with: entry.members) || previous.outputs[entry.outputPath] == nil
                || (entry.linksToPapers && (slugsChanged || (entry.checksSections && !parsedSlugs.isEmpty)))
        }
    }
}
