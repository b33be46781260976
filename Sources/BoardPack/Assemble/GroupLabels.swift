/// How a group's key reads to people: a category's label from site.yaml, a nation's name,
/// a month as "May 2020"; anything else as written.
public struct GroupLabels: Sendable {
    public var categories: [String: String]

    public init(site: Site?) {
        categories = Dictionary(site?.categories.map { ($0.key, $0.label) } ?? []) { first, _ in first }
    }

    public func label(field: String, key: String) -> String {
        switch field {
        case "category": return categories[key] ?? key
        case "nation": return Nation(rawValue: key)?.name ?? key
        case "month":
            let parts = key.split(separator: "-")
            guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return key }
            return "\(CalendarDate.monthNames[month - 1]) \(year)"
        default: return key
        }
    }

    /// A field's name as a column heading: `group-by: force` heads its column "Force".
    public static func heading(for field: String) -> String {
        let words = field.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
