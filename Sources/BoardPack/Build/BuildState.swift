import Foundation

/// What one build hands the next: the cache (kept on disk between runs of the command) and, in a
/// long-running `serve`, the datasets already loaded, so that an edit to a paper does not reload them.
public struct BuildState: Sendable {
    public var cache: BuildCache?
    /// Datasets by file path, with the stamp of the file each was read from.
    public var datasets: [String: (stamp: FileStamp, dataset: IncidentDataset)] = [:]
    /// Diagnostics of the datasets in `datasets`, by file path.
    public var datasetDiagnostics: [String: [Diagnostic]] = [:]

    public init(cache: BuildCache? = nil) { self.cache = cache }

    /// The state a command-line build starts from: the cache on disk, if it belongs to these settings.
    public static func onDisk(for options: BuildOptions) -> BuildState {
        guard options.useCache else { return BuildState() }
        return BuildState(cache: BuildCache.load(from: BuildCache.location(forOutput: options.output, audience: options.audience)))
    }

    func save(for options: BuildOptions) {
        guard options.useCache, let cache else { return }
        let url = BuildCache.location(forOutput: options.output, audience: options.audience)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(cache.serialized().utf8).write(to: url, options: .atomic)
    }
}
