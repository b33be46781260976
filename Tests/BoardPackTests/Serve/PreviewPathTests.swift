import Foundation
import Testing

@testable import BoardPack

/// `PreviewServer.resolve`: the file a URL path names inside the output folder, and nothing outside it.
@Suite struct PreviewPathTests {
    /// An output folder with a page, a folder page and a secret beside (outside) the folder.
    static func site() throws -> (base: URL, root: String) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("preview-path-\(UUID().uuidString)")
        let root = base.appendingPathComponent("_site")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("papers/a b"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try Data("home".utf8).write(to: root.appendingPathComponent("index.html"))
        try Data("paper".utf8).write(to: root.appendingPathComponent("papers/a b/index.html"))
        try Data("secret".utf8).write(to: base.appendingPathComponent("secret.txt"))
        return (base, root.standardizedFileURL.path)
    }

    @Test func filesAndFolderPagesAreFound() throws {
        let (base, root) = try Self.site()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(PreviewServer.resolve("/", root: root) == .file(root + "//index.html"))
        #expect(PreviewServer.resolve("/index.html", root: root) == .file(root + "/index.html"))
        #expect(PreviewServer.resolve("/papers/a%20b/", root: root) == .file(root + "/papers/a b/index.html"))
        #expect(PreviewServer.resolve("/papers/a%20b/index.html", root: root) == .file(root + "/papers/a b/index.html"))
        #expect(PreviewServer.resolve("//papers//a%20b/index.html", root: root) == .file(root + "/papers/a b/index.html"))
    }

    @Test func aFolderWithoutItsSlashIsRedirected() throws {
        let (base, root) = try Self.site()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(PreviewServer.resolve("/papers/a%20b", root: root) == .redirect("/papers/a%20b/"))
    }

    @Test func missingFilesAndFoldersWithoutAPageAreNotFound() throws {
        let (base, root) = try Self.site()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(PreviewServer.resolve("/nothing.html", root: root) == nil)
        #expect(PreviewServer.resolve("/empty/", root: root) == nil)
    }

    @Test func nothingOutsideTheOutputFolderIsServed() throws {
        let (base, root) = try Self.site()
        defer { try? FileManager.default.removeItem(at: base) }
        for path in [
            "/../secret.txt", "/papers/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
            "/papers/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/%252e%252e/secret.txt",
            "//../secret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt", "/..%5c..%5csecret.txt", "/index.html%00.txt",
            "/" + base.appendingPathComponent("secret.txt").path,
        ] {
            #expect(PreviewServer.resolve(path, root: root) == nil, "\(path)")
        }
    }
}
