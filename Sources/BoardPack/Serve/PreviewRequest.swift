#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One request to the preview server: its method and path, read within a deadline so that a client
/// that says nothing, or says it one byte at a time, cannot hold the connection.
struct PreviewRequest {
    var method: String
    /// Without the query; as sent, not decoded.
    var path: String

    /// The whole request head must arrive within this time.
    static let headerDeadline: Double = 3
    static let maximumHeaderBytes = 65536

    /// nil when the head did not arrive in time, was too long or is not a request line.
    static func read(_ connection: Int32, deadline seconds: Double = headerDeadline) -> PreviewRequest? {
        guard let head = readHead(connection, seconds: seconds) else { return nil }
        return parse(head)
    }

    static func readHead(_ connection: Int32, seconds: Double) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < maximumHeaderBytes {
            let left = Int32(deadline.timeIntervalSinceNow * 1000)
            guard left > 0 else { return nil }
            var ready = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, left) > 0 else { return nil }
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            bytes += buffer[0..<count]
            if bytes.withUnsafeBufferPointer({ ByteText.find([13, 10, 13, 10], in: $0) }) != nil { break }
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// Method and path of a request's first line.
    static func parse(_ head: String) -> PreviewRequest? {
        // "\r\n" is one Character in Swift, so the request line ends at the first line break of either kind.
        let line = head.prefix { !$0.isNewline }
        let parts = line.split(separator: " ")
        guard parts.count == 3, parts[1].hasPrefix("/") else { return nil }
        let path = parts[1].split(separator: "?", maxSplits: 1).first.map(String.init) ?? "/"
        return PreviewRequest(method: String(parts[0]), path: path)
    }

    /// Where to send a request for a folder: its own path with one slash between segments and one at
    /// the end. Never `//host/`, which a browser would read as another site, and never a backslash,
    /// which some browsers read as a slash.
    static func folderLocation(_ path: String) -> String {
        let segments = path.split(separator: "/").map { $0.replacingOccurrences(of: "\\", with: "%5C") }
        return "/" + segments.map { $0 + "/" }.joined()
    }
}
