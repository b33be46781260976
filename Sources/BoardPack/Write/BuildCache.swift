import Foundation

/// What the last successful build read and wrote, kept beside the output folder in
/// `.boardpack-cache/`. A rebuild whose inputs all carry the same stamps, under the same
/// templates, settings and boardpack version, has nothing to do; otherwise the cache only saves
/// rewriting files whose bytes did not change. A damaged cache is ignored, never trusted.
public struct BuildCache: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var stamp: FileStamp
        public var hash: UInt64
    }

    static let header = "boardpack-cache 2"

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

    public static func location(forOutput output: URL, audience: Audience) -> URL {
        let name = output.standardizedFileURL.lastPathComponent
        return output.standardizedFileURL.deletingLastPathComponent()
            .appendingPathComponent(".boardpack-cache")
            .appendingPathComponent("\(name)-\(audience.rawValue).cache")
    }

    public static func load(from url: URL) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: url.path),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        return parse(text)
    }

    static func parse(_ text: String) -> BuildCache? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.popFirst() == Substring(header), let keyLine = lines.popFirst(), keyLine.hasPrefix("key ") else {
            return nil
        }
        var cache = BuildCache(key: String(keyLine.dropFirst(4)))
        for line in lines {
            // The path comes last, so it may hold spaces.
            let kind = line.prefix { $0 != " " && $0 != "\t" }
            let fields = line.split(separator: " ", maxSplits: kind == "in" ? 3 : 4, omittingEmptySubsequences: false)
            switch kind {
            case "in" where fields.count == 4:
                guard let size = Int64(fields[1]), let time = Int64(fields[2]) else { return nil }
                cache.inputs[unescape(fields[3])] = FileStamp(size: size, modifiedNanoseconds: time)
            case "out" where fields.count == 5:
                guard let size = Int64(fields[1]), let time = Int64(fields[2]), let hash = UInt64(fields[3], radix: 16) else {
                    return nil
                }
                cache.outputs[unescape(fields[4])] = Entry(stamp: FileStamp(size: size, modifiedNanoseconds: time), hash: hash)
            case "paper":
                cache.recordLines.append(line)
            case "pack":
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard parts.count == 3 else { return nil }
                cache.packMembers[unescape(parts[1])] = parts[2].isEmpty ? [] : parts[2].split(separator: PaperRecord.listSeparator).map(String.init)
            case "diag":
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard parts.count == 6, let severity = Diagnostic.Severity(rawValue: String(parts[1])),
                    let lineNumber = Int(parts[3]), let column = Int(parts[4])
                else { return nil }
                cache.diagnostics.append(Diagnostic(
                    path: unescape(parts[2]), line: lineNumber, column: column, severity: severity, message: unescape(parts[5])))
            default:
                return nil
            }
        }
        return cache
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
            text += "in \(stamp.size) \(stamp.modifiedNanoseconds) \(Self.escape(path))\n"
        }
        for (path, entry) in outputs.sorted(by: { $0.key < $1.key }) {
            text += "out \(entry.stamp.size) \(entry.stamp.modifiedNanoseconds) \(ContentHash.hex(entry.hash)) \(Self.escape(path))\n"
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
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x0A || $0 == 0x09 }) else { return text }
        return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t")
    }

    static func unescape<S: StringProtocol>(_ text: S) -> String {
        guard text.utf8.contains(0x5C) else { return String(text) }
        var out = ""
        var escaping = false
        for character in text {
            if escaping {
                out.append(character == "n" ? "\n" : character == "t" ? "\t" : character)
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
