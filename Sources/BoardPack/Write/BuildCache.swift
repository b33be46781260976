import Foundation

/// What the last successful build read and wrote, kept in the project's `.boardpack-cache/` (see
/// `CacheLocation`). A rebuild whose inputs all carry the same stamps, under the same
/// templates, settings and boardpack version, has nothing to do; otherwise the cache only saves
/// rewriting files whose bytes did not change. A damaged cache is ignored, never trusted.
public struct BuildCache: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var stamp: FileStamp
        public var hash: UInt64
    }

    /// Version 6: paper records in a layout read field by field (see `PaperRecord.write`).
    /// Version 7: each record also holds its paper's versions' listings in other languages.
    static let header = "boardpack-cache 7"
    /// Separates the papers of a `pack` line; YAML values cannot hold this control character.
    static let listSeparator: Character = "\u{1F}"

    /// Digest of the boardpack version, templates, options: anything that changes every page.
    public var key: String
    public var inputs: [String: FileStamp] = [:]
    public var outputs: [String: Entry] = [:]
    /// Diagnostics of the build, repeated when a rebuild skips the work.
    public var diagnostics: [Diagnostic] = []
    /// What the last build learnt of each paper, by file path: enough to list it without reading it.
    /// Read from disk only by `decodeRecords()`: a rebuild with nothing changed never needs them.
    public var papers: [String: PaperRecord] = [:] {
        didSet {
            encodedPapers = nil
            recordSpans = RecordSpans()
        }
    }
    /// `papers` as the cache file holds them, when worked out already (see `setPapers`).
    private var encodedPapers: [UInt8]?
    /// Where each of `papers` lies in bytes already encoded, by file path: a later build copies the
    /// records it reuses rather than encoding them again (see `encode(_:reusing:from:)`).
    private var recordSpans = RecordSpans()
    /// The paper records' bytes as read (see `PaperRecord.write`): decoded by `decodeRecords()`.
    private var recordBytes: ArraySlice<UInt8> = []
    /// The papers in each pack, by the pack's output path: a pack is rendered again when they change.
    public var packMembers: [String: [String]] = [:]

    public init(key: String) { self.key = key }

    /// Reads the cache; a missing or damaged one is nil. A cache naming a path that could lie
    /// outside the output folder also gives a warning: the cache decides what a build removes, so
    /// such a line means someone edited it, and the build starts afresh rather than trusting it.
    public static func load(from url: URL, shownAs display: String? = nil) -> (cache: BuildCache?, problem: Diagnostic?) {
        guard case let .success(bytes) = POSIXFile.read(url.path, limit: 1 << 31) else { return (nil, nil) }
        switch parse(bytes) {
        case let .success(cache): return (cache, nil)
        case let .failure(damage):
            guard let path = damage.unsafePath else { return (nil, nil) }
            return (nil, Diagnostic(
                path: display ?? url.path, line: damage.line, column: 1, severity: .warning,
                message: "the build cache names '\(escape(path))', which is not a path inside the output folder; "
                    + "the cache was ignored and the whole site was built again (nothing outside the output was touched)"))
        }
    }

    struct Damage: Error {
        var line: Int
        /// Set when the damage is a path that is not a plain path inside the output folder.
        var unsafePath: String?
    }

    static func parse(_ text: String) -> Result<BuildCache, Damage> { parse(Array(text.utf8)) }

    /// Reads the cache's lines as bytes: a no-change rebuild of a large site does little else, and
    /// its cache has a line for every input and every output. `in` and `out` lines are read field
    /// by field; the paper records are only set aside, for `decodeRecords`.
    static func parse(_ bytes: [UInt8]) -> Result<BuildCache, Damage> {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = CacheLineReader(buffer)
            guard let header = reader.nextLine(), header.text.elementsEqual(Self.header.utf8),
                let keyLine = reader.nextLine(), keyLine.text.starts(with: "key ".utf8),
                let key = String(validating: keyLine.text.dropFirst(4), as: UTF8.self)
            else { return .failure(Damage(line: 1)) }
            var cache = BuildCache(key: key)
            while let line = reader.nextLine() {
                let damaged = Damage(line: line.number)
                var fields = CacheFields(line.text)
                switch fields.kind {
                case "in":
                    guard let stamp = fields.stamp(), let path = fields.rest() else { return .failure(damaged) }
                    cache.inputs[unescape(path)] = stamp
                case "out":
                    guard let stamp = fields.stamp(), let hash = fields.hex(), let escaped = fields.rest() else { return .failure(damaged) }
                    let path = unescape(escaped)
                    guard OutputPath.isPlain(path) else { return .failure(Damage(line: line.number, unsafePath: path)) }
                    cache.outputs[path] = Entry(stamp: stamp, hash: hash)
                case "records":
                    // `records LENGTH`, then that many bytes of paper records: the file's last line.
                    guard let length = fields.count(), let range = reader.take(length), reader.nextLine() == nil else {
                        return .failure(damaged)
                    }
                    cache.recordBytes = bytes[range]
                case "pack":
                    let parts = Substring(decoding: line.text, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
                    guard parts.count == 3 else { return .failure(damaged) }
                    let path = unescape(parts[1])
                    guard OutputPath.isPlain(path) else { return .failure(Damage(line: line.number, unsafePath: path)) }
                    cache.packMembers[path] = parts[2].isEmpty ? [] : parts[2].split(separator: Self.listSeparator).map(String.init)
                case "diag":
                    let parts = Substring(decoding: line.text, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
                    guard parts.count == 6, let severity = Diagnostic.Severity(rawValue: String(parts[1])),
                        let lineNumber = Int(parts[3]), let column = Int(parts[4])
                    else { return .failure(damaged) }
                    cache.diagnostics.append(Diagnostic(
                        path: unescape(parts[2]), line: lineNumber, column: column, severity: severity, message: unescape(parts[5])))
                default:
                    return .failure(damaged)
                }
            }
            return .success(cache)
        }
    }

    /// Decodes the paper records; false if any is damaged, and then the cache must not be trusted.
    public mutating func decodeRecords() -> Bool {
        guard !recordBytes.isEmpty else { return true }
        guard let records = PaperRecord.decode(recordBytes) else { return false }
        var ranges: [String: Range<Int>] = [:]
        ranges.reserveCapacity(records.count)
        for (path, record, range) in records {
            papers[path] = record
            ranges[path] = range
        }
        recordSpans = RecordSpans(bytes: recordBytes, ranges: ranges)
        recordBytes = []
        return true
    }

    /// Sets the paper records with their encoding, made off the critical path (while the files
    /// are written), so that `serialized` need not encode them again.
    mutating func setPapers(_ records: [String: PaperRecord], encoded: RecordSpans) {
        papers = records
        encodedPapers = Array(encoded.bytes)
        recordSpans = encoded
    }

    /// The paper records as the cache file holds them, in path order.
    static func encode(_ papers: [String: PaperRecord]) -> [UInt8] {
        Array(encode(papers, reusing: [:], from: nil).bytes)
    }

    /// The paper records as the cache file holds them, in path order, with where each lies. The
    /// records in `unchanged` (by path) must be `previous`'s own (a build's reused papers):
    /// their bytes are copied from its encoding, so that a rebuild after one edit encodes one record.
    static func encode(_ papers: [String: PaperRecord], reusing unchanged: [String: PaperRecord], from previous: BuildCache?) -> RecordSpans {
        let spans = previous?.recordSpans ?? RecordSpans()
        var out = RecordBytes.Writer()
        out.bytes.reserveCapacity(spans.bytes.count + 4096)
        var ranges: [String: Range<Int>] = [:]
        ranges.reserveCapacity(papers.count)
        for (path, record) in papers.sorted(by: { $0.key < $1.key }) {
            let start = out.bytes.count
            if unchanged[path] != nil, let range = spans.ranges[path] {
                out.bytes.append(contentsOf: spans.bytes[range])
            } else {
                record.write(path: path, to: &out)
            }
            ranges[path] = start..<out.bytes.count
        }
        return RecordSpans(bytes: out.bytes[...], ranges: ranges)
    }

    /// The cache file: text lines, then the paper records (`records LENGTH` and their bytes).
    public func serialized() -> [UInt8] {
        var text = "\(Self.header)\nkey \(key)\n"
        for (path, stamp) in inputs.sorted(by: { $0.key < $1.key }) {
            text += "in \(stamp.fields.joined(separator: " ")) \(Self.escape(path))\n"
        }
        for (path, entry) in outputs.sorted(by: { $0.key < $1.key }) {
            text += "out \(entry.stamp.fields.joined(separator: " ")) \(ContentHash.hex(entry.hash)) \(Self.escape(path))\n"
        }
        for (path, members) in packMembers.sorted(by: { $0.key < $1.key }) {
            text += "pack\t\(Self.escape(path))\t\(members.joined(separator: String(Self.listSeparator)))\n"
        }
        for diagnostic in diagnostics {
            text += "diag\t\(diagnostic.severity.rawValue)\t\(Self.escape(diagnostic.path))\t\(diagnostic.line)\t"
                + "\(diagnostic.column)\t\(Self.escape(diagnostic.message))\n"
        }
        let records = encodedPapers ?? Self.encode(papers)
        text += "records \(records.count)\n"
        return Array(text.utf8) + records
    }

    /// Encoded paper records and where each lies (indices of `bytes`), by file path. Only a
    /// shortcut to bytes the records give anyway: it takes no part in comparing caches.
    struct RecordSpans: Sendable, Equatable {
        var bytes: ArraySlice<UInt8> = []
        var ranges: [String: Range<Int>] = [:]

        static func == (_: RecordSpans, _: RecordSpans) -> Bool { true }
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) else { return text }
        return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\r", with: "\\r")
    }

    static func unescape<S: StringProtocol>(_ text: S) -> String {
        guard text.utf8.contains(0x5C) else { return String(text) }
        var out = ""
        var escaping = false
        for character in text {
            if escaping {
                out.append(character == "n" ? "\n" : character == "t" ? "\t" : character == "r" ? "\r" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
