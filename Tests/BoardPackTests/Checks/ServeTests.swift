import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@testable import BoardPack

/// `boardpack serve` driven for real: the built command on a free port, a page fetched, the paper
/// edited on disk and the new text served, the front matter broken (the overlay names the right
/// line) and mended (the page comes back), then Ctrl-C.
@Suite struct ServeTests {
    static let executable: String? = {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [folder, folder.deletingLastPathComponent(), folder.deletingLastPathComponent().deletingLastPathComponent()]
            .map { $0.appendingPathComponent("boardpack").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// A port the kernel says is free: bound to port 0, read back, released.
    static func freePort() -> UInt16 {
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(probe) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(probe, pointer, length) == 0 ? getsockname(probe, pointer, &length) : -1
            }
        }
        return UInt16(bigEndian: address.sin_port)
    }

    static func fetch(_ url: String) -> String? {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var body: String?
        guard let address = URL(string: url) else { return nil }
        URLSession.shared.dataTask(with: address) { data, _, _ in
            body = data.map { String(decoding: $0, as: UTF8.self) }
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 5)
        return body
    }

    /// Polls until `condition` holds for the page, for at most `seconds`.
    static func waitFor(_ url: String, seconds: Double = 10, _ condition: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let page = fetch(url), condition(page) { return page }
            usleep(50_000)
        }
        return nil
    }

    @Test(.enabled(if: executable != nil, "needs the built boardpack command next to the tests"))
    func serveRebuildsShowsErrorsAndRecovers() throws {
        let root = try Fixtures.project(papers: ["live": Fixtures.paper(title: "Live paper")])
        defer { try? FileManager.default.removeItem(at: root) }
        let port = Self.freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable ?? "")
        process.arguments = ["serve", "--port", "\(port)"]
        process.currentDirectoryURL = root
        let log = Pipe()
        process.standardError = log
        process.standardOutput = log
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let url = "http://127.0.0.1:\(port)/papers/live/"
        guard let first = Self.waitFor(url, { $0.contains("<h1>Live paper</h1>") }) else {
            process.terminate()
            Issue.record("serve never served the page: \(String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
            return
        }
        #expect(first.contains("/__boardpack/livereload"))
        #expect(!Fixtures.read(root.appendingPathComponent("_site/papers/live/index.html")).contains("livereload"))

        let paper = root.appendingPathComponent("content/papers/live.md")
        try Fixtures.paper(title: "Live paper", body: "## Background\nA sentence added while serving.\n\n## Implications for Wales\nNone.\n")
            .write(to: paper, atomically: true, encoding: .utf8)
        #expect(Self.waitFor(url) { $0.contains("A sentence added while serving.") } != nil)

        try Fixtures.paper(title: "Live paper", date: "2021-02-30").write(to: paper, atomically: true, encoding: .utf8)
        let overlay = Self.waitFor(url) { $0.contains("could not be built") }
        #expect(overlay?.contains("content/papers/live.md:4:7") == true)
        #expect(overlay?.contains("is not a date") == true)

        try Fixtures.paper(title: "Live paper mended").write(to: paper, atomically: true, encoding: .utf8)
        #expect(Self.waitFor(url) { $0.contains("<h1>Live paper mended</h1>") } != nil)

        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 0)
        let output = String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(output.contains("Stopped."))
    }
}
