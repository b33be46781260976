/// Checks what a paper says about datasets against the datasets there are: every id in `datasets:`
/// and every incidents block must name a dataset in content/data/, and group or filter on a field
/// that its records have.
public enum DatasetReferences {
    /// `present`: ids of every dataset file, including any that could not be read: those have their
    /// own errors, and a paper naming them is not wrong.
    public static func check(_ paper: Paper, datasets: [String: IncidentDataset], present: Set<String> = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let known = datasets.keys.sorted()
        for listed in paper.front.datasets where datasets[listed.value] == nil && !present.contains(listed.value) {
            diagnostics.append(.error(missing(listed.value, known: known), at: listed.location))
        }
        for spec in paper.incidentSpecs.compactMap({ $0 }) {
            guard let dataset = datasets[spec.dataset.value] else {
                if !present.contains(spec.dataset.value) {
                    diagnostics.append(.error(missing(spec.dataset.value, known: known), at: spec.dataset.location))
                }
                continue
            }
            for field in [spec.groupBy] + spec.filters.map(\.field) where !dataset.fields.contains(field.value) {
                let fields = dataset.fields.sorted()
                diagnostics.append(.error(
                    "no record of dataset '\(dataset.id)' has a field '\(field.value)'; its fields are "
                        + fields.joined(separator: ", ") + Suggestion.didYouMean(field.value, among: fields),
                    at: field.location))
            }
            if dataset.fields.contains(spec.groupBy.value), !dataset.groupable.contains(spec.groupBy.value) {
                diagnostics.append(.error(notGroupable(spec.groupBy.value, dataset: dataset), at: spec.groupBy.location))
            }
        }
        return diagnostics
    }

    /// Counting by a field shows its values: only categories, and fields the dataset declares public.
    private static func notGroupable(_ field: String, dataset: IncidentDataset) -> String {
        let allowed = dataset.groupable.sorted()
        let how =
            IncidentDataset.recordFields.contains(field) ? "'\(field)' differs from record to record, so it can never be counted by"
            : dataset.path.hasSuffix(".csv") ? "a CSV dataset can only be counted by nation, category, month or year"
            : "to publish its values, list it in the dataset's header: public-fields: [\(field)]"
        return "counting by '\(field)' would show each record's \(field) in public; a paper may count dataset '\(dataset.id)' by "
            + (allowed.isEmpty ? "nothing" : allowed.joined(separator: ", ")) + " (\(how))"
    }

    private static func missing(_ id: String, known: [String]) -> String {
        let list = known.isEmpty ? "there are no datasets in content/data/" : "the datasets are " + known.joined(separator: ", ")
        return "there is no dataset '\(id)' in content/data/ (\(list))" + Suggestion.didYouMean(id, among: known)
    }
}
