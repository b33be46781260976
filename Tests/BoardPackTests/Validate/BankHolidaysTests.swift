import Testing

@testable import BoardPack

/// The shipped England and Wales bank holidays against the dates the UK Government published.
@Suite struct BankHolidaysTests {
    static func days(_ year: Int) -> [String] { BankHolidays.englandAndWales(year).map(\.description) }

    @Test func ordinaryYearsHaveTheirEightHolidaysWithSubstituteDays() {
        #expect(Self.days(2015) == [
            "2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25", "2015-12-28",
        ])
        // Christmas on a Sunday: Boxing Day on Monday, Christmas's substitute on Tuesday.
        #expect(Self.days(2016) == [
            "2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26", "2016-12-27",
        ])
        // Christmas on a Saturday, New Year's Day on a Saturday the next year.
        #expect(Self.days(2021) == [
            "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28",
        ])
        #expect(Self.days(2025) == [
            "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
        ])
        #expect(Self.days(2026) == [
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
        ])
        #expect(Self.days(2027) == [
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
        ])
    }

    @Test func oneOffChangesAreThere() {
        #expect(Self.days(2020) == [
            "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28",
        ])
        #expect(Self.days(2022) == [
            "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29",
            "2022-09-19", "2022-12-26", "2022-12-27",
        ])
        #expect(Self.days(2023) == [
            "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28",
            "2023-12-25", "2023-12-26",
        ])
    }

    @Test func everyKnownYearHasEightToTenWeekdayHolidaysAndOthersNone() {
        for year in BankHolidays.years {
            let days = BankHolidays.englandAndWales(year)
            #expect((8...10).contains(days.count), "\(year)")
            #expect(days.allSatisfy { ![.saturday, .sunday].contains($0.weekday) }, "\(year)")
            #expect(Set(days).count == days.count, "\(year)")
        }
        #expect(BankHolidays.englandAndWales(2031).isEmpty)
        #expect(BankHolidays.englandAndWales(2014).isEmpty)
    }

    @Test func weekdaysAndDayArithmeticAgreeWithTheCalendar() throws {
        let date = try #require(CalendarDate(iso: "2025-03-14"))
        #expect(date.weekday == .friday)
        #expect(date.adding(days: 3).description == "2025-03-17")
        #expect(date.adding(days: -14).description == "2025-02-28")
        #expect(CalendarDate(iso: "2024-02-29")?.adding(days: 366).description == "2025-03-01")
        #expect(CalendarDate(iso: "1970-01-01")?.dayNumber == 0)
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
    }
}
