import Foundation

public struct BuildOptions: Sendable {
    public var content: URL
    /// nil: the built-in templates only.
    public var templates: URL?
    public var output: URL
    public var audience: Audience
    public var strict: Bool
    /// Also render each pack to PDF with WeasyPrint.
    public var pdf: Bool
    public var jobs: Int
    public var markdown: MarkdownOptions
    public var display: PathDisplay
    /// Off in tests that must see every stage run.
    public var useCache: Bool
    /// Counts work as it is done, for a progress line; nil when nobody is watching.
    public var progress: BuildProgress?
    /// The day `check` takes as today, for its reminders to publish agendas; nil: the clock's.
    public var today: CalendarDate?
    /// Indexes the papers for full-text search after writing; nil: the search page filters titles.
    public var pagefind: Pagefind?
    /// The command line's one build: what it made is left for the process's exit to free (see
    /// `UntilExit`). Off for `serve` and the tests, which build again and again.
    public var leavesMemoryToExit = false

    public init(
        content: URL, templates: URL? = nil, output: URL, audience: Audience = .public, strict: Bool = false, pdf: Bool = false,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, markdown: MarkdownOptions = .papers,
        display: PathDisplay = PathDisplay(), useCache: Bool = true
    ) {
        self.content = content
        self.templates = templates
        self.output = output
        self.audience = audience
        self.strict = strict
        self.pdf = pdf
        self.jobs = max(1, jobs)
        self.markdown = markdown
        self.display = display
        self.useCache = useCache
    }
}

public enum BoardPackVersion {
    public static let current = "0.1.0"
}
