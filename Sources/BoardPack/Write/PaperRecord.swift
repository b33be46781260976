/// What a build keeps of a paper between runs: the stamp of the file it read, the paper's listing
/// and the datasets it embeds. A paper whose file and datasets are unchanged is not read again.
///
/// The record depends on the model (`PaperListing`, `Exemption`) and on nothing of the build: the
/// build makes records from papers (`IncrementalPlan.records`), the cache only stores them.
///
/// Its fields live in one shared, copy-on-write object (as `Paper`'s do): a rebuild walks every
/// paper's record several times, and copying some twenty strings and arrays for each, retained and
/// released one by one, cost more than the rebuild's own work after a one-paper edit.
public struct PaperRecord: Sendable, Equatable {
    public var stamp: FileStamp {
        get { storage.stamp }
        set { unique().stamp = newValue }
    }

    public var listing: PaperListing {
        get { storage.listing }
        set { unique().listing = newValue }
    }

    public var datasets: [String] {
        get { storage.datasets }
        set { unique().datasets = newValue }
    }

    /// Papers its body links to: one appearing or going away changes whether a link is broken.
    public var links: [String] {
        get { storage.links }
        set { unique().links = newValue }
    }

    /// Places in other papers its body links to, as `slug#fragment` (`PaperBody.linkedAnchors`):
    /// the paper is read again when one of them changes or goes.
    public var linkedAnchors: [String] {
        get { storage.linkedAnchors }
        set { unique().linkedAnchors = newValue }
    }

    /// The places other papers can link to (`PaperBody.anchors`).
    public var anchors: [String: String] {
        get { storage.anchors }
        set { unique().anchors = newValue }
    }

    /// The listing of each of the paper's versions in another language (`<slug>.cy.md`), by
    /// language: that language's front page, feed and search list show it without reading the paper.
    public var translations: [Language: PaperListing] {
        get { storage.translations }
        set { unique().translations = newValue }
    }

    private var storage: Storage

    public init(
        stamp: FileStamp, listing: PaperListing, datasets: [String], links: [String] = [], linkedAnchors: [String] = [],
        anchors: [String: String] = [:], translations: [Language: PaperListing] = [:]
    ) {
        storage = Storage(
            stamp: stamp, listing: listing, datasets: datasets, links: links, linkedAnchors: linkedAnchors, anchors: anchors,
            translations: translations)
    }

    public static func == (lhs: PaperRecord, rhs: PaperRecord) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.stamp == rhs.stamp && lhs.listing == rhs.listing && lhs.datasets == rhs.datasets && lhs.links == rhs.links
                && lhs.linkedAnchors == rhs.linkedAnchors && lhs.anchors == rhs.anchors && lhs.translations == rhs.translations)
    }

    /// The storage, copied first when another record shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Changed only through `unique()`, so a storage that two records (or threads) share is never written.
    private final class Storage: @unchecked Sendable {
        var stamp: FileStamp
        var listing: PaperListing
        var datasets: [String]
        var links: [String]
        var linkedAnchors: [String]
        var anchors: [String: String]
        var translations: [Language: PaperListing]

        init(
            stamp: FileStamp, listing: PaperListing, datasets: [String], links: [String], linkedAnchors: [String],
            anchors: [String: String], translations: [Language: PaperListing]
        ) {
            self.stamp = stamp
            self.listing = listing
            self.datasets = datasets
            self.links = links
            self.linkedAnchors = linkedAnchors
            self.anchors = anchors
            self.translations = translations
        }

        func copy() -> Storage {
            Storage(
                stamp: stamp, listing: listing, datasets: datasets, links: links, linkedAnchors: linkedAnchors, anchors: anchors,
                translations: translations)
        }
    }

    /// The record in the cache file's layout (see `RecordBytes` for each kind), one field after another:
    ///
    /// | field | kind |
    /// | --- | --- |
    /// | path of the paper's file | text |
    /// | stamp: size, modified, changed | 3 × integer |
    /// | stamp: inode | unsigned integer |
    /// | listing | see below |
    /// | datasets, links, linked anchors | 3 × list |
    /// | anchors | count, then each place and its id (2 × text), places in order |
    /// | translations (cache format 7) | count, then each language's code (text) and its version's listing, languages in order |
    ///
    /// A listing, the paper's own or a version's in another language:
    ///
    /// | field | kind |
    /// | --- | --- |
    /// | slug, title, board, date (ISO), purpose, summary | 6 × text |
    /// | tags | list |
    /// | exempt | flag: 0 public; 1 exempt, then paragraph (text), part (integer), description, public interest, notice (3 × text) |
    func write(path: String, to out: inout RecordBytes.Writer) {
        out.text(path)
        out.integer(stamp.size)
        out.integer(stamp.modifiedNanoseconds)
        out.integer(stamp.changedNanoseconds)
        out.unsigned(stamp.inode)
        Self.write(listing, to: &out)
        out.list(datasets)
        out.list(links)
        out.list(linkedAnchors)
        let places = anchors.keys.sorted()
        out.count(places.count)
        for place in places {
            out.text(place)
            out.text(anchors[place] ?? place)
        }
        let languages = translations.keys.sorted { $0.rawValue < $1.rawValue }
        out.count(languages.count)
        for language in languages {
            out.text(language.rawValue)
            if let version = translations[language] { Self.write(version, to: &out) }
        }
    }

    private static func write(_ listing: PaperListing, to out: inout RecordBytes.Writer) {
        for field in [listing.slug, listing.title, listing.board, listing.date.description, listing.purpose.rawValue, listing.summary] {
            out.text(field)
        }
        out.list(listing.tags)
        if let exempt = listing.exempt {
            out.flag(true)
            out.text(exempt.paragraph)
            out.integer(Int64(exempt.part))
            out.text(exempt.description)
            out.text(exempt.publicInterest)
            out.text(exempt.notice)
        } else {
            out.flag(false)
        }
    }

    /// Reads one record written by `write`; nil if it is damaged.
    static func read(from input: inout RecordBytes.Reader) -> (path: String, record: PaperRecord)? {
        guard let path = input.text(), let size = input.integer(), let modified = input.integer(), let changed = input.integer(),
            let inode = input.unsigned(), let listing = readListing(&input),
            let datasets = input.list(), let links = input.list(), let linkedAnchors = input.list(), let count = input.count()
        else { return nil }
        var anchors: [String: String] = [:]
        for _ in 0..<count {
            guard let place = input.text(), let id = input.text() else { return nil }
            anchors[place] = id
        }
        guard let languages = input.count() else { return nil }
        var translations: [Language: PaperListing] = [:]
        for _ in 0..<languages {
            guard let language = input.text().flatMap(Language.init(rawValue:)), let version = readListing(&input) else { return nil }
            translations[language] = version
        }
        let stamp = FileStamp(size: size, modifiedNanoseconds: modified, changedNanoseconds: changed, inode: inode)
        return (path, PaperRecord(
            stamp: stamp, listing: listing, datasets: datasets, links: links, linkedAnchors: linkedAnchors, anchors: anchors,
            translations: translations))
    }

    /// A listing written by `write(_:to:)`; nil if it is damaged.
    private static func readListing(_ input: inout RecordBytes.Reader) -> PaperListing? {
        guard let slug = input.text(), let title = input.text(), let board = input.text(),
            let date = input.text().flatMap(CalendarDate.init(iso:)), let purpose = input.text().flatMap(Purpose.init(rawValue:)),
            let summary = input.text(), let tags = input.list(), let exempt = readExemption(&input)
        else { return nil }
        return PaperListing(slug: slug, title: title, board: board, date: date, purpose: purpose, summary: summary, tags: tags, exempt: exempt)
    }

    /// `.some(nil)` for a public paper, nil for a damaged field.
    private static func readExemption(_ input: inout RecordBytes.Reader) -> Exemption?? {
        switch input.flag() {
        case false: return .some(nil)
        case true:
            guard let paragraph = input.text(), let part = input.integer().flatMap({ Int(exactly: $0) }),
                let description = input.text(), let publicInterest = input.text(), let notice = input.text()
            else { return nil }
            return .some(Exemption(paragraph: paragraph, part: part, description: description, publicInterest: publicInterest, notice: notice))
        case nil: return nil
        }
    }

    /// Records in the layout above, one after another.
    static func encode(_ records: [(key: String, value: PaperRecord)]) -> [UInt8] {
        var out = RecordBytes.Writer()
        for (path, record) in records { record.write(path: path, to: &out) }
        return out.bytes
    }

    /// Every record in `bytes`, with the indices of `bytes` it lies at; nil if any is damaged or bytes are left over.
    static func decode(_ bytes: ArraySlice<UInt8>) -> [(path: String, record: PaperRecord, range: Range<Int>)]? {
        bytes.withUnsafeBufferPointer { buffer in
            var input = RecordBytes.Reader(buffer)
            var records: [(path: String, record: PaperRecord, range: Range<Int>)] = []
            while !input.atEnd {
                let start = input.offset
                guard let (path, record) = read(from: &input) else { return nil }
                records.append((path, record, bytes.startIndex + start..<bytes.startIndex + input.offset))
            }
            return records
        }
    }
}
