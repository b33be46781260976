import Foundation

/// What a build keeps of a paper between runs: the stamp of the file it read, the paper's listing
/// and the datasets it embeds. A paper whose file and datasets are unchanged is not read again.
///
/// In the cache file each record is one line, `paper\t` and then the record as a JSON object with
/// named fields (see `CodingKeys`): `path`, `stamp` (`size`, `modified`, `changed`, `inode`), `slug`,
/// `title`, `board`, `date` (ISO), `purpose`, `summary`, `tags`, `exempt` (absent for a public
/// paper; else `paragraph`, `part`, `description`, `publicInterest`, `notice`), `datasets`, `links`,
/// `linkedAnchors` and `anchors`. JSON escapes line breaks, so a record never spans lines. The records are decoded
/// together, in one pass, and only when a build has work to do (see `BuildCache.decodeRecords`).
///
/// The record depends on the model (`PaperListing`, `Exemption`) and on nothing of the build: the
/// build makes records from papers (`IncrementalPlan.records`), the cache only stores them.
public struct PaperRecord: Sendable, Equatable {
    public var stamp: FileStamp
    public var listing: PaperListing
    public var datasets: [String]
    /// Papers its body links to: one appearing or going away changes whether a link is broken.
    public var links: [String]
    /// Places in other papers its body links to, as `slug#fragment` (`PaperBody.linkedAnchors`):
    /// the paper is read again when one of them changes or goes.
    public var linkedAnchors: [String]
    /// The places other papers can link to (`PaperBody.anchors`).
    public var anchors: [String: String]

    public init(
        stamp: FileStamp, listing: PaperListing, datasets: [String], links: [String] = [], linkedAnchors: [String] = [],
        anchors: [String: String] = [:]
    ) {
        self.stamp = stamp
        self.listing = listing
        self.datasets = datasets
        self.links = links
        self.linkedAnchors = linkedAnchors
        self.anchors = anchors
    }

    /// The record's line in the cache file.
    func serialized(path: String) -> String { Self.serialized([(path, self)])[0] }

    /// The records' lines in the cache file, made with one encoder.
    static func serialized(_ records: [(key: String, value: PaperRecord)]) -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return records.map { path, record in
            // Every field is a string, a number or a list of them: encoding cannot fail.
            let data = (try? encoder.encode(Stored(path: path, record: record))) ?? Data("{}".utf8)
            return "paper\t" + String(decoding: data, as: UTF8.self)
        }
    }

    /// Decodes record lines (each `paper\t{…}`) together; nil if any is damaged.
    static func parse<Lines: Collection>(_ lines: Lines) -> [(path: String, record: PaperRecord)]? where Lines.Element == Substring {
        var elements: [UInt8] = []
        for line in lines {
            guard line.hasPrefix("paper\t") else { return nil }
            if !elements.isEmpty { elements.append(0x2C) }
            elements += line.utf8.dropFirst(6)
        }
        return decode(elements: elements)
    }

    /// Decodes records from their JSON objects, comma-separated, in one pass; nil if any is damaged.
    static func decode(elements: [UInt8]) -> [(path: String, record: PaperRecord)]? {
        guard let stored = try? JSONDecoder().decode([Stored].self, from: Data([0x5B] + elements + [0x5D])) else { return nil }
        return stored.map { ($0.path, $0.record) }
    }

    /// Decodes one record line; nil if it is damaged.
    static func parse(_ line: Substring) -> (path: String, record: PaperRecord)? { parse([line])?.first }

    /// The record as the cache file holds it, field by field.
    struct Stored: Codable {
        var path: String
        var record: PaperRecord

        enum CodingKeys: String, CodingKey {
            case path, stamp, slug, title, board, date, purpose, summary, tags, exempt, datasets, links, linkedAnchors, anchors
        }

        enum StampKeys: String, CodingKey { case size, modified, changed, inode }

        enum ExemptKeys: String, CodingKey { case paragraph, part, description, publicInterest, notice }

        struct Damaged: Error {}

        init(path: String, record: PaperRecord) {
            self.path = path
            self.record = record
        }

        init(from decoder: any Decoder) throws {
            let fields = try decoder.container(keyedBy: CodingKeys.self)
            let stampFields = try fields.nestedContainer(keyedBy: StampKeys.self, forKey: .stamp)
            let stamp = FileStamp(
                size: try stampFields.decode(Int64.self, forKey: .size),
                modifiedNanoseconds: try stampFields.decode(Int64.self, forKey: .modified),
                changedNanoseconds: try stampFields.decode(Int64.self, forKey: .changed),
                inode: try stampFields.decode(UInt64.self, forKey: .inode))
            guard let date = CalendarDate(iso: try fields.decode(String.self, forKey: .date)),
                let purpose = Purpose(rawValue: try fields.decode(String.self, forKey: .purpose))
            else { throw Damaged() }
            var exempt: Exemption?
            if fields.contains(.exempt) {
                let exemptFields = try fields.nestedContainer(keyedBy: ExemptKeys.self, forKey: .exempt)
                exempt = Exemption(
                    paragraph: try exemptFields.decode(String.self, forKey: .paragraph),
                    part: try exemptFields.decode(Int.self, forKey: .part),
                    description: try exemptFields.decode(String.self, forKey: .description),
                    publicInterest: try exemptFields.decode(String.self, forKey: .publicInterest),
                    notice: try exemptFields.decode(String.self, forKey: .notice))
            }
            let listing = PaperListing(
                slug: try fields.decode(String.self, forKey: .slug), title: try fields.decode(String.self, forKey: .title),
                board: try fields.decode(String.self, forKey: .board), date: date, purpose: purpose,
                summary: try fields.decode(String.self, forKey: .summary), tags: try fields.decode([String].self, forKey: .tags),
                exempt: exempt)
            path = try fields.decode(String.self, forKey: .path)
            record = PaperRecord(
                stamp: stamp, listing: listing, datasets: try fields.decode([String].self, forKey: .datasets),
                links: try fields.decode([String].self, forKey: .links),
                linkedAnchors: try fields.decode([String].self, forKey: .linkedAnchors),
                anchors: try fields.decode([String: String].self, forKey: .anchors))
        }

        func encode(to encoder: any Encoder) throws {
            var fields = encoder.container(keyedBy: CodingKeys.self)
            let listing = record.listing
            try fields.encode(path, forKey: .path)
            var stampFields = fields.nestedContainer(keyedBy: StampKeys.self, forKey: .stamp)
            try stampFields.encode(record.stamp.size, forKey: .size)
            try stampFields.encode(record.stamp.modifiedNanoseconds, forKey: .modified)
            try stampFields.encode(record.stamp.changedNanoseconds, forKey: .changed)
            try stampFields.encode(record.stamp.inode, forKey: .inode)
            try fields.encode(listing.slug, forKey: .slug)
            try fields.encode(listing.title, forKey: .title)
            try fields.encode(listing.board, forKey: .board)
            try fields.encode(listing.date.description, forKey: .date)
            try fields.encode(listing.purpose.rawValue, forKey: .purpose)
            try fields.encode(listing.summary, forKey: .summary)
            try fields.encode(listing.tags, forKey: .tags)
            if let exempt = listing.exempt {
                var exemptFields = fields.nestedContainer(keyedBy: ExemptKeys.self, forKey: .exempt)
                try exemptFields.encode(exempt.paragraph, forKey: .paragraph)
                try exemptFields.encode(exempt.part, forKey: .part)
                try exemptFields.encode(exempt.description, forKey: .description)
                try exemptFields.encode(exempt.publicInterest, forKey: .publicInterest)
                try exemptFields.encode(exempt.notice, forKey: .notice)
            }
            try fields.encode(record.datasets, forKey: .datasets)
            try fields.encode(record.links, forKey: .links)
            try fields.encode(record.linkedAnchors, forKey: .linkedAnchors)
            try fields.encode(record.anchors, forKey: .anchors)
        }
    }
}
