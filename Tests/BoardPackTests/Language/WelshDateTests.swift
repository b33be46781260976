import Testing

@testable import BoardPack

/// Dates and times by language: English exactly as today; Welsh as the glossary gives them,
/// for every month and every day of the week.
@Suite struct WelshDateTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test(arguments: [
        (1, "Ionawr"), (2, "Chwefror"), (3, "Mawrth"), (4, "Ebrill"), (5, "Mai"), (6, "Mehefin"),
        (7, "Gorffennaf"), (8, "Awst"), (9, "Medi"), (10, "Hydref"), (11, "Tachwedd"), (12, "Rhagfyr"),
    ])
    func everyMonth(month: Int, welsh: String) throws {
        let date = try #require(CalendarDate(year: 2025, month: month, day: 18))
        #expect(DateText.long(date, in: .cy) == "18 \(welsh) 2025")
        #expect(DateText.long(date, in: .en) == date.long)
        #expect(DateText.month(month, year: 2020, in: .cy) == "\(welsh) 2020")
        #expect(DateText.month(month, year: 2020, in: .en) == GroupLabels(site: nil).label(field: "month", key: String(format: "2020-%02d", month)))
    }

    /// 2025-03-17 was a Monday; one date for each day of the week.
    @Test(arguments: [
        ("2025-03-17", "Dydd Llun", "Monday"), ("2025-03-18", "Dydd Mawrth", "Tuesday"), ("2025-03-19", "Dydd Mercher", "Wednesday"),
        ("2025-03-20", "Dydd Iau", "Thursday"), ("2025-03-21", "Dydd Gwener", "Friday"), ("2025-03-22", "Dydd Sadwrn", "Saturday"),
        ("2025-03-23", "Dydd Sul", "Sunday"),
    ])
    func everyWeekday(iso: String, welsh: String, english: String) {
        let date = Self.date(iso)
        let day = iso.suffix(2)
        #expect(DateText.withWeekday(date, in: .cy) == "\(welsh) \(day) Mawrth 2025")
        #expect(DateText.withWeekday(date, in: .en) == "\(english) \(day) March 2025")
        #expect(DateText.withWeekday(date, in: .en) == date.withWeekday)
        // In a sentence "Dydd" takes the soft mutation: "ddydd Gwener 21 Mawrth 2025".
        #expect(DateText.withWeekdayInSentence(date, in: .cy) == "d" + welsh.lowercased().prefix(4) + welsh.dropFirst(4) + " \(day) Mawrth 2025")
        #expect(DateText.withWeekdayInSentence(date, in: .en) == date.withWeekday)
    }

    @Test func theGlossarysExamples() {
        #expect(DateText.long(Self.date("2025-03-18"), in: .cy) == "18 Mawrth 2025")
        #expect(DateText.withWeekday(Self.date("2025-03-18"), in: .cy) == "Dydd Mawrth 18 Mawrth 2025")
        #expect(DateText.withWeekday(Self.date("2021-06-09"), in: .cy) == "Dydd Mercher 9 Mehefin 2021")
        #expect(DateText.withWeekdayInSentence(Self.date("2024-02-16"), in: .cy) == "ddydd Gwener 16 Chwefror 2024")
        #expect(DateText.long(Self.date("2021-06-09"), in: .en) == "9 June 2021")
    }

    @Test(arguments: [
        ("10:00", "10.00 yb"), ("14:00", "2.00 yp"), ("09:30", "9.30 yb"), ("9:05", "9.05 yb"), ("18:45", "6.45 yp"),
        ("12:00", "12.00 yp"), ("00:15", "12.15 yb"), ("23:59", "11.59 yp"),
    ])
    func welshTimes(written: String, welsh: String) {
        #expect(DateText.time(written, in: .cy) == welsh)
        #expect(DateText.time(written, in: .en) == written)
    }

    @Test func aTimeThatIsNotAClockTimeIsLeftAsWritten() {
        #expect(DateText.time("after the AGM", in: .cy) == "after the AGM")
    }
}
