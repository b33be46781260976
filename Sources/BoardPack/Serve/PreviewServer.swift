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
/// stream need about 200 lines, build in seconds, and keep the event stream a plain socket.
public final class PreviewServer: Sendable {
    public let root: String
    public let port: UInt16
    private let listener: Int32
    private let state = Mutex(State())

    private struct State {
        var overlay: String?
        var eventClients: [Int32] = []
        var stopped = false
    }

    static let eventsPath = "/__boardpack/livereload"

    public init(root: URL, port: UInt16) throws {
        self.root = root.standardizedFileURL.path
        self.port = port
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

    /// Accepts connections on a background thread until `stop()`.
    public func start() {
        let server = self
        DispatchQueue.global().async {
            while true {
                let connection = accept(server.listener, nil, nil)
                if connection < 0 {
                    if server.state.withLock({ $0.stopped }) { return }
                    continue
                }
                DispatchQueue.global().async { server.handle(connection) }
            }
        }
    }

    public func stop() {
        let clients = state.withLock { state -> [Int32] in
            state.stopped = true
            defer { state.eventClients = [] }
            return state.eventClients
        }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        clients.forEach { close($0) }
    }

    /// While set, every page shows this instead: the build's problems.
    public func setOverlay(_ html: String?) {
        state.withLock { $0.overlay = html }
    }

    /// Tells every open page to reload itself.
    public func reloadPages() {
        let clients = state.withLock { $0.eventClients }
        var gone: Set<Int32> = []
        for client in clients where !Self.send(client, "event: reload\ndata: reload\n\n") {
            gone.insert(client)
            close(client)
        }
        if !gone.isEmpty { state.withLock { $0.eventClients.removeAll(where: gone.contains) } }
    }

    private func handle(_ connection: Int32) {
        // A client that connects and says nothing must not hold a thread for ever.
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = Self.readRequest(connection), let target = Self.target(of: request) else {
            respond(connection, status: "400 Bad Request", type: "text/plain", body: Array("Bad request\n".utf8))
            return
        }
        let (method, path) = target
        guard method == "GET" || method == "HEAD" else {
            respond(connection, status: "405 Method Not Allowed", type: "text/plain", body: Array("GET only\n".utf8))
            return
        }
        if path == Self.eventsPath {
            let header = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
                + "Connection: keep-alive\r\n\r\n: connected\n\n"
            if Self.send(connection, header) { state.withLock { $0.eventClients.append(connection) } } else { close(connection) }
            return
        }
        guard let file = resolve(path) else {
            respond(connection, status: "404 Not Found", type: "text/html; charset=utf-8",
                    body: Array(Self.withReloadScript("<!DOCTYPE html><html lang=\"en\"><head><title>Not found</title></head><body><h1>Not found</h1><p>\(path)</p></body></html>").utf8))
            return
        }
        if case let .redirect(location) = file {
            respond(connection, status: "301 Moved Permanently", type: "text/plain", body: [], extra: "Location: \(location)\r\n")
            return
        }
        guard case let .file(filePath) = file, case let .success(bytes) = POSIXFile.read(filePath, limit: Int.max) else {
            respond(connection, status: "404 Not Found", type: "text/plain", body: Array("Not found\n".utf8))
            return
        }
        let type = Self.contentType(filePath)
        var body = bytes
        if type.hasPrefix("text/html") {
            let page = state.withLock { $0.overlay } ?? String(decoding: bytes, as: UTF8.self)
            body = Array(Self.withReloadScript(page).utf8)
        }
        respond(connection, status: "200 OK", type: type, body: method == "HEAD" ? [] : body, length: body.count)
    }

    private enum Resolved {
        case file(String)
        case redirect(String)
    }

    /// The file a URL path names inside the output folder; nothing outside it is ever served.
    private func resolve(_ path: String) -> Resolved? {
        let decoded = path.removingPercentEncoding ?? path
        let segments = decoded.split(separator: "/")
        guard !segments.contains(where: { $0 == ".." || $0.contains("\0") }) else { return nil }
        var filePath = root + "/" + segments.joined(separator: "/")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: filePath, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue {
            guard decoded.hasSuffix("/") else { return .redirect(path + "/") }
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
        close(connection)
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

    /// Reads up to the end of the request headers (requests here have no body).
    static func readRequest(_ connection: Int32) -> String? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 65536 {
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            bytes += buffer[0..<count]
            let endOfHeaders = bytes.withUnsafeBufferPointer { ByteText.find([13, 10, 13, 10], in: $0) }
            if endOfHeaders != nil { break }
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// Method and path (without the query) of a request line.
    static func target(of request: String) -> (String, String)? {
        // "\r\n" is one Character in Swift, so the request line ends at the first line break of either kind.
        let line = request.prefix { !$0.isNewline }
        let parts = line.split(separator: " ")
        guard parts.count == 3, parts[1].hasPrefix("/") else { return nil }
        let path = parts[1].split(separator: "?", maxSplits: 1).first.map(String.init) ?? "/"
        return (String(parts[0]), path)
    }

    static func send(_ connection: Int32, _ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { sendAll(connection, UnsafeRawBufferPointer($0)) }
    }

    /// Writes every byte; false when the other side has gone. MSG_NOSIGNAL: a closed page must not
    /// end the server with SIGPIPE.
    static func sendAll(_ connection: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var sent = 0
        while sent < bytes.count {
            #if canImport(Glibc)
            let flags = Int32(MSG_NOSIGNAL)
            #else
            let flags: Int32 = 0
            #endif
            let count = Glibc.send(connection, bytes.baseAddress! + sent, bytes.count - sent, flags)
            if count <= 0 { return false }
            sent += count
        }
        return true
    }
}
