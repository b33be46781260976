#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an entry of a content folder is, decided from its name and `lstat`/`stat` before anything
/// opens it: opening a FIFO blocks for ever, a device may do anything, and a link may lead out of
/// the project.
enum ContentEntry {
    /// A content file that boardpack will not read, and why, in words that follow its path.
    struct Refusal: Sendable, Hashable {
        /// The file, or its folder when the name itself cannot be printed.
        var path: String
        var message: String
    }

    /// Names are printed in `path:line:column`: a control character would break the line.
    static func hasControlCharacter(_ name: String) -> Bool {
        name.unicodeScalars.contains { scalar in
            scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
        }
    }

    /// Why a name in `folder` cannot be read, for a name with a control character (named by its
    /// escaped form, the message placed at the folder); nil otherwise.
    static func nameRefusal(_ name: String, folder: String) -> Refusal? {
        guard hasControlCharacter(name) else { return nil }
        return Refusal(
            path: folder,
            message: "a file name here holds a line break or another invisible character (\(String(reflecting: name))): "
                + "rename it with letters, digits and '-' only")
    }

    /// Why the file at `path` will not be read: it is not a regular file, or it is a link to
    /// something that is not one or that lies outside `project` (an absolute, resolved folder path).
    /// An entry that would not be `read` anyway (a stray) is refused only if it is a pipe, socket or device.
    static func kindRefusal(_ path: String, project: String, read: Bool) -> Refusal? {
        var stamp: FileStamp?
        return kindRefusal(path, project: project, read: read, stamp: &stamp)
    }

    /// `kindRefusal`, also giving the stamp of a file that is not refused (of its target, for a
    /// link): what `stat` would give, without looking the path up again.
    static func kindRefusal(_ path: String, project: String, read: Bool, stamp: inout FileStamp?) -> Refusal? {
        stamp = nil
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }  // gone since the listing: the read reports it
        guard read || isKind(info, S_IFIFO) || isKind(info, S_IFSOCK) || isKind(info, S_IFCHR) || isKind(info, S_IFBLK) else { return nil }
        if isKind(info, S_IFLNK) {
            var target = stat()
            guard stat(path, &target) == 0, isKind(target, S_IFREG) else {
                return Refusal(
                    path: path, message: "this is a link to something that is not a file (or to nothing): boardpack reads only files")
            }
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            let real = String(cString: resolved)
            guard real.hasPrefix(project.hasSuffix("/") ? project : project + "/") else {
                let shown = hasControlCharacter(real) ? String(reflecting: real) : real
                return Refusal(
                    path: path, message: "this is a link to a file outside the project (\(shown)): copy the file into the project instead")
            }
            stamp = FileStamp(target)
            return nil
        }
        if isKind(info, S_IFREG) {
            stamp = FileStamp(info)
            return nil
        }
        let kind =
            isKind(info, S_IFDIR) ? "a folder" : isKind(info, S_IFIFO) ? "a named pipe (FIFO)"
            : isKind(info, S_IFSOCK) ? "a socket" : "a device"
        return Refusal(
            path: path, message: "this is \(kind), not a file: boardpack reads only ordinary files here; move it out of the content folder")
    }

    /// The project folder (the one holding `content/`) with every link resolved.
    static func projectFolder(of content: String) -> String {
        let parent = content.hasSuffix("/") ? String(content.dropLast()) : content
        let folder = parent.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        guard let resolved = realpath(folder.isEmpty ? "/" : folder, nil) else { return folder }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func isKind(_ info: stat, _ kind: mode_t) -> Bool { info.st_mode & S_IFMT == kind }
}
