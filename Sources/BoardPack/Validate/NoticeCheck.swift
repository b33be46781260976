/// Whether each agenda, and each supplementary agenda, was published with the notice the law asks
/// for (Local Government Act 1972 s100B(3)-(4)): items issued later may be taken only as urgent
/// items, so an urgent item is left out of the count.
public enum NoticeCheck {
    public static func check(_ meetings: [Meeting], site: Site) -> [Diagnostic] {
        meetings.flatMap { check($0, site: site) }
    }

    static func check(_ meeting: Meeting, site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let rules = site.notice
        if let published = meeting.published, meeting.items.contains(where: { $0.urgent == nil }) {
            if let unknown = unknownYears(from: published.value, to: meeting.date, rules: rules) {
                diagnostics.append(.warning(
                    "boardpack knows the bank holidays of \(BankHolidays.years.lowerBound) to \(BankHolidays.years.upperBound) only: "
                        + "add those of \(unknown) to 'bank-holidays' in site.yaml, or the clear days may be counted too high",
                    at: published.location))
            }
            let clear = rules.clearDays(from: published.value, to: meeting.date)
            if clear < rules.clearDays {
                diagnostics.append(.warning(
                    "published \(days(clear)) before the meeting; \(requirement(site)). "
                        + deadline(meeting, rules: rules) + "Items taken at shorter notice need the chair's reason: "
                        + "mark each 'urgent: …'", at: published.location))
            }
        }
        for supplement in meeting.supplements {
            let late = supplement.papers.contains { slug in
                meeting.items.contains { $0.paper?.value == slug.value && $0.urgent == nil }
            }
            let clear = rules.clearDays(from: supplement.published.value, to: meeting.date)
            guard late, clear < rules.clearDays else { continue }
            diagnostics.append(.warning(
                "\(supplement.title.lowercased()) was published \(days(clear)) before the meeting; \(requirement(site)). "
                    + "Its papers can be taken only as urgent items: give each item the chair's reason as 'urgent: …'",
                at: supplement.published.location))
        }
        return diagnostics
    }

    /// A year of the notice period whose bank holidays nobody gave: not shipped, and none in site.yaml.
    static func unknownYears(from published: CalendarDate, to meeting: CalendarDate, rules: NoticeRules) -> String? {
        guard rules.excluded.contains(.bankHolidays) else { return nil }
        let given = Set(rules.extraBankHolidays.map(\.year))
        let years = (published.year...max(published.year, meeting.year)).filter { !BankHolidays.years.contains($0) && !given.contains($0) }
        return years.isEmpty ? nil : years.map(String.init).joined(separator: " and ")
    }

    /// For `check`: a meeting still to come whose agenda is not yet published is told the last day
    /// it can be. `today` comes from the caller, so that tests can fix the clock.
    public static func reminders(_ meetings: [Meeting], site: Site, today: CalendarDate) -> [Diagnostic] {
        meetings.compactMap { meeting in
            guard meeting.published == nil, today < meeting.date, let location = meeting.dateLocation else { return nil }
            guard let last = site.notice.lastPublicationDay(for: meeting.date) else { return nil }
            let when = last < today ? "was \(last.withWeekday), which has passed" : "is \(last.withWeekday)"
            return .note(
                "the last day to publish this meeting's agenda \(when) (\(requirement(site))); "
                    + "once it is published, add 'published: YYYY-MM-DD'", at: location)
        }
    }

    /// "Wales requires 3 clear days, not counting Saturdays, Sundays and bank holidays".
    static func requirement(_ site: Site) -> String {
        let rules = site.notice
        let who = rules.clearDaysSet ? "site.yaml's notice asks for" : "\(site.jurisdiction.name) requires"
        let excluded = NoticeRules.Excluded.all.filter(rules.excluded.contains).map { day -> String in
            switch day {
            case let .weekday(weekday): weekday.name.capitalized + "s"
            case .bankHolidays: "bank holidays"
            }
        }
        let counting = excluded.isEmpty ? "" : ", not counting " + listed(excluded)
        return "\(who) \(days(rules.clearDays))\(counting)"
    }

    private static func deadline(_ meeting: Meeting, rules: NoticeRules) -> String {
        guard let last = rules.lastPublicationDay(for: meeting.date) else { return "" }
        return "The last day to publish it was \(last.withWeekday). "
    }

    static func days(_ count: Int) -> String { count == 1 ? "1 clear day" : "\(count) clear days" }

    private static func listed(_ words: [String]) -> String {
        guard words.count > 1, let last = words.last else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " and " + last
    }
}
