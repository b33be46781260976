import Foundation
import Testing

@testable import BoardPack

/// Members' and public builds into one output folder: whatever was built there before, and with or
/// without the cache, a public build leaves exactly the files a clean public build makes: no
/// exempt paper's text and no record of a dataset.
@Suite struct AudienceSeparationTests {
    static let secret = "The confidential negotiating position is forty million pounds."

    static func project() throws -> URL {
        let root = try IncrementalBuildTests.project()
        let body = "## Background\n\(secret)\n\n## Implications for Wales\nNone.\n"
        try Fixtures.paper(title: "Land sale", body: body, extraFront: "exempt: { paragraph: 3, public-interest: \"Publishing the offer would weaken the council's negotiating position.\" }").write(
            to: root.appendingPathComponent("content/papers/land-sale.md"), atomically: true, encoding: .utf8)
        try IncrementalBuildTests.edit(root.appendingPathComponent("content/meetings/june.yaml")) { $0 + "  - paper: land-sale\n" }
        return root
    }

    static func options(_ root: URL, _ audience: Audience, pdf: Bool = false) -> BuildOptions {
        var options = IncrementalBuildTests.options(root, output: "_site", cache: true)
        options.audience = audience
        options.pdf = pdf
        return options
    }

    /// The text of every file, PDFs through pdftotext.
    static func texts(_ folder: URL) throws -> [String: String] {
        var texts: [String: String] = [:]
        for (path, (data, _)) in SiteBuilderTests.snapshot(folder) {
            if path.hasSuffix(".pdf") {
                texts[path] = try ExternalTool.run(ExternalTool.onPath("pdftotext") ?? "/usr/bin/pdftotext", [folder.path + path, "-"]).text
            } else {
                texts[path] = String(decoding: data, as: UTF8.self)
            }
        }
        return texts
    }

    /// The public build in `_site` holds what a clean public build holds, and nothing confidential.
    static func expectOnlyPublicFiles(_ root: URL, _ order: String, pdf: Bool = false) throws {
        let site = root.appendingPathComponent("_site")
        let texts = try Self.texts(site)
        #expect(!texts.isEmpty, "\(order): nothing built")
        for (path, text) in texts {
            #expect(!path.hasSuffix(".records.csv"), "\(order): \(path) is in the public site")
            #expect(!text.contains(Self.secret) && !text.contains("SECRET-ID-") && !text.contains("Private summary naming"),
                "\(order): \(path) holds confidential text")
        }
        var clean = IncrementalBuildTests.options(root, output: "clean", cache: false)
        clean.pdf = pdf
        _ = try SiteBuilder.build(clean)
        defer { try? FileManager.default.removeItem(at: root.appendingPathComponent("clean")) }
        let fresh = IncrementalBuildTests.files(root.appendingPathComponent("clean"))
        let built = IncrementalBuildTests.files(site)
        #expect(built.keys.sorted() == fresh.keys.sorted(), "\(order): not the files of a clean public build")
        for (path, bytes) in fresh where !path.hasSuffix(".pdf") && built[path] != bytes {
            Issue.record("\(order): \(path) differs from a clean public build")
        }
    }

    static func build(_ root: URL, _ audience: Audience, pdf: Bool = false) throws {
        let report = try SiteBuilder.build(options(root, audience, pdf: pdf))
        #expect(!report.failed, "\(report.diagnostics)")
    }

    @Test func membersThenPublicLeavesNoMembersFile() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root, .members)
        let members = try Self.texts(root.appendingPathComponent("_site"))
        #expect(members.keys.contains("/data/incidents.records.csv"))
        #expect(members.values.contains { $0.contains(Self.secret) })
        try Self.build(root, .public)
        try Self.expectOnlyPublicFiles(root, "members → public")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("_site/\(MembersMark.name)").path))
    }

    @Test func publicThenMembersThenPublicLeavesNoMembersFile() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root, .public)
        try Self.build(root, .members)
        try Self.build(root, .public)
        try Self.expectOnlyPublicFiles(root, "public → members → public")
        // Twice: the second public build has nothing to do, and still nothing confidential.
        let again = try SiteBuilder.build(Self.options(root, .public))
        #expect(again.upToDate)
        try Self.expectOnlyPublicFiles(root, "public → members → public → public")
    }

    @Test func aPublicBuildWithoutTheCacheStillRemovesMembersFiles() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root, .public)
        try Self.build(root, .members)
        try FileManager.default.removeItem(at: root.appendingPathComponent(".boardpack-cache"))
        try Self.build(root, .public)
        try Self.expectOnlyPublicFiles(root, "public → members → cache deleted → public")
    }

    @Test func aMembersCacheWithoutTheMarkStillCounts() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root, .members)
        // As a members' build by an older boardpack leaves it: the cache but no mark.
        try FileManager.default.removeItem(at: root.appendingPathComponent("_site/\(MembersMark.name)"))
        try Self.build(root, .public)
        try Self.expectOnlyPublicFiles(root, "unmarked members → public")
        // A members' cache where boardpack 0.1 kept it, beside the output folder.
        let cache = CacheLocation(for: Self.options(root, .members)).cacheFile
        try Self.build(root, .members)
        try FileManager.default.removeItem(at: root.appendingPathComponent("_site/\(MembersMark.name)"))
        try FileManager.default.moveItem(at: cache, to: root.appendingPathComponent(".boardpack-cache/_site-members.cache"))
        try Self.build(root, .public)
        try Self.expectOnlyPublicFiles(root, "unmarked members (old cache) → public")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".boardpack-cache/_site-members.cache").path))
    }

    @Test(.enabled(if: PDFPackTests.tools, "needs WeasyPrint and poppler-utils: `sudo make test-tools`"))
    func membersPDFsNeverReachAPublicBuild() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root, .members, pdf: true)
        let members = try Self.texts(root.appendingPathComponent("_site"))
        #expect(members["/packs/june.pdf"]?.contains("forty million pounds") == true)
        try Self.build(root, .public, pdf: true)
        try Self.expectOnlyPublicFiles(root, "members --pdf → public --pdf", pdf: true)
        try Self.build(root, .members, pdf: true)
        try Self.build(root, .public)
        try Self.expectOnlyPublicFiles(root, "members --pdf → public")
    }
}
