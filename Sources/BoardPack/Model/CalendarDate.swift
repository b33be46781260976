import Foundation

/// A date on the calendar, written YYYY-MM-DD in content. Rejects dates that do not exist.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly: the one parser of dates in content (papers, meetings, and every
    /// record of a dataset, so it reads bytes without allocating).
    public init?(iso text: String) {
        guard let (year, month, day) = text.utf8.withContiguousStorageIfAvailable(Self.numbers) ?? Self.numbers(Array(text.utf8))
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The year, month and day of `YYYY-MM-DD` bytes: ten of them, digits but for the dashes.
    private static func numbers(_ bytes: some RandomAccessCollection<UInt8>) -> (Int, Int, Int)? {
        guard bytes.count == 10 else { return nil }
        var numbers = (0, 0, 0)
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            let digit = Int(byte) - 48
            guard (0...9).contains(digit) else { return nil }
            switch offset {
            case ..<4: numbers.0 = numbers.0 * 10 + digit
            case ..<7: numbers.1 = numbers.1 * 10 + digit
            default: numbers.2 = numbers.2 * 10 + digit
            }
        }
        return numbers
    }

    /// Why `text` is not a YYYY-MM-DD date, for every date field of papers, meetings and datasets.
    public static func problem(_ text: String, key: String) -> String {
        if let shape = shape(of: text) {
            return "'\(key)' is wrong: \(shape.day) \(monthNames[shape.month - 1]) \(shape.year) is not a date (found \"\(text)\")"
        }
        return "'\(key)' must be a date written YYYY-MM-DD, for example 2021-06-09 (found \"\(text)\")"
    }

    /// The numbers of a YYYY-MM-DD text that is well formed but names no real day (30 February).
    static func shape(of text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10, (1...12).contains(parts[1]) else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    /// The day after.
    public var next: CalendarDate {
        if day < Self.daysIn(month: month, year: year) { return CalendarDate(year: year, month: month, day: day + 1) ?? self }
        if month < 12 { return CalendarDate(year: year, month: month + 1, day: 1) ?? self }
        return CalendarDate(year: year + 1, month: 1, day: 1) ?? self
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// `2021-06-09`
    public var description: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// `9 June 2021`, as LGA papers write dates.
    public var long: String { "\(day) \(Self.monthNames[month - 1]) \(year)" }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Counting days, for notice periods: which day of the week a date is, and the dates either side.
extension CalendarDate {
    public enum Weekday: Int, Sendable, CaseIterable {
        case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

        public var name: String { String(describing: self) }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil, proleptic Gregorian).
    public var dayNumber: Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01; nil outside the years 1 to 9999.
    public init?(dayNumber: Int) {
        let shiftedDays = dayNumber + 719_468
        let era = (shiftedDays >= 0 ? shiftedDays : shiftedDays - 146_096) / 146_097
        let dayOfEra = shiftedDays - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// 1970-01-01 was a Thursday.
    public var weekday: Weekday {
        let offset = ((dayNumber % 7) + 7 + 3) % 7
        return Weekday(rawValue: offset + 1) ?? .monday
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) ?? self }

    /// "Friday 14 March 2025", as notices write dates.
    public var withWeekday: String { "\(weekday.name.capitalized) \(long)" }

    /// Today in the United Kingdom, where meetings are held.
    public static func today(_ now: Date = Date()) -> CalendarDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
