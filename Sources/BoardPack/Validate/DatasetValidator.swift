import Yams

/// Validates what a dataset says about itself (title, source, period, suppress-below), finds its
/// list of incidents, and joins the validated records, finding ids used twice.
enum DatasetValidator {
    static let knownFields = ["title", "source", "period", "suppress-below", "public-fields", "incidents"]
    /// UK official statistics commonly withhold counts below 5.
    static let defaultSuppressBelow = 5

    struct Metadata: Sendable {
        var title: String
        var source: String
        var period: DatasetPeriod?
        var suppressBelow: Int
        var publicFields: [Located<String>] = []
    }

    static func metadata(_ fields: inout Fields) -> Metadata? {
        let title = fields.string("title")
        let source = fields.string("source")
        let period = readPeriod(&fields)
        var suppressBelow: Int? = defaultSuppressBelow
        if let text = fields.string("suppress-below", required: false), let node = fields.node("suppress-below") {
            switch wholeNumber(text, key: "suppress-below", in: 0...IncidentRecordValidator.largestCount) {
            case let .success(value): suppressBelow = value
            case let .failure(problem):
                fields.error(problem.message, at: node)
                suppressBelow = nil
            }
        }
        let publicFields = readPublicFields(&fields)
        fields.warnAboutUnknownFields(known: knownFields, deciding: ["public-fields"])
        guard let title, let source, let period, let suppressBelow, let publicFields else { return nil }
        return Metadata(title: title, source: source, period: period, suppressBelow: suppressBelow, publicFields: publicFields)
    }

    /// `public-fields: [region, force]`: record fields whose values may be shown in public counts.
    /// Present but empty is an error: it may be a list not yet filled in. nil when wrong.
    private static func readPublicFields(_ fields: inout Fields) -> [Located<String>]? {
        guard let node = fields.node("public-fields") else { return [] }
        if Fields.isNull(node) {
            fields.error("'public-fields' is empty: list the fields whose values may be shown, such as [region], or remove it", at: node)
            return nil
        }
        let before = fields.diagnostics.count
        let names = fields.stringList("public-fields", required: true) ?? []
        for name in names where IncidentDataset.recordFields.contains(name.value) {
            fields.diagnostics.append(.error(
                "'\(name.value)' cannot be a public field: it differs from record to record, so counting by it "
                    + "would publish the records one by one", at: name.location))
        }
        return fields.diagnostics.count == before ? names : nil
    }

    /// `period: { from: 2020-04-01, to: 2021-03-31 }`. Returns `.some(nil)` when there is none, nil when it is wrong.
    private static func readPeriod(_ fields: inout Fields) -> DatasetPeriod?? {
        guard let node = fields.node("period"), !Fields.isNull(node) else { return .some(nil) }
        guard case let .mapping(mapping) = node else {
            fields.error("'period' is written { from: 2020-04-01, to: 2021-03-31 }", at: node)
            return nil
        }
        var period = Fields(mapping, context: fields.context, owner: "the period")
        let from = period.date("from")
        let to = period.date("to")
        if let from, let to, to < from, let toNode = period.node("to") {
            period.error("the period ends (\(to)) before it starts (\(from))", at: toNode)
        }
        period.warnAboutUnknownFields(known: ["from", "to"])
        fields.diagnostics += period.diagnostics
        guard let from, let to, from <= to else { return nil }
        return .some(DatasetPeriod(from: from, to: to))
    }

    /// The entries of `incidents`; nil (with an error) when the field is missing or not a list.
    static func incidents(_ fields: inout Fields) -> [Node]? {
        guard let node = fields.node("incidents"), !Fields.isNull(node) else {
            fields.diagnostics.append(.error(
                "the dataset is missing the required field 'incidents': a list of records, each starting '- id: …'",
                at: fields.ownerLocation))
            return nil
        }
        guard case let .sequence(sequence) = node else {
            fields.error("'incidents' must be a list of records, each starting '- id: …'", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// The valid records in file order (`pieces` in order), and an error at each id already used by an earlier record.
    /// The records are moved out of the outcomes, not copied: a large dataset's records are each touched once here.
    static func join(_ pieces: consuming [[IncidentRecordValidator.Outcome]]) -> ([IncidentRecord], [Diagnostic]) {
        var pieces = pieces
        let count = pieces.reduce(0) { $0 + $1.count }
        var records: [IncidentRecord] = []
        records.reserveCapacity(count)
        var diagnostics: [Diagnostic] = []
        var firstLines: [String: Int] = [:]
        firstLines.reserveCapacity(count)
        for piece in pieces.indices {
            pieces[piece].withUnsafeMutableBufferPointer { outcomes in
                for index in outcomes.indices {
                    if !outcomes[index].diagnostics.isEmpty { diagnostics += outcomes[index].diagnostics }
                    if let id = outcomes[index].id {
                        if let first = firstLines[id.value] {
                            diagnostics.append(.error("duplicate id '\(id.value)' (first used on line \(first))", at: id.location))
                        } else {
                            firstLines[id.value] = id.location.line
                        }
                    }
                    if let record = outcomes[index].record.take() { records.append(record) }
                }
            }
        }
        return (records, diagnostics)
    }

    // MARK: - Messages shared by metadata and records

    struct Problem: Error {
        var message: String
    }

    /// A whole number in `range`; counts and thresholds have no useful upper bound to tell the user about.
    static func wholeNumber(_ text: String, key: String, in range: ClosedRange<Int>) -> Result<Int, Problem> {
        if let value = Int(text), range.contains(value) { return .success(value) }
        let found = " (found \"\(text)\")"
        if range.upperBound < IncidentRecordValidator.largestCount {
            return .failure(Problem(message: "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)\(found)"))
        }
        if let value = Int(text), value > range.upperBound {
            return .failure(Problem(message: "'\(key)' is too large: at most \(PublishedCount.exact(range.upperBound).text)\(found)"))
        }
        return .failure(Problem(message: "'\(key)' must be a whole number, \(range.lowerBound) or more\(found)"))
    }
}
