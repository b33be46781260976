import Foundation
import Testing

@testable import BoardPack

/// An incremental build of a bilingual site keeps every paper's Welsh title in the Welsh lists,
/// from the cache's record of each paper's Welsh listing, without reading the unchanged papers
/// again; and remakes the lists when only a Welsh file changes.
@Suite struct WelshIncrementalTests {
    /// A copy of the Welsh council example, and the options that build it into `out/` beside it.
    static func example() throws -> (root: URL, content: URL, options: BuildOptions) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-welsh-incremental-\(UUID().uuidString)")
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("examples/welsh-council/content"), to: content)
        return (root, content, BuildOptions(content: content, output: root.appendingPathComponent("out"), display: PathDisplay(workingDirectory: root)))
    }

    @Test func welshListsKeepTranslatedTitlesAcrossIncrementalBuilds() throws {
        let (root, content, options) = try Self.example()
        defer { try? FileManager.default.removeItem(at: root) }
        let welshIndex = root.appendingPathComponent("out/cy/index.html")
        _ = try SiteBuilder.build(options)
        #expect(Fixtures.read(welshIndex).contains("Calendr cyfarfodydd 2025-26"))

        // Another paper's English title changes: the Welsh lists are made again, still in Welsh.
        let english = content.appendingPathComponent("papers/depot-disposal.md")
        let text = try String(contentsOf: english, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Revised ").write(to: english, atomically: true, encoding: .utf8)
        let second = try SiteBuilder.build(options)
        #expect(!second.failed && !second.upToDate)
        // Only that paper is read: the others' Welsh listings are in the cache (format 7).
        #expect(second.papersRead == 1)
        for file in ["cy/index.html", "cy/feed.xml", "cy/search.json"] {
            #expect(Fixtures.read(root.appendingPathComponent("out/" + file)).contains("Calendr cyfarfodydd 2025-26"), "\(file)")
        }

        // Only the Welsh file's title changes: the Welsh lists show the new title.
        let welsh = content.appendingPathComponent("papers/meetings-calendar-2025-26.cy.md")
        let welshText = try String(contentsOf: welsh, encoding: .utf8)
        try welshText.replacingOccurrences(of: "title: Calendr cyfarfodydd 2025-26", with: "title: Calendr cyfarfodydd 2025-2026")
            .write(to: welsh, atomically: true, encoding: .utf8)
        let third = try SiteBuilder.build(options)
        #expect(third.papersRead == 1)
        for file in ["cy/index.html", "cy/feed.xml", "cy/search.json"] {
            #expect(Fixtures.read(root.appendingPathComponent("out/" + file)).contains("Calendr cyfarfodydd 2025-2026"), "\(file)")
        }
    }

    /// Every Welsh title in the Welsh front page, feed and search list, after a build that read one
    /// English paper: the same lists as a build from nothing makes.
    @Test func oneEnglishEditReadsOnePaperAndKeepsEveryWelshTitle() throws {
        let (root, content, options) = try Self.example()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try SiteBuilder.build(options)
        let papers = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("papers").path)
        let translated = papers.filter { $0.hasSuffix(".cy.md") }
        #expect(!translated.isEmpty, "the example has a Welsh paper")
        #expect(first.papersRead == papers.count - translated.count)

        // An English paper without a Welsh version, so that its own Welsh page is the English text.
        let untranslated = try #require(papers.first { name in
            name.hasSuffix(".md") && !name.hasSuffix(".cy.md") && !translated.contains(name.dropLast(3) + ".cy.md")
        })
        let english = content.appendingPathComponent("papers/" + untranslated)
        let text = try String(contentsOf: english, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Revised ").write(to: english, atomically: true, encoding: .utf8)
        let second = try SiteBuilder.build(options)
        #expect(second.papersRead == 1)
        #expect(!second.failed)

        // The lists as a build from nothing makes them.
        let fresh = root.appendingPathComponent("fresh")
        var freshOptions = options
        freshOptions.output = fresh
        _ = try SiteBuilder.build(freshOptions)
        for file in ["cy/index.html", "cy/feed.xml", "cy/search.json", "cy/search/index.html", "index.html", "feed.xml", "search.json"] {
            let incremental = Fixtures.read(root.appendingPathComponent("out/" + file))
            #expect(incremental == Fixtures.read(fresh.appendingPathComponent(file)), "\(file)")
            #expect(!incremental.isEmpty, "\(file)")
        }
        let welshIndex = Fixtures.read(root.appendingPathComponent("out/cy/index.html"))
        for name in translated {
            let welsh = try String(contentsOf: content.appendingPathComponent("papers/" + name), encoding: .utf8)
            let title = try #require(welsh.split(separator: "\n").first { $0.hasPrefix("title: ") }).dropFirst("title: ".count)
            #expect(welshIndex.contains(HTMLText.escaped(String(title))), "\(title)")
        }
    }
}
