import Yams

/// The file formats a dataset may be written in, named by the file's extension.
public enum DatasetFormat: String, Sendable {
    case yaml, csv, json
}

/// Reads one dataset file: its header and records as written, each value with where it stands, and
/// the problems of reading it (YAML that is not valid, a CSV row of the wrong length). Nothing here
/// judges a value: `DatasetValidator` does, and builds the `IncidentDataset`.
///
/// The records are handed to `reading` piece by piece, on other threads for a large file, so that the
/// caller can check each piece while the rest of the file is still being read and no piece's records
/// are kept longer than that.
enum DatasetReader {
    /// What a file holds, read but not judged.
    struct Loaded<Piece: Sendable> {
        enum Header {
            /// A YAML or JSON root read whole by Yams, its `incidents` list still in it; nil for an empty file.
            case whole(Node?, YAMLContext)
            /// The YAML root read with its list left out, each field on its true line; the list's
            /// records are in `pieces`.
            case cut(Node.Mapping, YAMLContext)
            /// A CSV file, which has no room for header fields.
            case table
            /// Nothing could be read: the diagnostics say why.
            case unreadable
        }

        var header: Header
        /// The records, in file order.
        var pieces: [Piece] = []
        var diagnostics: [Diagnostic] = []
    }

    static func load<Piece: Sendable>(
        _ file: SourceFile, format: DatasetFormat, jobs: Int, reading: @escaping @Sendable ([WrittenEntry]) -> Piece
    ) -> Loaded<Piece> {
        switch format {
        case .yaml, .json: loadYAML(file, format: format, jobs: jobs, reading: reading)
        case .csv: loadCSV(file, jobs: jobs, reading: reading)
        }
    }
}
