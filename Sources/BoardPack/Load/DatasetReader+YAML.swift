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
        if format == .yaml {
            let composer = PieceComposer(path: file.path, validator: validator, jobs: jobs)
            // Cut where the whole read would see the lines, so that both read the same records.
            let chunks = IncidentChunks.split(
                YAMLSource.singleBreaks(file.text), recordsPerChunk: recordsPerChunk, minimumRecords: minimumRecordsToCut, onChunk: composer.start)
            let pieces = composer.finish()
            if let chunks, let pieces, let contents = readChunks(chunks, path: file.path, composed: pieces) { return contents }
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
        let composer = PieceComposer(path: path, validator: validator, jobs: jobs)
        chunks.chunks.forEach(composer.start)
        return composer.finish().flatMap { readChunks(chunks, path: path, composed: $0) }
    }

    /// The metadata, read from the file with the list left out, and the pieces' outcomes; nil when
    /// the metadata does not compose on its own.
    static func readChunks(
        _ chunks: IncidentChunks, path: String, composed pieces: [[IncidentRecordValidator.Outcome]]
    ) -> Contents? {
        let context = YAMLContext(path: path)
        guard case let .success(root) = YAMLSource.compose(chunks.metadata, context: context), let root,
            case let .mapping(mapping) = root
        else { return nil }
        var fields = Fields(mapping, context: context, owner: "the dataset")
        let metadata = DatasetValidator.metadata(&fields)
        return Contents(metadata: metadata, outcomes: pieces, diagnostics: fields.diagnostics)
    }
}
