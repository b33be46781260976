/// England and Wales bank holidays, 2015 to 2030, made from the rules the UK Government follows
/// (with substitute days when a holiday falls at a weekend) and the one-off changes it announced.
/// Nothing is fetched: a build must work offline. A project adds later years in site.yaml.
public enum BankHolidays {
    /// The years boardpack knows.
    public static let years = 2015...2030

    /// The bank holidays of `year` in date order; empty outside `years`.
    public static func englandAndWales(_ year: Int) -> [CalendarDate] {
        guard years.contains(year), let easter = easterSunday(year) else { return [] }
        var days: [CalendarDate?] = [
            weekdayOrNextMonday(CalendarDate(year: year, month: 1, day: 1)),
            easter.adding(days: -2),
            easter.adding(days: 1),
            earlyMay(year),
            spring(year),
            lastMonday(of: 8, in: year),
        ]
        days += christmas(year)
        days += oneOff[year, default: []].map { CalendarDate(iso: $0) }
        return days.compactMap { $0 }.sorted()
    }

    /// Holidays added for a single year: the Platinum Jubilee, the Queen's state funeral, the coronation.
    static let oneOff: [Int: [String]] = [
        2022: ["2022-06-03", "2022-09-19"],
        2023: ["2023-05-08"],
    ]

    /// The first Monday in May; in 2020 moved to Friday 8 May for the 75th anniversary of VE day.
    static func earlyMay(_ year: Int) -> CalendarDate? {
        if year == 2020 { return CalendarDate(year: 2020, month: 5, day: 8) }
        return firstMonday(of: 5, in: year)
    }

    /// The last Monday in May; in 2022 moved to Thursday 2 June for the Platinum Jubilee.
    static func spring(_ year: Int) -> CalendarDate? {
        if year == 2022 { return CalendarDate(year: 2022, month: 6, day: 2) }
        return lastMonday(of: 5, in: year)
    }

    /// Christmas Day and Boxing Day, each moved to the next free weekday when it falls at a weekend.
    static func christmas(_ year: Int) -> [CalendarDate?] {
        guard let christmas = CalendarDate(year: year, month: 12, day: 25) else { return [] }
        switch christmas.weekday {
        case .friday: return [christmas, christmas.adding(days: 3)]
        case .saturday: return [christmas.adding(days: 2), christmas.adding(days: 3)]
        case .sunday: return [christmas.adding(days: 1), christmas.adding(days: 2)]
        default: return [christmas, christmas.adding(days: 1)]
        }
    }

    static func weekdayOrNextMonday(_ date: CalendarDate?) -> CalendarDate? {
        guard let date else { return nil }
        switch date.weekday {
        case .saturday: return date.adding(days: 2)
        case .sunday: return date.adding(days: 1)
        default: return date
        }
    }

    static func firstMonday(of month: Int, in year: Int) -> CalendarDate? {
        guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        return first.adding(days: (8 - first.weekday.rawValue) % 7)
    }

    static func lastMonday(of month: Int, in year: Int) -> CalendarDate? {
        guard let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)) else { return nil }
        return last.adding(days: -(last.weekday.rawValue - 1))
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous algorithm of Nature, 1876).
    static func easterSunday(_ year: Int) -> CalendarDate? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }
}
