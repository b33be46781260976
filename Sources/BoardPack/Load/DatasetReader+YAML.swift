import Yams

/// YAML and JSON datasets (JSON is YAML's flow style, so Yams reads both and gives every value its
/// line and column).
extension DatasetReader {
    /// Files with fewer records are composed whole: cutting them up would gain little.
    static let minimumRecordsToCut = 2_000
    /// Measured on 100,000 records: pieces of a few hundred records compose quickest.
    static let recordsPerChunk = 250

    /// The thresholds are parameters so that tests can cut small files as large ones are cut.
    static func readYAML(
        _ file: SourceFile, format: DatasetFormat, validator: IncidentRecordValidator, jobs: Int,
        recordsPerChunk: Int = recordsPerChunk, minimumRecordsToCut: Int = minimumRecordsToCut
    ) -> Contents {
        if format == .yaml,
            let chunks = IncidentChunks.split(file.text, recordsPerChunk: recordsPerChunk, minimumRecords: minimumRecordsToCut),
            let contents = readChunks(chunks, path: file.path, validator: validator, jobs: jobs)
        {
            return contents
        }
        return readWhole(file, validator: validator)
    }

    static func readWhole(_ file: SourceFile, validator: IncidentRecordValidator) -> Contents {
        let context = YAMLContext(path: file.path)
        let root: Node?
        switch YAMLSource.compose(file.text, context: context) {
        case let .success(node): root = node
        case let .failure(problem): return Contents(metadata: nil, diagnostics: [problem])
        }
        var diagnostics: [Diagnostic] = []
        guard var fields = Fields.mapping(root, context: context, owner: "the dataset", diagnostics: &diagnostics) else {
            return Contents(metadata: nil, diagnostics: diagnostics)
        }
        let metadata = DatasetValidator.metadata(&fields)
        let entries = DatasetValidator.incidents(&fields) ?? []
        let outcomes = entries.map { validator.validate($0, context: context) }
        return Contents(metadata: metadata, outcomes: [outcomes], diagnostics: diagnostics + fields.diagnostics)
    }

    /// Composes and validates the pieces in parallel; nil when any piece does not compose on its own,
    /// so that the file is read whole and its problem reported as a whole read would.
    static func readChunks(
        _ chunks: IncidentChunks, path: String, validator: IncidentRecordValidator, jobs: Int
    ) -> Contents? {
        let context = YAMLContext(path: path)
        guard case let .success(root) = YAMLSource.compose(chunks.metadata, context: context), let root,
            case let .mapping(mapping) = root
        else { return nil }
        var fields = Fields(mapping, context: context, owner: "the dataset")
        let metadata = DatasetValidator.metadata(&fields)
        let pieces = Parallel.map(chunks.chunks, jobs: jobs) { chunk -> [IncidentRecordValidator.Outcome]? in
            let context = YAMLContext(path: path, firstLine: chunk.firstLine)
            guard case let .success(node) = YAMLSource.compose(chunk.text, context: context),
                case let .sequence(entries) = node, entries.count == chunk.records
            else { return nil }
            return entries.map { validator.validate($0, context: context) }
        }
        var outcomes: [[IncidentRecordValidator.Outcome]] = []
        outcomes.reserveCapacity(pieces.count)
        for piece in pieces {
            guard let piece else { return nil }
            outcomes.append(piece)
        }
        return Contents(metadata: metadata, outcomes: outcomes, diagnostics: fields.diagnostics)
    }
}
