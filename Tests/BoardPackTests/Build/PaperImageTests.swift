import Foundation
import Testing

@testable import BoardPack

/// `![alt](file)` images: copied beside the paper's page, embedded in packs, and checked.
@Suite struct PaperImageTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
    static let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"#

    static func project(body: String, exempt: Bool = false) throws -> URL {
        let paper = Fixtures.paper(title: "Charts", body: body + "\n## Discussion\n\n1. What next?\n", extraFront: exempt ? "exempt: { paragraph: 3, public-interest: Negotiations continue. }" : "")
        let root = try Fixtures.project(papers: ["charts": paper])
        let content = root.appendingPathComponent("content")
        try Data(png).write(to: content.appendingPathComponent("papers/chart.png"))
        try FileManager.default.createDirectory(at: content.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try svg.write(to: content.appendingPathComponent("assets/logo.svg"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("meetings"), withIntermediateDirectories: true)
        try "board: sscb\ndate: 2021-06-09\nitems:\n  - paper: charts\n".write(
            to: content.appendingPathComponent("meetings/june.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    static let body = "## Background\nThe figures rose.\n\n![Bar chart of incidents by month](chart.png)\n\n![Our logo](logo.svg)\n\n## Implications for Wales\nNone.\n"

    @Test func imagesAreCopiedBesideThePageAndEmbeddedInThePack() throws {
        let root = try Self.project(body: Self.body)
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed, "\(report.diagnostics)")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let site = root.appendingPathComponent("_site")
        #expect(try [UInt8](Data(contentsOf: site.appendingPathComponent("papers/charts/chart.png"))) == Self.png)
        #expect(Fixtures.read(site.appendingPathComponent("papers/charts/logo.svg")) == Self.svg)
        let page = try HTMLPage(Fixtures.read(site.appendingPathComponent("papers/charts/index.html")))
        #expect(page.attribute("src", of: "//div[@class='paper-body']//img") == ["chart.png", "logo.svg"])
        #expect(page.attribute("alt", of: "//div[@class='paper-body']//img") == ["Bar chart of incidents by month", "Our logo"])
        let pack = try HTMLPage(Fixtures.read(site.appendingPathComponent("packs/june.html")))
        let sources = pack.attribute("src", of: "//section[@id='item-1']//img")
        #expect(sources.count == 2)
        #expect(sources.first?.hasPrefix("data:image/png;base64,\(Data(Self.png).base64EncodedString())") == true)
        #expect(sources.last?.hasPrefix("data:image/svg+xml;base64,") == true)
        #expect(pack.nodes("//svg[.//rect[@width='10']]").isEmpty, "an SVG image is never put inline")

        // An image changed on disk reaches the page's copy and the pack in the next build.
        try Data(Self.png + [1, 2, 3]).write(to: root.appendingPathComponent("content/papers/chart.png"))
        _ = try SiteBuilder.build(Fixtures.options(root))
        #expect(try [UInt8](Data(contentsOf: site.appendingPathComponent("papers/charts/chart.png"))) == Self.png + [1, 2, 3])
    }

    @Test func imagesInSubFoldersOfAssetsAsImportWritesThemArePublished() throws {
        let body = "## Background\nThe figures rose.\n\n![Chart one](../assets/x/chart.png)\n\n![Our logo](assets/x/deeper/logo.svg)\n\n"
            + "![Same name beside the paper](chart.png)\n\n## Implications for Wales\nNone.\n"
        let root = try Self.project(body: body)
        defer { try? FileManager.default.removeItem(at: root) }
        let assets = root.appendingPathComponent("content/assets/x/deeper")
        try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
        try Data(Self.png + [7]).write(to: root.appendingPathComponent("content/assets/x/chart.png"))
        try Self.svg.write(to: assets.appendingPathComponent("logo.svg"), atomically: true, encoding: .utf8)
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let site = root.appendingPathComponent("_site")
        let page = try HTMLPage(Fixtures.read(site.appendingPathComponent("papers/charts/index.html")))
        let sources = page.attribute("src", of: "//div[@class='paper-body']//img")
        #expect(sources == ["chart.png", "logo.svg", "2-chart.png"])
        #expect(try [UInt8](Data(contentsOf: site.appendingPathComponent("papers/charts/chart.png"))) == Self.png + [7])
        #expect(try [UInt8](Data(contentsOf: site.appendingPathComponent("papers/charts/2-chart.png"))) == Self.png)
        #expect(Fixtures.read(site.appendingPathComponent("papers/charts/logo.svg")) == Self.svg)
        #expect(Fixtures.read(site.appendingPathComponent("packs/june.html")).contains(Data(Self.png + [7]).base64EncodedString()))

        // An image in a sub-folder that changes reaches the site in the next build.
        try Data(Self.png + [8]).write(to: root.appendingPathComponent("content/assets/x/chart.png"))
        _ = try SiteBuilder.build(Fixtures.options(root))
        #expect(try [UInt8](Data(contentsOf: site.appendingPathComponent("papers/charts/chart.png"))) == Self.png + [8])
    }

    @Test func anImageReachedThroughDotDotBeyondTheContentFolderIsALocatedError() throws {
        let root = try Self.project(body: "## Background\nText.\n\n![Secret](../../secret.png)\n\n## Implications for Wales\nNone.\n")
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(Self.png).write(to: root.appendingPathComponent("secret.png"))
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(report.failed)
        let error = report.diagnostics.first { $0.severity == .error }
        #expect(error.map { [$0.line, $0.column] } == [26, 1])
        #expect(error?.message.contains("outside the content folder") == true)
    }

    @Test func anExemptPapersImagesAreNotInThePublicSite() throws {
        let root = try Self.project(body: Self.body, exempt: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(!report.failed, "\(report.diagnostics)")
        let site = root.appendingPathComponent("_site")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("papers/charts/chart.png").path))
        #expect(!Fixtures.read(site.appendingPathComponent("packs/june.html")).contains("data:image"))
    }

    @Test func missingFakeOrScriptedImagesAreLocatedErrorsAndMissingAltTextAWarning() throws {
        let body = "## Background\nText.\n\nSee ![Map](missing.png) and ![](chart.png).\n\n![Photo](fake.png)\n\n![Diagram](bad.svg)\n\n## Implications for Wales\nNone.\n"
        let root = try Self.project(body: body)
        defer { try? FileManager.default.removeItem(at: root) }
        let papers = root.appendingPathComponent("content/papers")
        try "not an image".write(to: papers.appendingPathComponent("fake.png"), atomically: true, encoding: .utf8)
        try #"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.write(
            to: papers.appendingPathComponent("bad.svg"), atomically: true, encoding: .utf8)
        let lines = Fixtures.read(papers.appendingPathComponent("charts.md")).split(separator: "\n", omittingEmptySubsequences: false)
        let line = { (text: String) in (lines.firstIndex { $0.contains(text) } ?? -1) + 1 }
        let found = try SiteBuilder.check(Fixtures.options(root)).filter { $0.path.hasSuffix("charts.md") }
        #expect(found.map { "\($0.severity.rawValue) \($0.line):\($0.column)" } == [
            "error \(line("missing.png")):5", "warning \(line("missing.png")):29",
            "error \(line("fake.png")):1", "error \(line("bad.svg")):1",
        ])
        #expect(found[0].message.contains("there is no image 'missing.png'"))
        #expect(found[1].message.contains("no alternative text"))
        #expect(found[2].message.contains("not really a PNG"))
        #expect(found[3].message.contains("<script>"))
    }
}
