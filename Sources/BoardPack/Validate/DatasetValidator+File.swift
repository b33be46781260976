/// A whole dataset file: read by `DatasetReader`, every record validated as its piece is read, then the
/// header validated and the records joined into an `IncidentDataset`.
extension DatasetValidator {
    /// `site` gives the allowed categories (any category when it lists none); `jobs` is the number of
    /// threads for a large file. Every problem is reported in one run, at its true line and column.
    static func dataset(
        _ file: SourceFile, id: String, format: DatasetFormat, site: Site?, jobs: Int
    ) -> (IncidentDataset?, [Diagnostic]) {
        let validator = IncidentRecordValidator(categories: site?.categories.map(\.key) ?? [])
        let loaded = DatasetReader.load(file, format: format, jobs: jobs, reading: validator.validate)
        var contents = Contents(consume loaded, id: id, validator: validator)
        // Held only here, so that `join` moves the records out rather than copying them.
        let outcomes = contents.outcomes
        contents.outcomes = []
        let (records, recordProblems) = join(consume outcomes)
        let diagnostics = (contents.diagnostics + recordProblems).sorted()
        guard let metadata = contents.metadata, !diagnostics.hasErrors else { return (nil, diagnostics) }
        let dataset = IncidentDataset(
            id: id, path: file.path, title: metadata.title, source: metadata.source, period: metadata.period,
            suppressBelow: metadata.suppressBelow, records: records, fields: IncidentDataset.fields(of: records),
            publicFields: Set(metadata.publicFields.map(\.value)))
        let unknown = metadata.publicFields.filter { !dataset.fields.contains($0.value) }.map { name in
            Diagnostic.warning(
                "no record has a field '\(name.value)', listed in 'public-fields'"
                    + Suggestion.didYouMean(name.value, among: dataset.fields.sorted()), at: name.location)
        }
        return (dataset, diagnostics + unknown)
    }

    /// A file's header validated and its records' outcomes, before the records are joined.
    struct Contents {
        var metadata: Metadata?
        /// In file order, in the pieces they were validated in.
        var outcomes: [[IncidentRecordValidator.Outcome]] = []
        var diagnostics: [Diagnostic] = []

        /// `id` is a CSV dataset's title.
        init(_ loaded: DatasetReader.Loaded<[IncidentRecordValidator.Outcome]>, id: String, validator: IncidentRecordValidator) {
            diagnostics = loaded.diagnostics
            switch loaded.header {
            case .unreadable:
                return
            case .table:
                // CSV has no room for metadata: the title is the dataset's id, the source is empty and
                // counts below 5 are withheld.
                metadata = Metadata(title: id, source: "", period: nil, suppressBelow: DatasetValidator.defaultSuppressBelow)
                outcomes = loaded.pieces
            case let .cut(mapping, context):
                var fields = Fields(mapping, context: context, owner: "the dataset")
                metadata = DatasetValidator.metadata(&fields)
                outcomes = loaded.pieces
                diagnostics += fields.diagnostics
            case let .whole(root, context):
                guard var fields = Fields.mapping(root, context: context, owner: "the dataset", diagnostics: &diagnostics) else { return }
                metadata = DatasetValidator.metadata(&fields)
                let entries = DatasetValidator.incidents(&fields) ?? []
                outcomes = [validator.validate(entries.map { WrittenEntry($0, context: context) })]
                diagnostics += fields.diagnostics
            }
        }
    }
}
