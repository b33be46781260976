/// A dataset of incidents from `content/data/<id>.yaml|.csv|.json`: the records themselves, which never
/// appear in public outputs, and what is needed to publish counts of them.
public struct IncidentDataset: Sendable {
    public var id: String
    /// The path shown in diagnostics.
    public var path: String
    public var title: String
    public var source: String
    public var period: DatasetPeriod?
    /// Counts from 1 to `suppressBelow - 1` are not published; 0 or 1 means nothing is suppressed.
    public var suppressBelow: Int
    public var records: [IncidentRecord]
    /// Every field at least one record gives, plus "month" and "year" when any record has a date: the
    /// names a paper may filter by (`groupable` says which it may group by).
    public var fields: Set<String>
    /// Record fields the dataset's header lists in `public-fields`: the only ones beyond the built-in
    /// categories whose values a public output may show.
    public var publicFields: Set<String>

    public init(
        id: String, path: String, title: String, source: String, period: DatasetPeriod?,
        suppressBelow: Int, records: [IncidentRecord], fields: Set<String>, publicFields: Set<String> = []
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.source = source
        self.period = period
        self.suppressBelow = suppressBelow
        self.records = records
        self.fields = fields
        self.publicFields = publicFields
        groupable = Self.groupable(fields: fields, publicFields: publicFields, records: records)
    }

    /// The fields a paper may count by: categories whose values say nothing about one record. A
    /// record's own `year` field (say "2018-19") is its own text, so it needs `public-fields` too.
    /// Worked out once, when the dataset is made.
    public private(set) var groupable: Set<String> = []

    static func groupable(fields: Set<String>, publicFields: Set<String>, records: [IncidentRecord]) -> Set<String> {
        var names = categoryFields.union(publicFields)
        if fields.contains("date") {
            names.insert("month")
            // By index, so that no record is copied.
            if !records.indices.contains(where: { records[$0].extra["year"] != nil }) { names.insert("year") }
        }
        return names.intersection(fields)
    }

    /// Fields every dataset may be counted by.
    public static let categoryFields: Set<String> = ["nation", "category"]
    /// Fields that differ for (nearly) every record: counting by them would list the records.
    public static let recordFields: Set<String> = ["id", "date", "count"]

    /// The fields given by `records`, as `fields` lists them.
    public static func fields(of records: [IncidentRecord]) -> Set<String> {
        guard !records.isEmpty else { return [] }
        var names: Set<String> = ["id", "nation", "category", "count"]
        var dated = false, graded = false, tagged = false
        // By index, so that no record is copied.
        for index in records.indices {
            dated = dated || records[index].date != nil
            graded = graded || records[index].severity != nil
            tagged = tagged || !records[index].tags.isEmpty
            for name in records[index].extra.keys { names.insert(name) }
        }
        if dated { names.formUnion(["date", "month", "year"]) }
        if graded { names.insert("severity") }
        if tagged { names.insert("tags") }
        return names
    }
}

public struct DatasetPeriod: Sendable, Hashable {
    public var from: CalendarDate
    public var to: CalendarDate

    public init(from: CalendarDate, to: CalendarDate) {
        self.from = from
        self.to = to
    }
}

/// One record: an incident, or with `count` a number of incidents (offences by force and strand, say).
public struct IncidentRecord: Sendable, Hashable {
    public var id: String
    public var nation: Nation
    public var category: String
    public var date: CalendarDate?
    public var severity: Int?
    /// How many incidents the record stands for; 1 unless the record says otherwise.
    public var count: Int
    public var tags: [String]
    /// Every other field as text: council, region, summary, force, year, …
    public var extra: [String: String]
    /// The file line on which the record starts.
    public var line: Int

    public init(
        id: String, nation: Nation, category: String, date: CalendarDate? = nil, severity: Int? = nil,
        count: Int = 1, tags: [String] = [], extra: [String: String] = [:], line: Int
    ) {
        self.id = id
        self.nation = nation
        self.category = category
        self.date = date
        self.severity = severity
        self.count = count
        self.tags = tags
        self.extra = extra
        self.line = line
    }

    /// Values for grouping and filtering: "month" gives ["2020-05"] from the date (nothing without
    /// one), "year" the record's own year field or else its date's year,
    /// "tags" each tag, "nation" the nation's key, any field outside the model its text in `extra`.
    public func values(of field: String) -> [String] {
        switch field {
        case "month": return date.map { [$0.monthKey] } ?? []
        case "tags": return tags
        case "nation": return [nation.rawValue]
        case "category": return [category]
        case "severity": return severity.map { [String($0)] } ?? []
        case "date": return date.map { [$0.description] } ?? []
        // A record's own year ("2018-19") when it gives one, else the year of its date.
        case "year": return extra["year"].map { [$0] } ?? date.map { [String($0.year)] } ?? []
        case "id": return [id]
        case "count": return [String(count)]
        default: return extra[field].map { [$0] } ?? []
        }
    }
}

extension CalendarDate {
    /// `2020-05`: the key by which records are counted per month, in time order when sorted as text.
    public var monthKey: String {
        String(unsafeUninitializedCapacity: 7) { buffer in
            var value = year * 100 + self.month
            for index in (0..<7).reversed() {
                if index == 4 {
                    buffer[index] = UInt8(ascii: "-")
                } else {
                    buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            return 7
        }
    }
}
