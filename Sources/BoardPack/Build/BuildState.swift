import Foundation

/// What one build hands the next: the cache (kept on disk between runs of the command) and, in a
/// long-running `serve`, the datasets already loaded, so that an edit to a paper does not reload them.
public struct BuildState: Sendable {
    public var cache: BuildCache?
    /// A warning about the cache on disk (a path outside the output), reported by the next build.
    public var cacheProblem: Diagnostic?
    /// Datasets by file path, with the stamp of the file each was read from.
    public var datasets: [String: (stamp: FileStamp, dataset: IncidentDataset)] = [:]
    /// Diagnostics of the datasets in `datasets`, by file path.
    public var datasetDiagnostics: [String: [Diagnostic]] = [:]
    /// The templates an earlier build in this process parsed, used again while their text is the same.
    var templates: ParsedTemplates?

    /// Templates parsed (without errors) for these languages from this folder's sources.
    struct ParsedTemplates: Sendable {
        /// The sets' `fingerprint`: of the text they were parsed from.
        var fingerprint: UInt64
        var directory: URL?
        var languages: [Language]
        var sets: [Language: TemplateSet]
        var diagnostics: [Diagnostic]
    }

    public init(cache: BuildCache? = nil) { self.cache = cache }

    /// The state a command-line build starts from: the cache on disk, if it belongs to these settings.
    public static func onDisk(for options: BuildOptions) -> BuildState {
        guard options.useCache else { return BuildState() }
        let file = CacheLocation(for: options).cacheFile
        let (cache, problem) = BuildCache.load(from: file, shownAs: options.display(file))
        var state = BuildState(cache: cache)
        state.cacheProblem = problem
        return state
    }

    /// Written readable by its owner only (it lists the papers, exempt ones too in a members'
    /// build), as a new file renamed into place, so that a reader never sees half a cache.
    func save(for options: BuildOptions) {
        guard options.useCache, let cache else { return }
        let url = CacheLocation(for: options).cacheFile
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.path + ".tmp-\(getpid())"
        unlink(temporary)
        if !POSIXFile.write(cache.serialized(), to: temporary, mode: 0o600) || rename(temporary, url.path) != 0 {
            unlink(temporary)
        }
        // boardpack 0.1 kept the cache beside the output, readable by all, exempt summaries too.
        let output = options.output.standardizedFileURL
        unlink(output.deletingLastPathComponent().path + "/.boardpack-cache/\(output.lastPathComponent)-\(options.audience.rawValue).cache")
    }
}
