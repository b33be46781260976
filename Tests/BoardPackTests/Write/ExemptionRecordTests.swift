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

    @Test func anExemptionSurvivesTheCacheWithTabsAndLineBreaksInItsReason() throws {
        var wording = StatutoryWording.standard
        wording.exemptNotice = "Restricted:\tparagraph {paragraph}\\{part}"
        let exempt = try #require(Exemption(
            paragraph: "18A", publicInterest: "Held in confidence.\nUntil the hearing.\\n", jurisdiction: .wales, wording: wording))
        let line = Self.record(exempt).serialized(path: "content/papers/depot.md")
        let parsed = try #require(PaperRecord.parse(Substring(line)))
        #expect(parsed.path == "content/papers/depot.md")
        #expect(parsed.record.listing.exempt == exempt)
        #expect(parsed.record == Self.record(exempt))
    }

    @Test func aPublicPaperIsKeptAsBefore() throws {
        let line = Self.record(nil).serialized(path: "p.md")
        #expect(line == #"paper\#t{"anchors":{},"board":"cabinet","datasets":[],"date":"2025-03-25","linkedAnchors":[],"links":[],"path":"p.md","#
            + #""purpose":"decision","slug":"depot","stamp":{"changed":0,"inode":0,"modified":20,"size":10},"summary":"","tags":[],"#
            + #""title":"Depot"}"#)
        #expect(try #require(PaperRecord.parse(Substring(line))).record.listing.exempt == nil)
    }

    @Test func aDamagedExemptionIsNotTrusted() {
        let exempt = Exemption(paragraph: "3", part: 1, description: "d", publicInterest: "p", notice: "n")
        let line = Self.record(exempt).serialized(path: "p.md")
        #expect(line.contains(#""part":1"#))
        #expect(PaperRecord.parse(Substring(line.replacingOccurrences(of: #""part":1"#, with: #""part":"one""#))) == nil)
        #expect(PaperRecord.parse(Substring(line.replacingOccurrences(of: #","notice":"n""#, with: ""))) == nil)
    }
}
