import Foundation
import Testing

@testable import BoardPack

/// The Debian package `make dist` makes (`make test` makes it first), installed and run as a
/// council's IT would: no Swift on the machine, nothing but the C libraries and cmark-gfm.
@Suite struct PackageTests {
    static let dist = Fixtures.packageRoot.appendingPathComponent("dist")
    static let architecture = (try? ExternalTool.run("/usr/bin/dpkg", ["--print-architecture"]).text
        .trimmingCharacters(in: .whitespacesAndNewlines)) ?? "amd64"
    static let deb = dist.appendingPathComponent("boardpack_\(BoardPackVersion.current)_\(architecture).deb")
    static let tarball = dist.appendingPathComponent("boardpack-\(BoardPackVersion.current)-linux-\(architecture).tar.gz")
    static let built = FileManager.default.fileExists(atPath: deb.path)
    static let skipped = "NO PACKAGE in dist/: run `make dist` (make test does) to test the package"

    /// The package unpacked into a new folder, as dpkg would install it under /.
    static func unpacked() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-deb-\(UUID().uuidString)")
        let output = try ExternalTool.run("/usr/bin/dpkg-deb", ["-x", deb.path, root.path])
        #expect(output.status == 0, "\(output.text)")
        return root
    }

    static func field(_ name: String) throws -> String {
        try ExternalTool.run("/usr/bin/dpkg-deb", ["-f", deb.path, name]).text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `binary arguments` in `directory`, with PATH=/usr/bin:/bin and no other variable: no Swift
    /// toolchain on PATH, and no LD_LIBRARY_PATH to find its libraries by.
    static func run(_ binary: URL, _ arguments: [String], in directory: URL) throws -> ExternalTool.Output {
        try ExternalTool.run(
            binary.path, arguments, in: directory, environment: ["PATH": "/usr/bin:/bin", "HOME": directory.path, "LANG": "C.UTF-8"])
    }

    @Test(.enabled(if: built, "\(skipped)"))
    func thePackagedBinaryLinksNoSwiftLibrary() throws {
        let root = try Self.unpacked()
        defer { try? FileManager.default.removeItem(at: root) }
        let ldd = try ExternalTool.run("/usr/bin/ldd", [root.appendingPathComponent("usr/bin/boardpack").path])
        #expect(ldd.status == 0, "\(ldd.text)")
        for library in ["libswift", "libFoundation", "libdispatch", "not found"] {
            #expect(!ldd.text.contains(library), "the binary needs \(library):\n\(ldd.text)")
        }
        #expect(ldd.text.contains("libcmark-gfm.so"))
    }

    @Test(.enabled(if: built, "\(skipped)"))
    func itDependsOnCmarkGFMsRuntimeAndRecommendsWeasyPrintAndPandoc() throws {
        let depends = try Self.field("Depends").split(separator: ",").map {
            String($0.trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
        }
        #expect(depends.contains("libcmark-gfm0.29.0.gfm.6"))
        #expect(depends.contains("libcmark-gfm-extensions0.29.0.gfm.6"))
        let allowed: Set<String> = ["libcmark-gfm0.29.0.gfm.6", "libcmark-gfm-extensions0.29.0.gfm.6", "libc6", "libstdc++6", "libgcc-s1", "libyaml-0-2"]
        #expect(Set(depends).isSubset(of: allowed), "unexpected dependencies: \(Set(depends).subtracting(allowed))")
        #expect(!depends.contains { $0.hasSuffix("-dev") || $0.contains("swift") })
        #expect(try Self.field("Recommends") == "weasyprint, pandoc")
        #expect(try Self.field("Version") == BoardPackVersion.current)
    }

    @Test(.enabled(if: built, "\(skipped)"))
    func itInstallsTheManPageCompletionsCopyrightAndChangelog() throws {
        let root = try Self.unpacked()
        defer { try? FileManager.default.removeItem(at: root) }
        for path in [
            "usr/bin/boardpack", "usr/share/man/man1/boardpack.1.gz", "usr/share/bash-completion/completions/boardpack",
            "usr/share/zsh/vendor-completions/_boardpack", "usr/share/fish/vendor_completions.d/boardpack.fish",
            "usr/share/doc/boardpack/copyright", "usr/share/doc/boardpack/changelog.gz",
        ] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "the package has no \(path)")
        }
        let man = try ExternalTool.run("/bin/sh", ["-c", "gzip -dc '\(root.path)/usr/share/man/man1/boardpack.1.gz'"]).text
        for command in ["build", "check", "init", "serve", "new"] {
            #expect(man.contains(".SS \"boardpack \(command)\""), "the man page does not describe \(command)")
        }
        #expect(man.contains("\\-\\-ci"))
        let bash = Fixtures.read(root.appendingPathComponent("usr/share/bash-completion/completions/boardpack"))
        #expect(bash.contains("complete") && bash.contains("boardpack"))
    }

    /// The decisive one: init, check and build from the unpacked package, with no Swift reachable.
    @Test(.enabled(if: built, "\(skipped)"))
    func theBinaryFromThePackageInitsChecksAndBuildsWithoutSwift() throws {
        let root = try Self.unpacked()
        defer { try? FileManager.default.removeItem(at: root) }
        let binary = root.appendingPathComponent("usr/bin/boardpack")
        let project = root.appendingPathComponent("council")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)

        let swift = try Self.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "command -v swift swiftc"], in: project)
        #expect(swift.status != 0, "Swift is reachable: \(swift.text)")
        let version = try Self.run(binary, ["--version"], in: project)
        #expect(version.text.trimmingCharacters(in: .whitespacesAndNewlines) == BoardPackVersion.current)
        let initialised = try Self.run(binary, ["init"], in: project)
        #expect(initialised.status == 0, "\(initialised.text)")
        let checked = try Self.run(binary, ["check"], in: project)
        #expect(checked.status == 0, "\(checked.text)")
        #expect(checked.text.contains("0 error(s), 0 warning(s)."))
        let built = try Self.run(binary, ["build"], in: project)
        #expect(built.status == 0, "\(built.text)")
        let paper = Fixtures.read(project.appendingPathComponent("_site/papers/example-paper/index.html"))
        #expect(paper.contains("<h1"), "the example paper was not built")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("_site/packs/example-meeting.html").path))

        // A mistake is still reported at its line, with exit status 1.
        let paperFile = project.appendingPathComponent("content/papers/example-paper.md")
        let text = Fixtures.read(paperFile).replacingOccurrences(of: "purpose: ", with: "purpose: not-a-purpose # ")
        try text.write(to: paperFile, atomically: true, encoding: .utf8)
        let failed = try Self.run(binary, ["check"], in: project)
        #expect(failed.status == 1, "\(failed.text)")
        #expect(failed.text.contains("content/papers/example-paper.md:"), "\(failed.text)")
    }

    @Test(.enabled(if: built && ExternalTool.exists("/usr/bin/lintian"), "\(skipped), and lintian (`sudo make test-tools`)"))
    func lintianFindsNoErrorOrWarning() throws {
        let output = try ExternalTool.run("/usr/bin/lintian", ["--no-cfg", Self.deb.path])
        let problems = output.text.split(separator: "\n").filter { $0.hasPrefix("E:") || $0.hasPrefix("W:") }
        #expect(problems.isEmpty, "\(output.text)")
    }

    /// `make install` (tools/dist.sh install) puts the package's files under DESTDIR/PREFIX.
    @Test(.enabled(if: built, "\(skipped)"))
    func installPutsTheSameFilesUnderThePrefix() throws {
        let root = try Self.unpacked()
        let destination = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-install-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: destination)
        }
        let script = Fixtures.packageRoot.appendingPathComponent("tools/dist.sh").path
        let binary = Fixtures.packageRoot.appendingPathComponent(".build/release/boardpack").path
        let installed = try ExternalTool.run(script, ["install", binary, destination.path, "/usr/local"])
        #expect(installed.status == 0, "\(installed.text)")
        let packaged = try Self.files(under: root.appendingPathComponent("usr"))
            .filter { !$0.hasPrefix("share/doc/") && !$0.hasPrefix("share/lintian/") }
        #expect(try Self.files(under: destination.appendingPathComponent("usr/local")) == packaged)
        let version = try Self.run(destination.appendingPathComponent("usr/local/bin/boardpack"), ["--version"], in: destination)
        #expect(version.text.contains(BoardPackVersion.current))
    }

    static func files(under folder: URL) throws -> [String] {
        let listing = try ExternalTool.run("/usr/bin/find", [folder.path, "-type", "f", "-printf", "%P\\n"]).text
        return listing.split(separator: "\n").map(String.init).sorted()
    }

    @Test(.enabled(if: built, "\(skipped)"))
    func theTarballHoldsTheSameFiles() throws {
        let listing = try ExternalTool.run("/bin/tar", ["-tzf", Self.tarball.path]).text
        let folder = "boardpack-\(BoardPackVersion.current)-linux-\(Self.architecture)/"
        for path in [
            "bin/boardpack", "share/man/man1/boardpack.1.gz", "share/bash-completion/completions/boardpack",
            "share/zsh/vendor-completions/_boardpack", "share/fish/vendor_completions.d/boardpack.fish", "COPYRIGHT",
        ] {
            #expect(listing.contains(folder + path), "the tarball has no \(path)")
        }
    }
}
