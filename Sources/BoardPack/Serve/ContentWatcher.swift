import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Waits for files under the watched folders to change. On Linux it asks the kernel (inotify), so a
/// save is seen at once; elsewhere it compares file stamps twice a second.
public final class ContentWatcher {
    private let folders: [URL]
    #if os(Linux)
    private let descriptor: Int32
    private var watched: Set<String> = []
    #endif
    private var lastStamps: [String: FileStamp] = [:]

    public init(folders: [URL]) {
        self.folders = folders
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        #endif
        refreshWatches()
        lastStamps = stamps()
    }

    deinit {
        #if os(Linux)
        if descriptor >= 0 { close(descriptor) }
        #endif
    }

    /// Blocks until something changed (true) or `timeout` passed (false). A burst of events (an
    /// editor writing a temporary file and renaming it) counts once.
    public func wait(timeout: TimeInterval) -> Bool {
        #if os(Linux)
        if descriptor >= 0 {
            guard var events = waitForEvents(milliseconds: Int32(timeout * 1000)) else { return false }
            while let more = waitForEvents(milliseconds: 15) { events.formUnion(more) }
            // Listing the folders again is costly in a large project: only when a folder appeared.
            if events.contains(.folder) { refreshWatches() }
            return true
        }
        #endif
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let now = stamps()
            if now != lastStamps {
                lastStamps = now
                return true
            }
            usleep(250_000)
        }
        return false
    }

    #if os(Linux)
    private struct Events: OptionSet {
        let rawValue: Int
        static let file = Events(rawValue: 1)
        static let folder = Events(rawValue: 2)
    }

    /// The kinds of change read from inotify, or nil when nothing happened in time.
    private func waitForEvents(milliseconds: Int32) -> Events? {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, milliseconds) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 16384)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        var events: Events = []
        var offset = 0
        // struct inotify_event: wd, mask, cookie, len, then len bytes of name.
        while offset + 16 <= count {
            let mask = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self) }
            let nameLength = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) }
            events.insert(mask & UInt32(IN_ISDIR) != 0 ? .folder : .file)
            offset += 16 + Int(nameLength)
        }
        return events
    }
    #endif

    /// Watches every folder below the roots, including ones created since the last look.
    private func refreshWatches() {
        #if os(Linux)
        guard descriptor >= 0 else { return }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
        for folder in allFolders() where !watched.contains(folder) {
            if inotify_add_watch(descriptor, folder, mask) >= 0 { watched.insert(folder) }
        }
        #endif
    }

    private func allFolders() -> [String] {
        var result: [String] = []
        for root in folders {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            result.append(root.path)
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey])
            while let url = enumerator?.nextObject() as? URL {
                if (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true { result.append(url.path) }
            }
        }
        return result
    }

    private func stamps() -> [String: FileStamp] {
        var result: [String: FileStamp] = [:]
        for root in folders {
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                result[url.path] = FileStamp.of(path: url.path)
            }
        }
        return result
    }
}
