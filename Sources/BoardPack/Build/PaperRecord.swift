/// What a build keeps of a paper between runs: the stamp of the file it read, the paper's listing
/// and the datasets it embeds. A paper whose file and datasets are unchanged is not read again.
public struct PaperRecord: Sendable, Equatable {
    public var stamp: FileStamp
    public var listing: PaperListing
    public var datasets: [String]
    /// Papers its body links to: one appearing or going away changes whether a link is broken.
    public var links: [String]
    /// The places other papers can link to (`PaperBody.anchors`): one changing has the papers that
    /// link here checked again.
    public var anchors: [String: String]

    public init(stamp: FileStamp, listing: PaperListing, datasets: [String], links: [String] = [], anchors: [String: String] = [:]) {
        self.stamp = stamp
        self.listing = listing
        self.datasets = datasets
        self.links = links
        self.anchors = anchors
    }

    /// Separates list entries inside one field; YAML values cannot hold this control character.
    static let listSeparator: Character = "\u{1F}"

    func serialized(path: String) -> String {
        let escape = BuildCache.escape
        let fields: [String] = [
            "paper", escape(path), stamp.fields.joined(separator: " "), escape(listing.slug),
            escape(listing.title), escape(listing.board), listing.date.description, listing.purpose.rawValue,
            Self.exemptField(listing.exempt), escape(listing.tags.joined(separator: String(Self.listSeparator))),
            escape(datasets.joined(separator: String(Self.listSeparator))), escape(listing.summary),
            escape(links.joined(separator: String(Self.listSeparator))),
            escape(anchors.keys.sorted().map { "\($0)=\(anchors[$0] ?? $0)" }.joined(separator: String(Self.listSeparator))),
        ]
        return fields.joined(separator: "\t")
    }

    static func parse(_ line: Substring) -> (path: String, record: PaperRecord)? {
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard parts.count == 14, let stamp = FileStamp(fields: parts[2].split(separator: " ")[...]),
            let date = CalendarDate(iso: String(parts[6])), let purpose = Purpose(rawValue: String(parts[7])),
            let exempt = exemption(parts[8])
        else { return nil }
        let unescape = { (text: Substring) in BuildCache.unescape(text) }
        let list = { (text: Substring) -> [String] in
            let value = unescape(text)
            return value.isEmpty ? [] : value.split(separator: listSeparator, omittingEmptySubsequences: false).map(String.init)
        }
        let listing = PaperListing(
            slug: unescape(parts[3]), title: unescape(parts[4]), board: unescape(parts[5]), date: date, purpose: purpose,
            summary: unescape(parts[11]), tags: list(parts[9]), exempt: exempt)
        var anchors: [String: String] = [:]
        for entry in list(parts[13]) {
            let pair = entry.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { anchors[pair[0]] = pair[1] }
        }
        let record = PaperRecord(
            stamp: stamp, listing: listing, datasets: list(parts[10]), links: list(parts[12]), anchors: anchors)
        return (unescape(parts[1]), record)
    }

    /// "0" for a public paper; else the exemption's fields, escaped, between list separators.
    static func exemptField(_ exempt: Exemption?) -> String {
        guard let exempt else { return "0" }
        return [exempt.paragraph, String(exempt.part), exempt.description, exempt.publicInterest, exempt.notice]
            .map(BuildCache.escape).joined(separator: String(listSeparator))
    }

    /// `.some(nil)` for a public paper, nil for a damaged field.
    static func exemption(_ field: Substring) -> Exemption?? {
        if field == "0" { return .some(nil) }
        let parts = field.split(separator: listSeparator, omittingEmptySubsequences: false).map { BuildCache.unescape($0) }
        guard parts.count == 5, let part = Int(parts[1]) else { return nil }
        return .some(Exemption(paragraph: parts[0], part: part, description: parts[2], publicInterest: parts[3], notice: parts[4]))
    }
}

extension PaperListing {
    /// The listing as the cache keeps it: a public build never shows an exempt paper's summary, so
    /// its cache, which sits on the same machine as the public site, does not hold it either.
    func kept(for audience: Audience) -> PaperListing {
        guard audience == .public, exempt != nil else { return self }
        var listing = self
        listing.summary = ""
        return listing
    }
}

extension Paper {
    /// The datasets the paper depends on: those it lists and those its incidents blocks embed.
    public var datasetIDs: [String] {
        Array(Set(front.datasets.map(\.value) + incidentSpecs.compactMap { $0?.dataset.value })).sorted()
    }
}
