import Foundation

@testable import BoardPack

/// Paths and small builders shared by the tests.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let peerTests = shared.appendingPathComponent("peer-tests")

    static let siteYAML = """
        title: Test papers
        organisation: Local Government Association
        base-url: https://example.org/briefings/
        language: en-GB
        boards:
          - id: sscb
            name: Safer and Stronger Communities Board
          - id: cwb
            name: Community Wellbeing Board
        categories:
          hate-crime: Hate crime
        """

    static var site: Site {
        SiteValidator.validate(SourceFile(path: "content/site.yaml", text: siteYAML)).0!
    }

    /// A valid paper; `replacing` swaps one front matter line for another to make it invalid.
    static func paper(
        title: String = "Test paper", board: String = "sscb", date: String = "2021-06-09",
        body: String = defaultBody, extraFront: String = ""
    ) -> String {
        """
        ---
        title: \(title)
        board: \(board)
        date: \(date)
        purpose: discussion
        summary: A short summary.
        recommendations: [That the Board notes the update.]
        background-papers: none
        actions:
          - Officers to follow up.
        contact:
          name: Rachel Duke
          position: Adviser
          phone: 07464 652612
          email: rachel.duke@local.gov.uk
        scope:
          - subject: The Adviser's role
            nations: [england]
          - subject: SIGCE support offer
            nations: [england, wales]
        \(extraFront)
        ---
        \(body)
        """
    }

    static let defaultBody = """
        ## Background
        First paragraph.

        Second paragraph with ~~struck~~ text and https://www.local.gov.uk.

        ## Discussion
        Members may wish to discuss:

        1. The first point
        2. The second point

        ## Implications for Wales
        The offer extends to Wales.
        """

    /// Writes a project into a fresh temporary folder and returns the folder.
    static func project(papers: [String: String], site: String = siteYAML) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-test-\(UUID().uuidString)")
        let papersFolder = root.appendingPathComponent("content/papers")
        try FileManager.default.createDirectory(at: papersFolder, withIntermediateDirectories: true)
        try site.write(to: root.appendingPathComponent("content/site.yaml"), atomically: true, encoding: .utf8)
        for (slug, text) in papers {
            try text.write(to: papersFolder.appendingPathComponent("\(slug).md"), atomically: true, encoding: .utf8)
        }
        return root
    }

    static func options(_ root: URL, output: String = "_site", jobs: Int = 2, useCache: Bool = true) -> BuildOptions {
        BuildOptions(
            content: root.appendingPathComponent("content"), output: root.appendingPathComponent(output),
            jobs: jobs, display: PathDisplay(workingDirectory: root), useCache: useCache)
    }

    static func read(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}

extension Exemption {
    static let testReason = "Negotiations continue."

    /// An exemption under Part 1 (England), as a paper with `exempt: { paragraph: N, public-interest: … }` has it.
    static func england(_ paragraph: Int, publicInterest: String = testReason) -> Exemption {
        Exemption(paragraph: String(paragraph), publicInterest: publicInterest, jurisdiction: .england)!
    }
}

extension Array where Element == Diagnostic {
    /// Without the section 100D reminder: an imported Word paper does not say what its background
    /// papers are, so it gets the warning until the adviser writes them in.
    var withoutBackgroundPapersReminder: [Diagnostic] { filter { !$0.message.contains("has no 'background-papers'") } }
}
