import Foundation
import Testing

@testable import BoardPack

/// The output folder is all old or all new: a write that fails part-way (a full disk, for real on a
/// 2 MB tmpfs and through the writer's seam) leaves the previous site exactly as it was, and the
/// staging folder of a killed build is removed by the next.
@Suite struct OutputWriterTests {
    static func project(papers: Int = 3) throws -> URL {
        var all: [String: String] = [:]
        for index in 0..<papers { all["paper-\(index)"] = Fixtures.paper(title: "Paper \(index)") }
        return try Fixtures.project(papers: all)
    }

    static func grow(_ root: URL, papers: Int, filler: String) throws {
        for index in 0..<papers {
            let body = Fixtures.defaultBody.replacingOccurrences(of: "First paragraph.", with: filler)
            try Fixtures.paper(title: "Paper \(index)", body: body).write(
                to: root.appendingPathComponent("content/papers/paper-\(index).md"), atomically: true, encoding: .utf8)
        }
    }

    /// A writer into `output` that finds the disk full when it writes the bytes "full".
    static func fullOnFull(_ output: URL) -> OutputWriter {
        var writer = OutputWriter(directory: output, jobs: 2, shownAs: "_site")
        writer.writeFile = { bytes, path in
            if bytes == Array("full".utf8) {
                errno = ENOSPC
                return nil
            }
            return POSIXFile.writeStamped(bytes, to: path)
        }
        return writer
    }

    static func expectUnchanged(_ before: [String: (Data, FileStamp)], _ folder: URL) {
        let after = SiteBuilderTests.snapshot(folder)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, (bytes, stamp)) in before {
            #expect(after[path]?.0 == bytes && after[path]?.1 == stamp, "\(path) was touched")
        }
    }

    @Test func aWriteThatFailsPartWayLeavesThePreviousSiteExactlyAsItWas() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("_site")
        _ = try SiteBuilder.build(Fixtures.options(root))
        let before = SiteBuilderTests.snapshot(output)
        let writer = Self.fullOnFull(output)
        let files = [
            OutputFile(path: "index.html", text: "new front page"),
            OutputFile(path: "papers/new/index.html", text: "a new paper"),
            OutputFile(path: "papers/paper-1/index.html", text: "full"),
            OutputFile(path: "sitemap.xml", text: "new sitemap"),
        ]
        #expect {
            _ = try writer.write(files, previous: nil)
        } throws: { error in
            "\(error)" == "cannot write _site/papers/paper-1/index.html: the disk is full"
        }
        Self.expectUnchanged(before, output)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("papers/new").path))
    }

    @Test func aFolderInTheWayIsSaidInASentenceAndNothingIsWritten() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("_site")
        _ = try SiteBuilder.build(Fixtures.options(root))
        let page = output.appendingPathComponent("papers/paper-0/index.html")
        try FileManager.default.removeItem(at: page)
        try FileManager.default.createDirectory(at: page, withIntermediateDirectories: true)
        try Self.grow(root, papers: 3, filler: "Changed text.")
        let before = SiteBuilderTests.snapshot(output)
        #expect {
            _ = try SiteBuilder.build(Fixtures.options(root))
        } throws: { error in
            "\(error)" == "cannot write _site/papers/paper-0/index.html: a folder is in the way"
        }
        Self.expectUnchanged(before, output)
    }

    @Test func theStagingFolderOfAKilledBuildIsRemovedByTheNext() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("_site")
        _ = try SiteBuilder.build(Fixtures.options(root))
        // What a build killed with SIGKILL between staging and renaming leaves behind.
        let staging = output.appendingPathComponent(OutputWriter.stagingName)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try "half a page".write(to: staging.appendingPathComponent("3.tmp"), atomically: false, encoding: .utf8)
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(report.upToDate)
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        // What boardpack 0.1 left when killed: temporaries beside the pages; cleared by the next full build.
        let old = output.appendingPathComponent("papers/paper-1/index.html.tmp-4242")
        try "half a page".write(to: old, atomically: false, encoding: .utf8)
        try "mine".write(to: output.appendingPathComponent("notes.tmp-draft"), atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: root.appendingPathComponent(".boardpack-cache"))
        _ = try SiteBuilder.build(Fixtures.options(root))
        #expect(!FileManager.default.fileExists(atPath: old.path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("notes.tmp-draft").path))
    }

    static let canMount: Bool = {
        guard getuid() == 0, ExternalTool.onPath("mount") != nil else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-mount-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: probe) }
        guard (try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)) != nil,
            (try? ExternalTool.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path]))?.status == 0
        else { return false }
        _ = try? ExternalTool.run("/bin/umount", [probe.path])
        return true
    }()

    @Test(.enabled(if: canMount, "needs root and a kernel that lets it mount a tmpfs"))
    func aFullDiskPartWayLeavesThePreviousSiteExactlyAsItWas() throws {
        let root = try Self.project(papers: 6)
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("_site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let mounted = try ExternalTool.run("/bin/mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", output.path])
        try #require(mounted.status == 0, "\(mounted.text)")
        defer { _ = try? ExternalTool.run("/bin/umount", [output.path]) }
        _ = try SiteBuilder.build(Fixtures.options(root))
        let before = SiteBuilderTests.snapshot(output)
        // Six pages of 400 kB each do not fit in what is left of 2 MB.
        try Self.grow(root, papers: 6, filler: String(repeating: "Words that fill the disk. ", count: 16_000))
        #expect {
            _ = try SiteBuilder.build(Fixtures.options(root))
        } throws: { error in
            "\(error)".hasSuffix(": the disk is full")
        }
        Self.expectUnchanged(before, output)
    }
}
