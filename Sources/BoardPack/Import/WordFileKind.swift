import Foundation

/// Tells a Word document (.docx, a zip archive) from what only looks like one, before pandoc is
/// asked, so that the message says what is wrong in words an adviser can act on.
enum WordFileKind {
    /// Why `file` cannot be imported; nil when it may be a Word document.
    static func problem(with file: URL, shownAs name: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            return "cannot read \(name) (check that the file exists and that you may read it)"
        }
        defer { try? handle.close() }
        let start = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        if start.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return nil }
        // An OLE compound file: Word saves password-protected documents this way, and old .doc files.
        if start.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return "\(name) is password-protected, or is an old Word 97-2003 (.doc) document: open it in Word, "
                + "remove the password (File > Info > Protect Document) and save it as a Word Document (.docx), then import that"
        }
        return "\(name) is not a Word document (.docx): save the paper from Word as a Word Document (.docx) and import that"
    }
}
