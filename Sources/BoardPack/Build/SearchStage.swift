import Foundation

/// Full-text search: after the site is written, Pagefind indexes the paper pages into `pagefind/`.
/// Only pages marked `data-pagefind-body` are indexed, and a public build's pages hold no exempt
/// text, so neither does its index; a members' build indexes its own output folder.
enum SearchStage {
    static let folder = "pagefind"

    /// Words every paper's page repeats (the front sheet's headings, paragraph and point numbers,
    /// the contact block's labels): indexed, they would match every paper and crowd its excerpts.
    /// Selectors rather than marks in the templates, as the front sheet is shared with the packs.
    static let boilerplate = [".front-sheet > h2", ".para-number", ".point-number", ".contact dt"]

    /// Indexes again when a paper's page was written or a page removed, or the index is missing,
    /// or there is no trusted earlier build (`sinceTrustedBuild` false: an interrupted build may
    /// have written the pages but not their index). Returns whether it indexed. The new index
    /// replaces the old one in one rename; if Pagefind fails, the old index is removed too, because
    /// it may list a paper that has since become exempt.
    /// `site`: its languages' paper pages are indexed, each language's into its own index.
    static func run(
        _ written: OutputWriter.Report, pagefind: Pagefind, output: URL, sinceTrustedBuild: Bool, site: Site? = nil
    ) throws -> Bool {
        let due = !sinceTrustedBuild || !present(in: output) || written.removed > 0
            || written.writtenPaths.contains(where: isPapers)
        guard due else { return false }
        let suffix = "-\(ProcessInfo.processInfo.processIdentifier)"
        let fresh = output.appendingPathComponent(".\(folder)-new" + suffix)
        let old = output.appendingPathComponent(".\(folder)-old" + suffix)
        let current = output.appendingPathComponent(folder)
        try? FileManager.default.removeItem(at: fresh)
        do {
            try pagefind.index(site: output, bundle: fresh, ignoring: boilerplate, papers: paperFolders(site))
        } catch {
            try? FileManager.default.removeItem(at: fresh)
            remove(in: output)
            throw error
        }
        let hadIndex = rename(current.path, old.path) == 0
        guard rename(fresh.path, current.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: fresh)
            if hadIndex { try? FileManager.default.removeItem(at: old) }
            throw EnvironmentError(description: "cannot put the search index in place at \(current.path): \(reason)")
        }
        if hadIndex { try? FileManager.default.removeItem(at: old) }
        return true
    }

    /// The folders of every language's paper pages: `papers`, then `cy/papers`.
    static func paperFolders(_ site: Site?) -> [String] {
        guard let site, site.languages.count > 1 else { return [Route.papersFolder] }
        return site.languages.map { language in
            String(Route.paper("-").version(in: language, site: site).path.dropLast("/-/index.html".count))
        }
    }

    /// Whether the output at `path` is a paper's page or one of its files: what the index is made of.
    static func isPapers(_ path: String) -> Bool {
        switch Route(path: path)?.kind {
        case .paper, .paperFile, .paperPDF: true
        default: false
        }
    }

    /// Whether an index is in place: what a no-change rebuild checks before doing nothing.
    static func present(in output: URL) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(folder + "/pagefind.js").path)
    }

    /// Built without Pagefind: an index left by an earlier build no longer matches the site.
    static func remove(in output: URL) {
        try? FileManager.default.removeItem(at: output.appendingPathComponent(folder))
    }
}
