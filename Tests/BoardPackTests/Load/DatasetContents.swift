@testable import BoardPack

/// The ways a YAML dataset can be read, each validated as `DatasetValidator.dataset` validates it, so
/// that tests can compare them.
extension DatasetValidator.Contents {
    /// Composed whole by Yams: the reference every other read must match.
    static func whole(_ file: SourceFile, validator: IncidentRecordValidator) -> Self {
        Self(DatasetReader.loadWhole(file), id: "", validator: validator)
    }

    /// As a build reads it, with thresholds so that small files are cut as large ones are.
    static func yaml(
        _ file: SourceFile, validator: IncidentRecordValidator, jobs: Int, recordsPerChunk: Int, minimumRecordsToCut: Int
    ) -> Self {
        let loaded = DatasetReader.loadYAML(
            file, format: .yaml, jobs: jobs, recordsPerChunk: recordsPerChunk, minimumRecordsToCut: minimumRecordsToCut,
            reading: validator.validate)
        return Self(loaded, id: "", validator: validator)
    }

    /// The pieces read by libyaml's events; nil when any piece does not read on its own.
    static func chunks(_ chunks: IncidentChunks, path: String, validator: IncidentRecordValidator, jobs: Int) -> Self? {
        DatasetReader.loadChunks(chunks, path: path, jobs: jobs, reading: validator.validate).map {
            Self($0, id: "", validator: validator)
        }
    }
}
