import Foundation
import Testing

@testable import BoardPack

/// The preview server under clients that misbehave, on 127.0.0.1 only: silent and slow clients,
/// pages that go away, too few descriptors, hostile paths. The real `boardpack serve` is driven.
@Suite(.serialized) struct ServeRobustnessTests {
    /// `boardpack serve` in a fixture project, with its output collected.
    final class Server {
        let process = Process()
        let log = Pipe()
        let port = ServeTests.freePort()
        let root: URL

        init(root: URL, arguments: [String] = [], descriptorLimit: Int? = nil, environment: [String: String] = [:]) throws {
            self.root = root
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            let command = [ServeTests.executable ?? "", "serve", "--port", "\(port)"] + arguments
            if let descriptorLimit {
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", "ulimit -n \(descriptorLimit) && exec \"$@\"", "sh"] + command
            } else {
                process.executableURL = URL(fileURLWithPath: command[0])
                process.arguments = Array(command.dropFirst())
            }
            process.currentDirectoryURL = root
            process.standardError = log
            process.standardOutput = log
            try process.run()
        }

        var url: String { "http://127.0.0.1:\(port)" }

        /// Waits for the process to end by itself; its exit status, or nil if it is still running.
        func exitStatus(within seconds: Double) -> Int32? {
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning, Date() < deadline { usleep(50_000) }
            return process.isRunning ? nil : process.terminationStatus
        }

        func stop() -> String {
            if process.isRunning { kill(process.processIdentifier, SIGINT) }
            if exitStatus(within: 5) == nil { process.terminate() }
            return String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }

        /// Descriptors the server holds now.
        var descriptors: Int {
            (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process.processIdentifier)/fd").count) ?? -1
        }

        /// User and system CPU time so far, in clock ticks.
        var cpuTicks: Int {
            guard let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
                let end = stat.lastIndex(of: ")")
            else { return 0 }
            let fields = stat[stat.index(after: end)...].split(separator: " ")
            return (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
        }
    }

    /// A connected socket to the server, or -1.
    static func connectSocket(_ port: UInt16) -> Int32 {
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(client)
            return -1
        }
        return client
    }

    /// Reads until the server closes the connection or `seconds` pass.
    static func receive(_ client: Int32, seconds: Int) -> String {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One raw request and its whole answer, given at most `seconds`.
    static func exchange(_ port: UInt16, _ request: String, seconds: Int = 2) -> String {
        let client = connectSocket(port)
        guard client >= 0 else { return "" }
        defer { close(client) }
        _ = PreviewServer.send(client, request)
        return receive(client, seconds: seconds)
    }

    static func project() throws -> URL {
        try Fixtures.project(papers: ["live": Fixtures.paper(title: "Live paper")])
    }

    static func started(_ server: Server) -> Bool {
        ServeTests.waitFor(server.url + "/papers/live/") { $0.contains("Live paper") } != nil
    }

    static let enabled = ServeTests.executable != nil

    @Test(.enabled(if: enabled)) func silentConnectionsDoNotKeepARequestWaiting() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try Server(root: root)
        defer { _ = server.stop() }
        guard Self.started(server) else { Issue.record("serve did not start: \(server.stop())"); return }
        let silent = (0..<200).map { _ in Self.connectSocket(server.port) }
        defer { silent.forEach { close($0) } }
        #expect(silent.allSatisfy { $0 >= 0 })
        // Answered at once, long before any silent connection's deadline.
        let answer = Self.exchange(server.port, "GET /papers/live/ HTTP/1.1\r\nHost: x\r\n\r\n", seconds: 2)
        #expect(answer.hasPrefix("HTTP/1.1 200 OK"))
    }

    @Test(.enabled(if: enabled)) func aSlowHeaderClientIsCutOffAtTheDeadline() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try Server(root: root)
        defer { _ = server.stop() }
        guard Self.started(server) else { Issue.record("serve did not start: \(server.stop())"); return }
        let slow = Self.connectSocket(server.port)
        defer { close(slow) }
        _ = PreviewServer.send(slow, "GET /papers/live/ HTTP/1.1\r\n")
        let started = Date()
        var closed = false
        // One header byte every half second would last 30 s; the server must hang up first.
        for _ in 0..<12 where !closed {
            usleep(500_000)
            closed = !PreviewServer.send(slow, "X") || {
                var probe = pollfd(fd: slow, events: Int16(POLLIN), revents: 0)
                return poll(&probe, 1, 0) > 0
            }()
        }
        #expect(closed)
        #expect(Date().timeIntervalSince(started) < 5.5)
        #expect(Self.exchange(server.port, "GET /papers/live/ HTTP/1.1\r\n\r\n").hasPrefix("HTTP/1.1 200 OK"))
    }

    @Test(.enabled(if: enabled)) func eventStreamsOfClosedPagesGiveBackTheirDescriptors() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try Server(root: root)
        defer { _ = server.stop() }
        guard Self.started(server) else { Issue.record("serve did not start: \(server.stop())"); return }
        usleep(300_000)
        let before = server.descriptors
        let pages = (0..<20).map { _ in Self.connectSocket(server.port) }
        for page in pages {
            _ = PreviewServer.send(page, "GET \(PreviewServer.eventsPath) HTTP/1.1\r\n\r\n")
            var header = [UInt8](repeating: 0, count: 256)
            _ = header.withUnsafeMutableBytes { recv(page, $0.baseAddress, $0.count, 0) }
        }
        #expect(server.descriptors >= before + 20)
        pages.forEach { close($0) }
        let deadline = Date().addingTimeInterval(5)
        while server.descriptors > before + 2, Date() < deadline { usleep(100_000) }
        #expect(server.descriptors <= before + 2)
    }

    @Test(.enabled(if: enabled)) func tooFewDescriptorsNeitherSpinsNorBreaksTheRebuild() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try Server(root: root, descriptorLimit: 64)
        defer { _ = server.stop() }
        guard Self.started(server) else { Issue.record("serve did not start: \(server.stop())"); return }
        let flood = (0..<60).map { _ in Self.connectSocket(server.port) }
        defer { flood.forEach { if $0 >= 0 { close($0) } } }
        let ticks = server.cpuTicks
        let paper = root.appendingPathComponent("content/papers/live.md")
        try Fixtures.paper(title: "Live paper edited").write(to: paper, atomically: true, encoding: .utf8)
        sleep(2)
        // A spinning accept() would use the whole two seconds (200 ticks).
        #expect(server.cpuTicks - ticks < 100)
        flood.forEach { if $0 >= 0 { close($0) } }
        #expect(ServeTests.waitFor(server.url + "/papers/live/", seconds: 12) { $0.contains("Live paper edited") } != nil)
        let log = server.stop()
        #expect(!log.contains("cannot read"), "\(log)")
        #expect(log.contains("Rebuilt"))
    }

    @Test(.enabled(if: enabled)) func pathsAreEscapedAndRedirectsStayOnTheSite() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try Server(root: root)
        defer { _ = server.stop() }
        guard Self.started(server) else { Issue.record("serve did not start: \(server.stop())"); return }
        let missing = Self.exchange(server.port, "GET /<script>alert(1)</script> HTTP/1.1\r\n\r\n")
        #expect(missing.hasPrefix("HTTP/1.1 404"))
        #expect(!missing.contains("<script>alert"))
        #expect(missing.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        for (path, location) in [("//papers", "/papers/"), ("/papers", "/papers/"), ("//papers//live", "/papers/live/")] {
            let answer = Self.exchange(server.port, "GET \(path) HTTP/1.1\r\n\r\n")
            #expect(answer.hasPrefix("HTTP/1.1 301"), "\(path)")
            #expect(answer.contains("\r\nLocation: \(location)\r\n"), "\(path): \(answer)")
        }
    }

    @Test func folderLocationsAreNeverProtocolRelative() {
        #expect(PreviewRequest.folderLocation("//evil.example") == "/evil.example/")
        #expect(PreviewRequest.folderLocation("/\\evil.example") == "/%5Cevil.example/")
        #expect(PreviewRequest.folderLocation("/papers/x") == "/papers/x/")
        #expect(PreviewRequest.parse("GET /a?b=c HTTP/1.1\r\n\r\n")?.path == "/a")
        #expect(PreviewRequest.parse("GET a HTTP/1.1\r\n\r\n") == nil)
    }
}
