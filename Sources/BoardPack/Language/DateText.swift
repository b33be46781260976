/// Dates and times as each language prints them. English is exactly as today ("9 June 2021",
/// times as written, "14:00"). Welsh follows the Welsh Government style the glossary gives:
/// "9 Mehefin 2021", "Dydd Mercher 9 Mehefin 2021", "10.00 yb" / "2.00 yp"; never abbreviated,
/// no ordinals (the older Modern.gov style "9fed Mehefin, 2021" is not mixed in).
public enum DateText {
    /// Welsh month names, capitalised (glossary: high, from moment.js's Welsh locale and llyw.cymru).
    static let welshMonths = [
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
        "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
    ]

    /// Welsh day names by `CalendarDate.Weekday` (Monday first), each "Dydd …" (glossary: high).
    static let welshWeekdays = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"]

    /// "9 June 2021" / "9 Mehefin 2021".
    public static func long(_ date: CalendarDate, in language: Language) -> String {
        switch language {
        case .en: date.long
        case .cy: "\(date.day) \(welshMonths[date.month - 1]) \(date.year)"
        }
    }

    /// "Wednesday 9 June 2021" / "Dydd Mercher 9 Mehefin 2021", as a heading or a line of its own.
    public static func withWeekday(_ date: CalendarDate, in language: Language) -> String {
        "\(weekday(date.weekday, in: language)) \(long(date, in: language))"
    }

    /// A date with its day inside a sentence. Welsh mutates the day name there ("ddydd Gwener 16
    /// Chwefror 2024": after "ar" or on its own, per the glossary); English is as `withWeekday`.
    public static func withWeekdayInSentence(_ date: CalendarDate, in language: Language) -> String {
        switch language {
        case .en: withWeekday(date, in: .en)
        // "Dydd" becomes "ddydd" by soft mutation; the day's own name does not change.
        case .cy: "ddydd " + withWeekday(date, in: .cy).dropFirst("Dydd ".count)
        }
    }

    /// "Wednesday" / "Dydd Mercher".
    public static func weekday(_ day: CalendarDate.Weekday, in language: Language) -> String {
        switch language {
        case .en: day.name.capitalized
        case .cy: welshWeekdays[day.rawValue - 1]
        }
    }

    /// "May 2020" / "Mai 2020": a month as incident tables group by it.
    public static func month(_ month: Int, year: Int, in language: Language) -> String {
        guard (1...12).contains(month) else { return "\(year)" }
        switch language {
        case .en: return "\(CalendarDate.monthNames[month - 1]) \(year)"
        case .cy: return "\(welshMonths[month - 1]) \(year)"
        }
    }

    /// A meeting's time. English: as written ("14:00"), as today. Welsh: the 12-hour clock with a
    /// full stop and "yb" (y bore, a.m.) or "yp" (y prynhawn, p.m.): "10.00 yb", "2.00 yp".
    /// A time that is not HH:MM is left as written.
    public static func time(_ text: String, in language: Language) -> String {
        guard language == .cy, let (hour, minute) = Meeting.clockTime(text) else { return text }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        return "\(twelve).\(minute < 10 ? "0" : "")\(minute) \(hour < 12 ? "yb" : "yp")"
    }
}
