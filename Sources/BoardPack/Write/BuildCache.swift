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

    static let header = "boardpack-cache 5"

    /// Digest of the boardpack version, templates, options: anything that changes every page.
    public var key: String
    public var inputs: [String: FileStamp] = [:]
    public var outputs: [String: Entry] = [:]
    /// Diagnostics of the build, repeated when a rebuild skips the work.
    public var diagnostics: [Diagnostic] = []
    /// What the last build learnt of each paper, by file path: enough to list it without reading it.
    /// Read from disk only by `decodeRecords()`: a rebuild with nothing changed never needs them.
    public var papers: [String: PaperRecord] = [:]
    private var recordLines: [Substring] = []
    /// The papers in each pack, by the pack's output path: a pack is rendered again when they change.
    public var packMembers: [String: [String]] = [:]

    public init(key: String) { self.key = key }

    /// Reads the cache; a missing or damaged one is nil. A cache naming a path that could lie
    /// outside the output folder also gives a warning: the cache decides what a build removes, so
    /// such a line means someone edited it, and the build starts afresh rather than trusting it.
    public static func load(from url: URL, shownAs display: String? = nil) -> (cache: BuildCache?, problem: Diagnostic?) {
        guard let data = FileManager.default.contents(atPath: url.path),
            let text = String(data: data, encoding: .utf8)
        else { return (nil, nil) }
        switch parse(text) {
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

    static func parse(_ text: String) -> Result<BuildCache, Damage> {
        // Split as bytes, not characters: the cache of a large site has thousands of lines.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: true).map { Substring($0) }[...]
        guard lines.popFirst() == Substring(header), let keyLine = lines.popFirst(), keyLine.hasPrefix("key ") else {
            return .failure(Damage(line: 1))
        }
        var cache = BuildCache(key: String(keyLine.dropFirst(4)))
        for (offset, line) in lines.enumerated() {
            let number = offset + 3
            // The path comes last, so it may hold spaces.
            let kind = line.prefix { $0 != " " && $0 != "\t" }
            let fields = line.utf8.split(separator: 0x20, maxSplits: kind == "in" ? 5 : 6, omittingEmptySubsequences: false)
                .map { Substring($0) }
            switch kind {
            case "in" where fields.count == 6:
                guard let stamp = FileStamp(fields: fields[1...4]) else { return .failure(Damage(line: number)) }
                cache.inputs[unescape(fields[5])] = stamp
            case "out" where fields.count == 7:
                guard let stamp = FileStamp(fields: fields[1...4]), let hash = UInt64(fields[5], radix: 16) else {
                    return .failure(Damage(line: number))
                }
                let path = unescape(fields[6])
                guard OutputPath.isPlain(path) else { return .failure(Damage(line: number, unsafePath: path)) }
                cache.outputs[path] = Entry(stamp: stamp, hash: hash)
            case "paper":
                cache.recordLines.append(line)
            case "pack":
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard parts.count == 3 else { return .failure(Damage(line: number)) }
                let path = unescape(parts[1])
                guard OutputPath.isPlain(path) else { return .failure(Damage(line: number, unsafePath: path)) }
                cache.packMembers[path] = parts[2].isEmpty ? [] : parts[2].split(separator: PaperRecord.listSeparator).map(String.init)
            case "diag":
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard parts.count == 6, let severity = Diagnostic.Severity(rawValue: String(parts[1])),
                    let lineNumber = Int(parts[3]), let column = Int(parts[4])
                else { return .failure(Damage(line: number)) }
                cache.diagnostics.append(Diagnostic(
                    path: unescape(parts[2]), line: lineNumber, column: column, severity: severity, message: unescape(parts[5])))
            default:
                return .failure(Damage(line: number))
            }
        }
        return .success(cache)
    }

    /// Decodes the paper records; false if any is damaged, and then the cache must not be trusted.
    public mutating func decodeRecords() -> Bool {
        for line in recordLines {
            guard let record = PaperRecord.parse(line) else { return false }
            papers[record.path] = record.record
        }
        recordLines = []
        return true
    }

    public func serialized() -> String {
        var text = "\(Self.header)\nkey \(key)\n"
        for (path, stamp) in inputs.sorted(by: { $0.key < $1.key }) {
            text += "in \(stamp.fields.joined(separator: " ")) \(Self.escape(path))\n"
        }
        for (path, entry) in outputs.sorted(by: { $0.key < $1.key }) {
            text += "out \(entry.stamp.fields.joined(separator: " ")) \(ContentHash.hex(entry.hash)) \(Self.escape(path))\n"
        }
        for (path, record) in papers.sorted(by: { $0.key < $1.key }) {
            text += record.serialized(path: path) + "\n"
        }
        for (path, members) in packMembers.sorted(by: { $0.key < $1.key }) {
            text += "pack\t\(Self.escape(path))\t\(members.joined(separator: String(PaperRecord.listSeparator)))\n"
        }
        for diagnostic in diagnostics {
            text += "diag\t\(diagnostic.severity.rawValue)\t\(Self.escape(diagnostic.path))\t\(diagnostic.line)\t"
                + "\(diagnostic.column)\t\(Self.escape(diagnostic.message))\n"
        }
        return text
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
