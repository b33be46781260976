import Foundation

/// Indexes the built site for full-text search with Pagefind (PyPI `pagefind[bin]`, which `make`
/// installs into the project's `.tools/venv-search/`). Without it the search page filters titles.
public struct Pagefind: Sendable {
    public let executable: String

    /// Set to a pagefind binary to use that one; it wins over the project's tool folder and PATH.
    public static let environmentVariable = "BOARDPACK_PAGEFIND"
    /// Where `make` links the binary of the `pagefind[bin]` wheel, inside the project's folder.
    public static let projectTool = ".tools/venv-search/bin/pagefind"

    public static let titleOnlyNotice =
        "Search is by title only: Pagefind was not found. To search the text of every paper, run `make`, or set "
        + "BOARDPACK_PAGEFIND to a pagefind program or put one on PATH (see \"Searching the site\" in the docs)."

    /// The Pagefind to use, or nil when none is installed. A `BOARDPACK_PAGEFIND` that names no
    /// program is a mistake to report, not a reason to quietly search by title.
    public static func find(
        project: URL, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Pagefind? {
        if let chosen = environment[environmentVariable], !chosen.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: chosen) else {
                throw EnvironmentError(description: "\(environmentVariable) is set to \(chosen), which is not a program; "
                    + "point it at the pagefind binary, or unset it to use the project's or the one on PATH")
            }
            return Pagefind(executable: chosen)
        }
        let candidates = [project.appendingPathComponent(projectTool).path]
            + (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map { "\($0)/pagefind" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map(Pagefind.init(executable:))
    }

    /// Indexes the paper pages under `site` into `bundle` (a new folder). Only pages marked
    /// `data-pagefind-body` (papers) are indexed, without what matches `ignoring` (CSS selectors);
    /// links keep `index.html`, as the site's own do. `papers`: the folders of paper pages, one a
    /// language (`papers`, `cy/papers`); Pagefind makes one index a language, from each page's
    /// `<html lang>`, and a search page loads the index of its own `lang`.
    public func index(site: URL, bundle: URL, ignoring: [String] = [], papers: [String] = ["papers"]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--site", site.path, "--output-path", bundle.path, "--glob", Self.glob(papers), "--keep-index-url", "--silent",
        ] + ignoring.flatMap { ["--exclude-selectors", $0] }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = errors
        do { try process.run() } catch {
            throw EnvironmentError(description: "cannot run Pagefind (\(executable)): \(error)")
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmed
            throw EnvironmentError(description: "Pagefind could not index the site: \(text.isEmpty ? "exit \(process.terminationStatus)" : text)")
        }
    }

    /// `papers/**/*.html`, or `{papers,cy/papers}/**/*.html` for more than one folder.
    static func glob(_ folders: [String]) -> String {
        (folders.count == 1 ? folders[0] : "{\(folders.joined(separator: ","))}") + "/**/*.html"
    }
}
