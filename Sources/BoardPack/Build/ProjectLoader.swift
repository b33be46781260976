import Foundation

/// Loads and validates a whole project: the site settings, then every paper in parallel.
/// Markdown parsing inside is serialized by `Markdown`; everything else runs on all jobs.
public struct ProjectLoader: Sendable {
    public var options: BuildOptions

    public struct Project: Sendable {
        public var site: Site?
        public var papers: [Paper] = []
        /// Pages rendered alongside loading, so rendering overlaps the serialized parse.
        public var pages: [OutputFile] = []
        public var diagnostics: [Diagnostic] = []
    }

    public init(options: BuildOptions) { self.options = options }

    public func load(
        _ folder: ContentFolder, render: (@Sendable (Paper, Site) -> OutputFile)? = nil
    ) -> Project {
        var project = Project()
        let display = options.display
        switch SourceReader.read(folder.siteFile, displayPath: display(folder.siteFile)) {
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
        for stray in folder.strays {
            project.diagnostics.append(.warning("ignored: papers are Markdown files whose names end in .md", at: .start(of: display(stray))))
        }

        let reader = PaperReader(site: project.site, options: options.markdown)
        let site = project.site
        let results = Parallel.map(folder.papers, jobs: options.jobs) { url -> (Paper?, OutputFile?, [Diagnostic]) in
            let path = display(url)
            let slug = ContentFolder.slug(of: url)
            guard ContentFolder.isValidSlug(slug) else {
                return (nil, nil, [.error(
                    "the file name becomes the paper's web address, so it may only hold letters, digits, '-' and '_' "
                        + "(for example social-cohesion-and-resilience.md)", at: .start(of: path))])
            }
            switch StageTimer.measure(.read, { SourceReader.read(url, displayPath: path) }) {
            case let .failure(diagnostic):
                return (nil, nil, [diagnostic])
            case let .success(file):
                let (paper, problems) = reader.read(file, slug: slug)
                guard let paper, let site, let render, !problems.hasErrors else { return (paper, nil, problems) }
                return (paper, StageTimer.measure(.render) { render(paper, site) }, problems)
            }
        }
        for (paper, page, problems) in results {
            if let paper { project.papers.append(paper) }
            if let page { project.pages.append(page) }
            project.diagnostics += problems
        }
        return project
    }
}
