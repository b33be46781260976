import Testing

@testable import BoardPack

/// Small numbers are withheld as UK official statistics withhold them, and no withheld count can be
/// worked out from the total and the counts shown.
@Suite struct SuppressionTests {
    func texts(_ table: SuppressedTable) -> [String] { table.cells.map(\.text) + ["total " + table.total.text] }

    @Test func aLoneSmallCountTakesTheSmallestOtherNonZeroCountWithIt() {
        // 3 is below 5; with the total shown, 3 = 20 - 10 - 0 - 7, so 7 is withheld as well.
        // 7 is not "fewer than 5", so it is shown only as withheld; the zero stays.
        let table = Suppression.apply([3, 10, 0, 7], total: 20, threshold: 5)
        #expect(table.cells == [.suppressed(below: 5), .exact(10), .exact(0), .withheld])
        #expect(texts(table) == ["fewer than 5", "10", "0", "withheld", "total 20"])
        #expect(table.total.number == 20)
    }

    @Test func ofEqualPartnersTheLaterIsWithheld() {
        let table = Suppression.apply([4, 8, 8, 0], total: 20, threshold: 5)
        #expect(texts(table) == ["fewer than 5", "8", "withheld", "0", "total 20"])
    }

    @Test func aCountAtTheThresholdIsShownUnlessItIsThePartner() {
        #expect(texts(Suppression.apply([5, 12], total: 17, threshold: 5)) == ["5", "12", "total 17"])
        #expect(texts(Suppression.apply([4, 5, 100], total: 109, threshold: 5)) == ["fewer than 5", "withheld", "100", "total 109"])
    }

    @Test func twoSmallCountsNeedNoPartner() {
        let table = Suppression.apply([3, 2, 10, 6], total: 21, threshold: 5)
        #expect(texts(table) == ["fewer than 5", "fewer than 5", "10", "6", "total 21"])
    }

    @Test func aSmallTotalIsSuppressedAndNeedsNoPartner() {
        let table = Suppression.apply([1, 2, 0], total: 3, threshold: 5)
        #expect(table.cells == [.suppressed(below: 5), .suppressed(below: 5), .exact(0)])
        #expect(table.total == .suppressed(below: 5))
        #expect(table.total.number == nil)
        #expect(texts(Suppression.apply([3, 0, 0], total: 3, threshold: 5)) == ["fewer than 5", "0", "0", "total fewer than 5"])
    }

    @Test func aThresholdOfOneOrLessSuppressesNothing() {
        for threshold in [1, 0] {
            let table = Suppression.apply([1, 2, 0, 4], total: 7, threshold: threshold)
            #expect(texts(table) == ["1", "2", "0", "4", "total 7"])
        }
    }

    @Test func withNoOtherNonZeroCountThereIsNoPartner() {
        // Tags can make a total larger than its rows: 3 cannot be worked out from 10 here.
        #expect(texts(Suppression.apply([3, 0], total: 10, threshold: 5)) == ["fewer than 5", "0", "total 10"])
        #expect(texts(Suppression.apply([], total: 0, threshold: 5)) == ["total 0"])
    }

    @Test func countsAreWrittenWithThousandsSeparators() {
        #expect(PublishedCount.exact(0).text == "0")
        #expect(PublishedCount.exact(999).text == "999")
        #expect(PublishedCount.exact(1_234).text == "1,234")
        #expect(PublishedCount.exact(1_234_567).text == "1,234,567")
        #expect(PublishedCount.suppressed(below: 10_000).text == "fewer than 10,000")
        #expect(PublishedCount.exact(12).number == 12)
        #expect(PublishedCount.withheld.number == nil)
    }
}
