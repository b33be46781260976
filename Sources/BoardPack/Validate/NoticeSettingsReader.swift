import Yams

/// Reads site.yaml's `notice:` and `bank-holidays:` into the site's notice rules, whose defaults
/// come from the jurisdiction.
enum NoticeSettingsReader {
    static let fields = ["notice", "bank-holidays"]
    static let noticeFields = ["clear-days", "exclude"]

    static func read(_ fields: inout Fields, jurisdiction: Jurisdiction) -> NoticeRules {
        var rules = NoticeRules.standard(jurisdiction)
        rules.extraBankHolidays = bankHolidays(&fields)
        if let node = fields.node("notice"), !Fields.isNull(node) {
            if case let .mapping(mapping) = node {
                var notice = Fields(mapping, context: fields.context, owner: "notice")
                if let days = notice.integer("clear-days", in: 0...60, required: false) {
                    rules.clearDays = days
                    rules.clearDaysSet = true
                }
                if let excluded = excludedDays(&notice) { rules.excluded = excluded }
                notice.warnAboutUnknownFields(known: noticeFields)
                fields.diagnostics += notice.diagnostics
            } else {
                fields.error(
                    "'notice' sets the notice an agenda needs, e.g. 'notice: { clear-days: 5, exclude: [saturday, sunday, bank-holidays] }'",
                    at: node)
            }
        }
        return rules
    }

    /// `exclude: [saturday, sunday, bank-holidays]`; an empty list counts every day.
    private static func excludedDays(_ notice: inout Fields) -> Set<NoticeRules.Excluded>? {
        guard let node = notice.node("exclude") else { return nil }
        if case let .sequence(list) = node, list.isEmpty { return [] }
        guard let entries = notice.stringList("exclude") else { return [] }
        let names = NoticeRules.Excluded.all.map(\.name)
        var excluded = Set<NoticeRules.Excluded>()
        for entry in entries {
            if let day = NoticeRules.Excluded.all.first(where: { $0.name == entry.value.lowercased() }) {
                excluded.insert(day)
            } else {
                notice.diagnostics.append(.error(
                    "'\(entry.value)' is not a kind of day boardpack can leave out of the notice: write any of "
                        + names.joined(separator: ", ") + Suggestion.didYouMean(entry.value.lowercased(), among: names),
                    at: entry.location))
            }
        }
        return excluded
    }

    /// `bank-holidays: [2031-01-01, …]`: dates added to those boardpack knows (2015 to 2030).
    private static func bankHolidays(_ fields: inout Fields) -> Set<CalendarDate> {
        var dates = Set<CalendarDate>()
        for entry in fields.stringList("bank-holidays") ?? [] {
            if let date = CalendarDate(iso: entry.value) {
                dates.insert(date)
            } else {
                fields.diagnostics.append(.error(
                    "each entry of 'bank-holidays' is a date written YYYY-MM-DD, such as 2031-01-01 (found \"\(entry.value)\")",
                    at: entry.location))
            }
        }
        return dates
    }
}
