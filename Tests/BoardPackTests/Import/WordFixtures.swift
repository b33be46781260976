import Foundation
import Testing

@testable import BoardPack

/// Word documents made at test time by tools/docx_fixtures.py (python-docx and pandoc), never
/// copies of documents from elsewhere, and a project to import them into.
enum WordFixtures {
    static let pandoc = Pandoc.find()

    /// A Python that has python-docx: Debian's python3-docx, or one given in BOARDPACK_DOCX_PYTHON.
    static let python: String? = {
        let candidates = [ExternalTool.environment("BOARDPACK_DOCX_PYTHON"), "/usr/bin/python3", ExternalTool.onPath("python3")]
        return candidates.compactMap { $0 }.first { candidate in
            ExternalTool.exists(candidate) && (try? ExternalTool.run(candidate, ["-c", "import docx, yaml"]))?.status == 0
        }
    }()

    static let available = pandoc != nil && python != nil
    static let skipReason: Comment = "needs pandoc and python-docx: `sudo apt-get install pandoc python3-docx` (or `sudo make test-tools`)"

    /// The seed paper's text from ../shared/seed/; without it (on CI), the repository's Markdown
    /// paper, which the script first lays out as the seed's text.
    static let seedText: URL = {
        let seed = Fixtures.shared.appendingPathComponent("seed/social-cohesion-and-resilience.txt")
        return FileManager.default.fileExists(atPath: seed.path)
            ? seed : Fixtures.packageRoot.appendingPathComponent("content/papers/social-cohesion-and-resilience.md")
    }()

    /// Makes the fixture `kind` (see tools/docx_fixtures.py) in `folder`.
    static func make(_ kind: String, in folder: URL) throws -> URL {
        let output = folder.appendingPathComponent("\(kind).docx")
        var arguments = [Fixtures.packageRoot.appendingPathComponent("tools/docx_fixtures.py").path, kind, output.path]
        if kind == "seed" { arguments.append(seedText.path) }
        let result = try ExternalTool.run(python ?? "python3", arguments)
        guard result.status == 0 else { throw FixtureError(message: result.text) }
        return output
    }

    /// A project with the test site.yaml and no papers.
    static func project() throws -> URL {
        try Fixtures.project(papers: [:])
    }

    static func importer(_ root: URL, settings: ImportSettings = ImportSettings(), changes: WordImporter.Changes? = nil, force: Bool = false) -> WordImporter {
        WordImporter(
            pandoc: pandoc ?? Pandoc(executable: "/usr/bin/pandoc"),
            options: WordImporter.Options(
                content: root.appendingPathComponent("content"), settings: settings, changes: changes, force: force,
                display: PathDisplay(workingDirectory: root)))
    }

    static let allSettings = ImportSettings(board: "sscb", date: CalendarDate(year: 2021, month: 6, day: 9), scope: [.england, .wales])

    /// The imported paper read back as every paper is read.
    static func read(_ root: URL, _ path: String) -> (Paper?, [Diagnostic]) {
        let text = Fixtures.read(root.appendingPathComponent(path))
        let slug = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return PaperReader(site: Fixtures.site).read(SourceFile(path: path, text: text), slug: slug)
    }

    static func papers(in root: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("content/papers").path)) ?? []).sorted()
    }

    struct FixtureError: Error { var message: String }
}
