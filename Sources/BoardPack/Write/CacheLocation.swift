import Foundation

/// Where a build keeps what it remembers: in the project's `.boardpack-cache/` (beside the content
/// folder, never beside the output, which may be anywhere), in a folder named for the output, so
/// that two outputs never share a cache; one file per audience, so that a members' cache never
/// serves a public build; and the lock that keeps two builds of one output apart.
public struct CacheLocation: Sendable, Equatable {
    /// `.boardpack-cache/<output name>-<digest of the output's full path>/`.
    public let folder: URL
    public let audience: Audience
    /// The output folder's full path.
    let outputPath: String

    public init(for options: BuildOptions) {
        let output = options.output.standardizedFileURL
        outputPath = output.path
        let project = options.content.standardizedFileURL.deletingLastPathComponent()
        var digest = ContentHash()
        digest.add(output.path)
        let name = output.lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
        folder = project.appendingPathComponent(".boardpack-cache")
            .appendingPathComponent("\(name.isEmpty ? "output" : name)-\(ContentHash.hex(digest.value).prefix(8))")
        audience = options.audience
    }

    init(folder: URL, audience: Audience, outputPath: String) {
        self.folder = folder
        self.audience = audience
        self.outputPath = outputPath
    }

    /// The same output's cache for the other audience.
    func withAudience(_ audience: Audience) -> CacheLocation { CacheLocation(folder: folder, audience: audience, outputPath: outputPath) }

    public var cacheFile: URL { folder.appendingPathComponent("\(audience.rawValue).cache") }
    /// One lock for both audiences: a members' and a public build of one output must not mix either.
    public var lockFile: URL { folder.appendingPathComponent("lock") }
}
