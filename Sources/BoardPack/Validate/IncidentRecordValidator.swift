/// Validates one dataset record, whatever its file format, reporting every wrong field at its value.
struct IncidentRecordValidator: Sendable {
    /// The result for one record: the record when it is valid, and its id (valid or not) so that
    /// duplicates are found among every record.
    struct Outcome: Sendable {
        var record: IncidentRecord?
        var id: Located<String>?
        var diagnostics: [Diagnostic]
    }

    static let requiredFields = ["id", "nation", "category"]
    static let largestCount = 1_000_000_000

    /// site.yaml's category keys, in its order; empty when any category is allowed.
    let categories: [String]
    private let categorySet: Set<String>

    init(categories: [String]) {
        self.categories = categories
        categorySet = Set(categories)
    }

    /// One pass over the fields: every field is read once, whatever its name.
    func validate(_ written: WrittenRecord) -> Outcome {
        var check = Check(written: written)
        var id: Located<String>?
        var nation: Nation?
        var category: String?
        var date: CalendarDate?
        var severity: Int?
        var count: Int?
        var tags: [String] = []
        var extra: [String: String] = [:]
        var given = (id: false, nation: false, category: false)
        for field in written.fields {
            if case .empty = field.value {
                // Any other empty field is as if left out; a count left empty would silently be 1.
                if field.name == "count" { check.emptyCount(field) }
                continue
            }
            switch field.name {
            case "id":
                given.id = true
                id = check.text(field).map { Located($0, at: written.location(line: field.line, column: field.column)) }
            case "nation":
                given.nation = true
                nation = check.text(field).flatMap { check.nation($0, field) }
            case "category":
                given.category = true
                category = check.text(field).flatMap { check.category($0, field, allowed: categories, set: categorySet) }
            case "date": date = check.text(field).flatMap { check.date($0, field) }
            case "severity": severity = check.text(field).flatMap { check.wholeNumber($0, field, in: 1...5) }
            case "count": count = check.text(field).flatMap { check.wholeNumber($0, field, in: 0...Self.largestCount) }
            case "tags": tags = check.tags(field)
            default: if let text = check.text(field) { extra[field.name] = text }
            }
        }
        for (name, isGiven) in zip(Self.requiredFields, [given.id, given.nation, given.category]) where !isGiven {
            check.error("the incident is missing the required field '\(name)'", at: written.location)
        }
        guard let id, let nation, let category, !check.failed else {
            return Outcome(record: nil, id: id, diagnostics: check.diagnostics)
        }
        let record = IncidentRecord(
            id: id.value, nation: nation, category: category, date: date, severity: severity,
            count: count ?? 1, tags: tags, extra: extra, line: written.line)
        return Outcome(record: record, id: id, diagnostics: check.diagnostics)
    }

    /// An entry of `incidents`: a record, or a problem when it is not a group of fields.
    func validate(_ entry: WrittenEntry) -> Outcome {
        switch entry {
        case let .record(written): return validate(written)
        case let .notFields(location):
            let problem = Diagnostic.error(
                "each incident is a group of fields, starting '- id: …' with at least nation and category", at: location)
            return Outcome(record: nil, id: nil, diagnostics: [problem])
        }
    }

    /// A piece of a dataset's records, in order.
    @Sendable func validate(_ entries: [WrittenEntry]) -> [Outcome] { entries.map(validate) }
}

/// The checks of one record's fields, collecting a diagnostic for each problem.
private struct Check {
    let written: WrittenRecord
    var diagnostics: [Diagnostic] = []
    /// Set by any problem: the record is not built, though its other fields are still checked.
    var failed = false

    init(written: WrittenRecord) { self.written = written }

    mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
        failed = true
    }

    private mutating func error(_ message: String, at field: WrittenRecord.Field) {
        error(message, at: written.location(line: field.line, column: field.column))
    }

    mutating func emptyCount(_ field: WrittenRecord.Field) {
        error("'count' is empty: give the number of incidents the record stands for, or remove the line if it is one", at: field)
    }

    /// A single value; empty values never reach here, so text is never empty.
    mutating func text(_ field: WrittenRecord.Field) -> String? {
        if case let .text(text) = field.value { return text }
        error("'\(field.name)' must be a single value, not a list or a group of fields", at: field)
        return nil
    }

    mutating func nation(_ text: String, _ field: WrittenRecord.Field) -> Nation? {
        if let nation = Nation(written: text) { return nation }
        error(Nation.unknown(text), at: field)
        return nil
    }

    mutating func category(_ text: String, _ field: WrittenRecord.Field, allowed: [String], set: Set<String>) -> String? {
        if allowed.isEmpty || set.contains(text) { return text }
        error(
            "unknown category '\(text)': site.yaml lists \(allowed.map { "'\($0)'" }.joined(separator: ", "))"
                + Suggestion.didYouMean(text, among: allowed), at: field)
        return nil
    }

    mutating func date(_ text: String, _ field: WrittenRecord.Field) -> CalendarDate? {
        if let date = CalendarDate(iso: text) { return date }
        error(CalendarDate.problem(text, key: field.name), at: field)
        return nil
    }

    mutating func wholeNumber(_ text: String, _ field: WrittenRecord.Field, in range: ClosedRange<Int>) -> Int? {
        switch DatasetValidator.wholeNumber(text, key: field.name, in: range) {
        case let .success(value): return value
        case let .failure(problem):
            error(problem.message, at: field)
            return nil
        }
    }

    /// A list, or one value as a list of one; repeats dropped.
    mutating func tags(_ field: WrittenRecord.Field) -> [String] {
        switch field.value {
        case let .text(text):
            return [text]
        case .empty:
            return []
        case .group:
            error("'tags' must be a list of values, such as [covid-19, misinformation]", at: field)
            return []
        case let .list(entries):
            var tags: [String] = []
            for entry in entries {
                guard let tag = entry.text else {
                    error("each entry of 'tags' must be a single value", at: written.location(line: entry.line, column: entry.column))
                    continue
                }
                if !tag.isEmpty, !tags.contains(tag) { tags.append(tag) }
            }
            return tags
        }
    }
}
