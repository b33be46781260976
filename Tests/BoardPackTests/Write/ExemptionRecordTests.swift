import Testing

@testable import BoardPack

/// The cache keeps an exempt paper's notice, paragraph words and public-interest reason, so that a
/// rebuild that does not read the paper again shows them exactly as a clean build does.
@Suite struct ExemptionRecordTests {
    static func record(_ exempt: Exemption?) -> PaperRecord {
        let listing = PaperListing(
            slug: "depot", title: "Depot", board: "cabinet", date: CalendarDate(year: 2025, month: 3, day: 25)!,
            purpose: .decision, summary: "", tags: [], exempt: exempt)
        return PaperRecord(stamp: FileStamp(size: 10, modifiedNanoseconds: 20), listing: listing, datasets: [])
    }

    static func roundTrip(_ record: PaperRecord, path: String) -> (path: String, record: PaperRecord)? {
        PaperRecord.decode(PaperRecord.encode([(path, record)])[...])?.first.map { ($0.path, $0.record) }
    }

    @Test func anExemptionSurvivesTheCacheWithTabsAndLineBreaksInItsReason() throws {
        var wording = StatutoryWording.standard
        wording.exemptNotice = "Restricted:\tparagraph {paragraph}\\{part}"
        let exempt = try #require(Exemption(
            paragraph: "18A", publicInterest: "Held in confidence.\nUntil the hearing.\\n", jurisdiction: .wales, wording: wording))
        let parsed = try #require(Self.roundTrip(Self.record(exempt), path: "content/papers/depot.md"))
        #expect(parsed.path == "content/papers/depot.md")
        #expect(parsed.record.listing.exempt == exempt)
        #expect(parsed.record == Self.record(exempt))
    }

    @Test func aWholeCacheKeepsItsRecordsFieldByField() throws {
        var cache = BuildCache(key: "k")
        var record = Self.record(nil)
        record.links = ["plain"]
        record.linkedAnchors = ["plain#costs"]
        record.anchors = ["costs": "costs", "label": "para-3"]
        cache.papers = ["content/papers/depot.md": record, "content/papers/other.md": Self.record(nil)]
        var read = try BuildCache.parse(cache.serialized()).get()
        #expect(read.papers.isEmpty)
        let decoded = read.decodeRecords()
        #expect(decoded)
        #expect(read.papers == cache.papers)
    }

    /// A rebuild copies the bytes of the records it reuses from the cache it read (or from its last
    /// encoding) and encodes the others: the cache file must come out as if every record were encoded.
    @Test func reusedRecordsKeepTheirBytesAndTheCacheReadsTheSame() throws {
        var cache = BuildCache(key: "k")
        var linked = Self.record(nil)
        linked.anchors = ["costs": "costs"]
        cache.papers = ["content/papers/a.md": linked, "content/papers/b.md": Self.record(nil), "content/papers/c.md": Self.record(nil)]
        var read = try BuildCache.parse(cache.serialized()).get()
        let decoded = read.decodeRecords()
        #expect(decoded)
        // b.md was read again and changed; c.md went; d.md came; a.md was reused.
        var edited = Self.record(nil)
        edited.links = ["a"]
        var records = read.papers
        records["content/papers/b.md"] = edited
        records["content/papers/c.md"] = nil
        records["content/papers/d.md"] = Self.record(nil)
        let reused = ["content/papers/a.md": linked]
        let spans = BuildCache.encode(records, reusing: reused, from: read)
        #expect(Array(spans.bytes) == BuildCache.encode(records))
        // And once more from that encoding, as `serve` does edit after edit.
        var next = BuildCache(key: "k")
        next.setPapers(records, encoded: spans)
        let again = BuildCache.encode(records, reusing: records.filter { $0.key != "content/papers/d.md" }, from: next)
        #expect(Array(again.bytes) == BuildCache.encode(records))
        var reread = try BuildCache.parse(next.serialized()).get()
        let redecoded = reread.decodeRecords()
        #expect(redecoded)
        #expect(reread.papers == records)
    }

    @Test func aDamagedExemptionIsNotTrusted() throws {
        // The exempt field's byte comes after the path, the stamp, six texts and the tags.
        var prefix = RecordBytes.Writer()
        prefix.text("p.md")
        for number: Int64 in [10, 20, 0] { prefix.integer(number) }
        prefix.unsigned(0)
        for text in ["depot", "Depot", "cabinet", "2025-03-25", "decision", ""] { prefix.text(text) }
        prefix.list([])
        var bytes = PaperRecord.encode([("p.md", Self.record(nil))])
        #expect(bytes[prefix.bytes.count] == UInt8(ascii: "0"))
        bytes[prefix.bytes.count] = UInt8(ascii: "3")
        #expect(PaperRecord.decode(bytes[...]) == nil)
        // Cut short, or with bytes left over, the records are not trusted either.
        let whole = PaperRecord.encode([("p.md", Self.record(nil))])
        #expect(PaperRecord.decode(whole.dropLast()) == nil)
        #expect(PaperRecord.decode((whole + [0])[...]) == nil)
    }
}
