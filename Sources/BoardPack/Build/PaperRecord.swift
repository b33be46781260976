/// What a build keeps of a paper between runs: the stamp of the file it read, the paper's listing
/// and the datasets it embeds. A paper whose file and datasets are unchanged is not read again.
public struct PaperRecord: Sendable, Equatable {
    public var stamp: FileStamp
    public var listing: PaperListing
    public var datasets: [String]
    /// Papers its body links to: one appearing or going away changes whether a link is broken.
    public var links: [String]

    public init(stamp: FileStamp, listing: PaperListing, datasets: [String], links: [String] = []) {
        self.stamp = stamp
        self.listing = listing
        self.datasets = datasets
        self.links = links
    }

    /// Separates list entries inside one field; YAML values cannot hold this control character.
    static let listSeparator: Character = "\u{1F}"

    func serialized(path: String) -> String {
        let escape = BuildCache.escape
        let fields: [String] = [
            "paper", escape(path), String(stamp.size), String(stamp.modifiedNanoseconds), escape(listing.slug),
            escape(listing.title), escape(listing.board), listing.date.description, listing.purpose.rawValue,
            String(listing.exempt?.paragraph ?? 0), escape(listing.tags.joined(separator: String(Self.listSeparator))),
            escape(datasets.joined(separator: String(Self.listSeparator))), escape(listing.summary),
            escape(links.joined(separator: String(Self.listSeparator))),
        ]
        return fields.joined(separator: "\t")
    }

    static func parse(_ line: Substring) -> (path: String, record: PaperRecord)? {
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard parts.count == 14, let size = Int64(parts[2]), let time = Int64(parts[3]),
            let date = CalendarDate(iso: String(parts[7])), let purpose = Purpose(rawValue: String(parts[8])),
            let paragraph = Int(parts[9])
        else { return nil }
        let unescape = { (text: Substring) in BuildCache.unescape(text) }
        let list = { (text: Substring) -> [String] in
            let value = unescape(text)
            return value.isEmpty ? [] : value.split(separator: listSeparator, omittingEmptySubsequences: false).map(String.init)
        }
        let listing = PaperListing(
            slug: unescape(parts[4]), title: unescape(parts[5]), board: unescape(parts[6]), date: date, purpose: purpose,
            summary: unescape(parts[12]), tags: list(parts[10]), exempt: paragraph > 0 ? Exemption(paragraph: paragraph) : nil)
        let record = PaperRecord(
            stamp: FileStamp(size: size, modifiedNanoseconds: time), listing: listing, datasets: list(parts[11]), links: list(parts[13]))
        return (unescape(parts[1]), record)
    }
}

extension Paper {
    /// The datasets the paper depends on: those it lists and those its incidents blocks embed.
    public var datasetIDs: [String] {
        Array(Set(front.datasets.map(\.value) + incidentSpecs.compactMap { $0?.dataset.value })).sorted()
    }
}
