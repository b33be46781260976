/// How much notice an agenda needs: the clear days between publishing it and the meeting, and the
/// days that do not count. Set in site.yaml's `notice:`; defaults come from the jurisdiction.
public struct NoticeRules: Sendable, Hashable {
    /// A kind of day left out of the count.
    public enum Excluded: Hashable, Sendable {
        case weekday(CalendarDate.Weekday)
        case bankHolidays

        /// As written in site.yaml: `saturday`, `bank-holidays`.
        public var name: String {
            switch self {
            case let .weekday(day): day.name
            case .bankHolidays: "bank-holidays"
            }
        }

        public static let all: [Excluded] = CalendarDate.Weekday.allCases.map { .weekday($0) } + [.bankHolidays]
    }

    public var clearDays: Int
    public var excluded: Set<Excluded>
    /// Bank holidays the project adds (years boardpack does not know, or a local holiday).
    public var extraBankHolidays: Set<CalendarDate>
    /// Whether `clearDays` was written in site.yaml rather than taken from the jurisdiction.
    public var clearDaysSet: Bool

    public static let defaultExcluded: Set<Excluded> = [.weekday(.saturday), .weekday(.sunday), .bankHolidays]

    public init(
        clearDays: Int, excluded: Set<Excluded> = defaultExcluded, extraBankHolidays: Set<CalendarDate> = [],
        clearDaysSet: Bool = false
    ) {
        self.clearDays = clearDays
        self.excluded = excluded
        self.extraBankHolidays = extraBankHolidays
        self.clearDaysSet = clearDaysSet
    }

    public static func standard(_ jurisdiction: Jurisdiction) -> NoticeRules { NoticeRules(clearDays: jurisdiction.defaultClearDays) }

    public func isBankHoliday(_ date: CalendarDate) -> Bool {
        extraBankHolidays.contains(date) || BankHolidays.englandAndWales(date.year).contains(date)
    }

    /// Whether a day counts towards the notice.
    public func counts(_ date: CalendarDate) -> Bool {
        if excluded.contains(.weekday(date.weekday)) { return false }
        return !(excluded.contains(.bankHolidays) && isBankHoliday(date))
    }

    /// Clear days between publication and the meeting: neither of those days counts, nor any excluded day.
    public func clearDays(from published: CalendarDate, to meeting: CalendarDate) -> Int {
        guard published < meeting else { return 0 }
        var count = 0
        var day = published.next
        while day < meeting {
            if counts(day) { count += 1 }
            day = day.next
        }
        return count
    }

    /// The last day an agenda can be published and still give the notice; nil if no day would
    /// (every day excluded).
    public func lastPublicationDay(for meeting: CalendarDate) -> CalendarDate? {
        var counted = 0
        var day = meeting.adding(days: -1)
        // A year back is far more than any notice period; it only stops a rule that excludes every day.
        for _ in 0..<366 {
            if counted >= clearDays { return day }
            if counts(day) { counted += 1 }
            day = day.adding(days: -1)
        }
        return nil
    }
}
