import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The open pages' event streams. A page that is closed or reloaded leaves its stream behind: each
/// second the streams are polled and the ones whose page hung up are closed, and a heartbeat finds
/// those that went without saying so, so descriptors do not pile up until the next reload.
final class LiveReloadStreams: Sendable {
    /// More open pages than this is a leak or an attack: the oldest streams are closed first.
    let maximum: Int
    static let heartbeatEvery: Double = 10

    private let streams = Mutex<[Int32]>([])

    init(maximum: Int) { self.maximum = maximum }

    var count: Int { streams.withLock { $0.count } }

    func add(_ connection: Int32) {
        // A reload is sent to every page in turn: one page that stops reading must not hold up the rest.
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let dropped = streams.withLock { streams -> [Int32] in
            streams.append(connection)
            let excess = max(0, streams.count - maximum)
            defer { streams.removeFirst(excess) }
            return Array(streams.prefix(excess))
        }
        dropped.forEach { close($0) }
    }

    /// Sends to every stream; closes those that have gone.
    func send(_ text: String) {
        let current = streams.withLock { $0 }
        let gone = current.filter { !PreviewServer.send($0, text) }
        remove(Set(gone))
    }

    func closeAll() {
        let all = streams.withLock { streams -> [Int32] in
            defer { streams = [] }
            return streams
        }
        all.forEach { close($0) }
    }

    /// Closes the streams whose page hung up (a page never sends anything on its stream).
    func closeHungUp() {
        var polled = streams.withLock { $0 }.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        guard !polled.isEmpty, poll(&polled, nfds_t(polled.count), 0) > 0 else { return }
        let gone = polled.filter { $0.revents != 0 }.map(\.fd)
        remove(Set(gone))
    }

    /// Polls for hung-up pages and sends heartbeats until `stopped` says so.
    func keep(until stopped: @escaping @Sendable () -> Bool) {
        Thread.detachNewThread { [self] in
            var sinceHeartbeat = 0.0
            while !stopped() {
                usleep(1_000_000)
                closeHungUp()
                sinceHeartbeat += 1
                if sinceHeartbeat >= Self.heartbeatEvery {
                    sinceHeartbeat = 0
                    send(": heartbeat\n\n")
                }
            }
        }
    }

    private func remove(_ gone: Set<Int32>) {
        guard !gone.isEmpty else { return }
        let removed = streams.withLock { streams -> [Int32] in
            let removed = streams.filter(gone.contains)
            streams.removeAll(where: gone.contains)
            return removed
        }
        removed.forEach { close($0) }
    }
}
