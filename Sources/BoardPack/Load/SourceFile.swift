import Foundation

/// One input file as text, with the path the user will see in messages.
public struct SourceFile: Sendable {
    /// Path shown in diagnostics (relative to the working directory when inside it).
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// Reads content files and turns unreadable ones into located diagnostics instead of crashes.
public enum SourceReader {
    /// Papers are prose: anything this large is a mistake (a pasted dump, a binary), not a paper.
    public static let maximumBytes = 16 * 1024 * 1024
    /// Datasets hold records, not prose: 100,000 of them is some 20 MB of YAML.
    public static let maximumDatasetBytes = 512 * 1024 * 1024

    public static func read(_ url: URL, displayPath: String, limit: Int = maximumBytes) -> Result<SourceFile, Diagnostic> {
        let start = SourceLocation.start(of: displayPath)
        switch POSIXFile.read(url.path, limit: limit) {
        case let .success(bytes):
            return decode(bytes, displayPath: displayPath)
        case let .failure(.tooLarge(size)):
            let megabytes = String(format: "%.1f", Double(size) / 1_048_576)
            return .failure(.error(
                "the file is \(megabytes) MB; files of this kind over \(limit / 1_048_576) MB are not accepted "
                    + "(is this the right file?)", at: start))
        case .failure(.unreadable):
            return .failure(.error("cannot read the file (check that it exists and is readable)", at: start))
        }
    }

    /// Checks that bytes are UTF-8 text, pointing at the first byte that is not.
    public static func decode(_ data: Data, displayPath: String) -> Result<SourceFile, Diagnostic> {
        decode([UInt8](data), displayPath: displayPath)
    }

    static func decode(_ input: [UInt8], displayPath: String) -> Result<SourceFile, Diagnostic> {
        var bytes = input
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = ByteText.firstIndex(of: 0, in: bytes) {
            let (line, column) = position(ofByte: nul, in: bytes)
            return .failure(.error(
                "this is not a text file (it contains binary data); save it as plain UTF-8 Markdown or YAML",
                at: SourceLocation(path: displayPath, line: line, column: column)))
        }
        if let text = bytes.withUnsafeBufferPointer(UTF8Scan.validated) {
            let hasCarriageReturn = ByteText.firstIndex(of: 13, in: bytes) != nil
            return .success(SourceFile(path: displayPath, text: hasCarriageReturn ? normalizeNewlines(text) : text))
        }
        let bad = firstInvalidUTF8Byte(bytes)
        let (line, column) = position(ofByte: bad, in: bytes)
        let hex = String(bytes[bad], radix: 16, uppercase: true)
        return .failure(.error(
            "the file is not UTF-8 text (byte 0x\(hex) here); save it with UTF-8 encoding",
            at: SourceLocation(path: displayPath, line: line, column: column)))
    }

    private static func normalizeNewlines(_ text: String) -> String {
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Byte(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count,
                String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil
            else { return index }
            index += length
        }
        return max(0, bytes.count - 1)
    }

    /// Line and column (in characters of the valid prefix) of a byte offset. A lone CR ends a line
    /// too, as it does in the text every other message is located in (see `normalizeNewlines`).
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 10 || (bytes[index] == 13 && bytes[index + 1] != 10) {
            line += 1
            lineStart = index + 1
        }
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        return (line, prefix.unicodeScalars.count + 1)
    }
}

