/// Where a council's papers are hosted, which decides the pipeline `boardpack init` writes.
public enum CIService: String, Sendable, CaseIterable {
    case github
    case gitlab

    /// The pipeline's file, by path inside the project folder, and its text.
    var pipeline: (path: String, text: String) {
        switch self {
        case .github: (PublishWorkflow.path, PublishWorkflow.text)
        case .gitlab: (GitLabPipeline.path, GitLabPipeline.text)
        }
    }

    /// What to set before the first run, for `init` to say.
    public var setUpNote: String {
        switch self {
        case .github:
            "Before publishing, set BOARDPACK_VERSION and BOARDPACK_DOWNLOAD in \(PublishWorkflow.path) and turn on GitHub Pages."
        case .gitlab:
            "Before publishing, set BOARDPACK_VERSION and BOARDPACK_DOWNLOAD in \(GitLabPipeline.path)."
        }
    }
}
