/// YAML and JSON datasets (JSON is YAML's flow style, so Yams reads both and gives every value its
/// line and column).
///
/// The usual layout (a root mapping whose `incidents:` is a block list) is cut at its records
/// (`IncidentChunks`): the header is composed by Yams with the list left out, and the list's pieces
/// are read by libyaml's event API (`IncidentListEvents`), on several threads for a large file. The
/// file is first cut where its lines put the entries (`IncidentListLines`, without scanning the file
/// twice), and when a piece of that does not read, again where libyaml's scanner puts them. Any other
/// layout, and any piece that does not read on its own, sends the file to Yams whole, which reports
/// every problem where it is.
extension DatasetReader {
    /// Files with fewer records are read as one piece: cutting them up would gain little.
    static let minimumRecordsToCut = 2_000
    /// Measured on 100,000 records: pieces of a few hundred records read quickest.
    static let recordsPerChunk = 250

    /// The thresholds are parameters so that tests can cut small files as large ones are cut.
    static func loadYAML<Piece: Sendable>(
        _ file: SourceFile, format: DatasetFormat, jobs: Int,
        recordsPerChunk: Int = recordsPerChunk, minimumRecordsToCut: Int = minimumRecordsToCut,
        reading: @escaping @Sendable ([WrittenEntry]) -> Piece
    ) -> Loaded<Piece> {
        guard format == .yaml else { return loadWhole(file) }
        // Cut where the whole read would see the lines, so that both read the same records.
        let text = YAMLSource.singleBreaks(file.text)
        // First where the lines alone put the entries (quick, but a line inside a quoted value may be
        // taken for an entry, and then a piece does not read); then where libyaml's scanner puts them.
        for byLines in [true, false] {
            let composer = PieceComposer(path: file.path, jobs: jobs, reading: reading)
            let chunks = IncidentChunks.split(
                text, recordsPerChunk: recordsPerChunk, minimumRecords: minimumRecordsToCut, byLines: byLines,
                keepingText: false, onChunk: composer.start)
            let pieces = composer.finish()
            if let chunks, let pieces, let loaded = loadChunks(chunks, path: file.path, read: pieces) { return loaded }
            // Cut by the scanner already, or not cut at all: the scanner would cut it no better.
            guard chunks?.cutByLines == true else { break }
        }
        return loadWhole(file)
    }

    /// The file composed whole by Yams.
    static func loadWhole<Piece: Sendable>(_ file: SourceFile) -> Loaded<Piece> {
        let context = YAMLContext(path: file.path)
        switch YAMLSource.compose(file.text, context: context) {
        case let .success(root): return Loaded(header: .whole(root, context))
        case let .failure(problem): return Loaded(header: .unreadable, diagnostics: [problem])
        }
    }

    /// Reads the pieces in parallel; nil when any piece does not read on its own, so that the file is
    /// read whole and its problem reported as a whole read would.
    static func loadChunks<Piece: Sendable>(
        _ chunks: IncidentChunks, path: String, jobs: Int, reading: @escaping @Sendable ([WrittenEntry]) -> Piece
    ) -> Loaded<Piece>? {
        let composer = PieceComposer(path: path, jobs: jobs, reading: reading)
        chunks.chunks.forEach(composer.start)
        return composer.finish().flatMap { loadChunks(chunks, path: path, read: $0) }
    }

    /// The header, composed from the file with the list left out, and the pieces; nil when the header
    /// does not compose on its own.
    private static func loadChunks<Piece: Sendable>(_ chunks: IncidentChunks, path: String, read pieces: [Piece]) -> Loaded<Piece>? {
        let context = YAMLContext(path: path)
        guard case let .success(root) = YAMLSource.compose(chunks.metadata, context: context), let root,
            case let .mapping(mapping) = root
        else { return nil }
        return Loaded(header: .cut(mapping, context), pieces: pieces)
    }
}
