#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's size, modification and change times and inode: how a rebuild tells, without reading,
/// that nothing changed. The change time and inode catch an edit that keeps the size and sets the
/// modification time back (`touch -r`, some editors and sync tools), or a file replaced by another.
public struct FileStamp: Sendable, Hashable {
    public var size: Int64
    public var modifiedNanoseconds: Int64
    public var changedNanoseconds: Int64
    public var inode: UInt64

    public init(size: Int64, modifiedNanoseconds: Int64, changedNanoseconds: Int64 = 0, inode: UInt64 = 0) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedNanoseconds = changedNanoseconds
        self.inode = inode
    }

    public static func of(path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(info)
    }

    /// The stamp of an open file: for a file just written, without looking its path up again.
    static func of(descriptor: Int32) -> FileStamp? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return FileStamp(info)
    }

    init(_ info: stat) {
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        let changed = info.st_ctimespec
        #else
        let modified = info.st_mtim
        let changed = info.st_ctim
        #endif
        self.init(
            size: Int64(info.st_size), modifiedNanoseconds: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
            changedNanoseconds: Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec), inode: UInt64(info.st_ino))
    }

    /// The stamp as four fields of the cache: size, modified, changed, inode.
    var fields: [String] { [String(size), String(modifiedNanoseconds), String(changedNanoseconds), String(inode)] }
}
