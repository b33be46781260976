import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server for previewing the site on 127.0.0.1: GET and HEAD of files in the
/// output folder, with the live-reload script added to every HTML page, and a server-sent-events
/// stream that tells open pages to reload. It is a preview, not a web server for publishing:
/// one request per connection, loopback only.
///
/// Written on POSIX sockets rather than with FlyingFox or Hummingbird: static files and one event
/// stream need about 200 lines, build in seconds, and keep the event stream a plain socket. So that
/// no client can stall it, each connection has its own thread and a deadline for its request
/// (`PreviewRequest`), connections are capped below the descriptor limit (the rebuild needs
/// descriptors too), `accept` backs off when descriptors run out, and dead event streams are closed
/// (`LiveReloadStreams`).
public final class PreviewServer: Sendable {
    public let root: String
    public let port: UInt16
    private let listener: Int32
    private let state = Mutex(State())

    private let streams: LiveReloadStreams
    /// Connections being answered at most at once; more wait in the kernel's queue. Event streams
    /// have a cap of their own, so that together they keep within a quarter of the descriptors.
    let connectionLimit: Int

    private struct State {
        var overlay: String?
        var warnings: String?
        /// A rebuild is writing pages: requests wait for it, so that no page is served with the
        /// previous build's problems or warnings beside the new build's text.
        var rebuilding = false
        var connections = 0
        var stopped = false
    }

    static let eventsPath = "/__boardpack/livereload"

    public init(root: URL, port: UInt16) throws {
        self.root = root.standardizedFileURL.path
        self.port = port
        let descriptors = Self.descriptorLimit()
        connectionLimit = Self.connectionLimit(descriptors: descriptors / 2)
        streams = LiveReloadStreams(maximum: min(32, Self.connectionLimit(descriptors: descriptors / 2)))
        listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw EnvironmentError(description: "cannot open a socket: \(String(cString: strerror(errno)))") }
        var reuse: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 64) == 0 else {
            close(listener)
            throw EnvironmentError(description: "cannot serve on 127.0.0.1:\(port): \(String(cString: strerror(errno))) "
                + "(is another server using it? try --port \(port &+ 1))")
        }
    }

    /// A quarter of the descriptors, so that the rebuild always has the rest.
    static func connectionLimit(descriptors: Int) -> Int { min(256, max(4, descriptors / 4)) }

    static func descriptorLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
        return limit.rlim_cur == rlim_t.max ? 1 << 20 : Int(clamping: limit.rlim_cur)
    }

    /// Accepts connections on a background thread until `stop()`.
    public func start() {
        let server = self
        streams.keep { server.state.withLock { $0.stopped } }
        Thread.detachNewThread { server.acceptConnections() }
    }

    private func acceptConnections() {
        while true {
            // At the cap, new connections wait in the listen queue and hold no descriptor here.
            while state.withLock({ $0.connections >= connectionLimit && !$0.stopped }) { usleep(10_000) }
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if state.withLock({ $0.stopped }) { return }
                // Out of descriptors (or memory): wait for some to be freed rather than spin.
                if [EMFILE, ENFILE, ENOBUFS, ENOMEM].contains(errno) {
                    streams.closeHungUp()
                    usleep(100_000)
                }
                continue
            }
            state.withLock { $0.connections += 1 }
            Thread.detachNewThread { [self] in
                let keep = handle(connection)
                if !keep { close(connection) }
                state.withLock { $0.connections -= 1 }
            }
        }
    }

    public func stop() {
        state.withLock { $0.stopped = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        streams.closeAll()
    }

    /// Requests wait from here until `finishRebuild`, at most `rebuildWait` seconds.
    public func beginRebuild() {
        state.withLock { $0.rebuilding = true }
    }

    /// The build's outcome, set together with the end of the rebuild: `overlay`, while set, is shown
    /// instead of every page (the build's problems); `warnings`, a panel at the top of every page.
    public func finishRebuild(overlay: String?, warnings: String?) {
        state.withLock {
            $0.overlay = overlay
            $0.warnings = warnings
            $0.rebuilding = false
        }
    }

    /// A rebuild of a large site may take longer: then the pages are served as they are.
    static let rebuildWait: Double = 10

    private func waitForRebuild() {
        let deadline = Date().addingTimeInterval(Self.rebuildWait)
        while state.withLock({ $0.rebuilding && !$0.stopped }), Date() < deadline { usleep(10_000) }
    }

    /// Tells every open page to reload itself.
    public func reloadPages() {
        streams.send("event: reload\ndata: reload\n\n")
    }

    /// Answers one request; true when the connection stays open as an event stream.
    private func handle(_ connection: Int32) -> Bool {
        // A page that stops reading must not hold this thread either.
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = PreviewRequest.read(connection) else {
            respond(connection, status: "400 Bad Request", type: "text/plain", body: Array("Bad request\n".utf8))
            return false
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            respond(connection, status: "405 Method Not Allowed", type: "text/plain", body: Array("GET only\n".utf8))
            return false
        }
        if request.path == Self.eventsPath {
            let header = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
                + "Connection: keep-alive\r\n\r\n: connected\n\n"
            guard Self.send(connection, header) else { return false }
            streams.add(connection)
            return true
        }
        waitForRebuild()
        guard let file = Self.resolve(request.path, root: root) else {
            let page = "<!DOCTYPE html><html lang=\"en\"><head><title>Not found</title></head><body><main><h1>Not found</h1>"
                + "<p>Nothing is published at <code>\(XMLText.escaped(request.path))</code>.</p></main></body></html>"
            respond(connection, status: "404 Not Found", type: "text/html; charset=utf-8", body: Array(Self.withReloadScript(page).utf8))
            return false
        }
        if case let .redirect(location) = file {
            respond(connection, status: "301 Moved Permanently", type: "text/plain", body: [], extra: "Location: \(location)\r\n")
            return false
        }
        guard case let .file(filePath) = file, case let .success(bytes) = POSIXFile.read(filePath, limit: Int.max) else {
            respond(connection, status: "404 Not Found", type: "text/plain", body: Array("Not found\n".utf8))
            return false
        }
        let type = Self.contentType(filePath)
        var body = bytes
        if type.hasPrefix("text/html") {
            let (overlay, warnings) = state.withLock { ($0.overlay, $0.warnings) }
            var page = overlay ?? String(decoding: bytes, as: UTF8.self)
            if overlay == nil, let warnings { page = WarningPanel.inserted(warnings, into: page) }
            body = Array(Self.withReloadScript(page).utf8)
        }
        respond(connection, status: "200 OK", type: type, body: request.method == "HEAD" ? [] : body, length: body.count)
        return false
    }

    enum Resolved: Equatable {
        case file(String)
        case redirect(String)
    }

    /// The file a URL path names inside the output folder `root`; nothing outside it is ever served.
    static func resolve(_ path: String, root: String) -> Resolved? {
        let decoded = path.removingPercentEncoding ?? path
        let segments = decoded.split(separator: "/")
        guard !segments.contains(where: { $0 == ".." || $0.contains("\0") }) else { return nil }
        var filePath = root + "/" + segments.joined(separator: "/")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: filePath, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue {
            guard decoded.hasSuffix("/") else { return .redirect(PreviewRequest.folderLocation(path)) }
            filePath += "/index.html"
            guard FileManager.default.fileExists(atPath: filePath) else { return nil }
        }
        return .file(filePath)
    }

    private func respond(_ connection: Int32, status: String, type: String, body: [UInt8], length: Int? = nil, extra: String = "") {
        let header = "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(length ?? body.count)\r\n"
            + "Cache-Control: no-store\r\nConnection: close\r\n\(extra)\r\n"
        if Self.send(connection, header), !body.isEmpty {
            _ = body.withUnsafeBytes { Self.sendAll(connection, $0) }
        }
    }

    static let reloadScript = """
        <script>(function(){var s=new EventSource("\(eventsPath)");s.addEventListener("reload",function(){location.reload();});})();</script>
        """

    /// Served pages only: the files on disk stay as they would be published.
    static func withReloadScript(_ html: String) -> String {
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + reloadScript }
        return html.replacingCharacters(in: range, with: reloadScript + "\n</body>")
    }

    static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return path.hasSuffix("feed.xml") ? "application/atom+xml" : "application/xml"
        case "ics": return "text/calendar; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "pdf": return "application/pdf"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        default: return "application/octet-stream"
        }
    }

    static func send(_ connection: Int32, _ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { sendAll(connection, UnsafeRawBufferPointer($0)) }
    }

    /// Writes every byte; false when the other side has gone. A closed page must not end the server
    /// with SIGPIPE: MSG_NOSIGNAL on Linux, the socket's SO_NOSIGPIPE on macOS.
    static func sendAll(_ connection: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        #if canImport(Darwin)
        var on: Int32 = 1
        setsockopt(connection, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
        var sent = 0
        while sent < bytes.count {
            #if canImport(Glibc)
            let count = Glibc.send(connection, base + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
            #else
            let count = Darwin.send(connection, base + sent, bytes.count - sent, 0)
            #endif
            if count <= 0 { return false }
            sent += count
        }
        return true
    }
}
