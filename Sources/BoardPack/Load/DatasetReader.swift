/// The file formats a dataset may be written in, named by the file's extension.
public enum DatasetFormat: String, Sendable {
    case yaml, csv, json
}

/// Reads one dataset file into an `IncidentDataset`: parses it, validates the metadata and every
/// record, and reports every problem in one run at its true line and column.
public enum DatasetReader {
    /// `site` gives the allowed categories (any category when it lists none); `jobs` is the number of
    /// threads for a large file.
    public static func read(
        _ file: SourceFile, id: String, format: DatasetFormat, site: Site?, jobs: Int
    ) -> (IncidentDataset?, [Diagnostic]) {
        let validator = IncidentRecordValidator(categories: site?.categories.map(\.key) ?? [])
        let contents: Contents
        switch format {
        case .yaml, .json: contents = readYAML(file, format: format, validator: validator, jobs: jobs)
        case .csv: contents = readCSV(file, id: id, validator: validator, jobs: jobs)
        }
        let (records, recordProblems) = DatasetValidator.join(contents.outcomes)
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

    /// What a file held, before records are joined.
    struct Contents {
        var metadata: DatasetValidator.Metadata?
        /// In file order, in the pieces they were validated in.
        var outcomes: [[IncidentRecordValidator.Outcome]] = []
        var diagnostics: [Diagnostic] = []
    }
}
