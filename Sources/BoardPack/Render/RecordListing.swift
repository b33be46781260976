/// Every record of a dataset, for members' builds only (`--audience members`): records can name
/// private people, so public builds never write this.
public enum RecordListing {
    static let columns = ["id", "date", "nation", "category", "severity", "count", "tags"]

    public static func csv(_ dataset: IncidentDataset) -> String {
        let extras = Set(dataset.records.flatMap(\.extra.keys)).sorted()
        var lines = [(columns + extras).map(DatasetDownload.csvField).joined(separator: ",")]
        for record in dataset.records {
            let values = columns.map { record.values(of: $0).joined(separator: ";") } + extras.map { record.extra[$0] ?? "" }
            lines.append(values.map(DatasetDownload.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
