import Foundation
import Testing

@testable import BoardPack

/// An incremental build of a bilingual site keeps every paper's Welsh title in the Welsh lists,
/// and remakes them when only a Welsh file changes (issue 13: the cache keeps no Welsh listing).
@Suite struct WelshIncrementalTests {
    @Test func welshListsKeepTranslatedTitlesAcrossIncrementalBuilds() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-welsh-incremental-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("examples/welsh-council/content"), to: content)
        let options = BuildOptions(content: content, output: root.appendingPathComponent("out"), display: PathDisplay(workingDirectory: root))
        let welshIndex = root.appendingPathComponent("out/cy/index.html")
        _ = try SiteBuilder.build(options)
        #expect(Fixtures.read(welshIndex).contains("Calendr cyfarfodydd 2025-26"))

        // Another paper's English title changes: the Welsh lists are made again, still in Welsh.
        let english = content.appendingPathComponent("papers/depot-disposal.md")
        let text = try String(contentsOf: english, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Revised ").write(to: english, atomically: true, encoding: .utf8)
        let second = try SiteBuilder.build(options)
        #expect(!second.failed && !second.upToDate)
        for file in ["cy/index.html", "cy/feed.xml", "cy/search.json"] {
            #expect(Fixtures.read(root.appendingPathComponent("out/" + file)).contains("Calendr cyfarfodydd 2025-26"), "\(file)")
        }

        // Only the Welsh file's title changes: the Welsh lists show the new title.
        let welsh = content.appendingPathComponent("papers/meetings-calendar-2025-26.cy.md")
        let welshText = try String(contentsOf: welsh, encoding: .utf8)
        try welshText.replacingOccurrences(of: "title: Calendr cyfarfodydd 2025-26", with: "title: Calendr cyfarfodydd 2025-2026")
            .write(to: welsh, atomically: true, encoding: .utf8)
        _ = try SiteBuilder.build(options)
        for file in ["cy/index.html", "cy/feed.xml", "cy/search.json"] {
            #expect(Fixtures.read(root.appendingPathComponent("out/" + file)).contains("Calendr cyfarfodydd 2025-2026"), "\(file)")
        }
    }
}
