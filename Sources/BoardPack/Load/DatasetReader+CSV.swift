/// CSV datasets: a header row naming the fields, then one record a row. CSV has no room for
/// metadata (`DatasetValidator` gives such a dataset its defaults).
extension DatasetReader {
    static let requiredColumns = ["id", "nation", "category"]
    /// Rows per piece of work handed to a thread: enough to outweigh the hand-over.
    static let rowsPerTask = 500

    static func loadCSV<Piece: Sendable>(
        _ file: SourceFile, jobs: Int, reading: @escaping @Sendable ([WrittenEntry]) -> Piece
    ) -> Loaded<Piece> {
        let table = CSVTable.parse(file.text, path: file.path)
        var loaded = Loaded<Piece>(header: .table, diagnostics: table.diagnostics)
        guard let headerRow = table.rows.first else {
            loaded.diagnostics.append(.error(
                "the CSV file is empty: its first line names the columns, such as id,date,nation,category",
                at: .start(of: file.path)))
            return loaded
        }
        let header = headerRow.cells.map(\.text.trimmed)
        let headerProblems = checkHeader(headerRow, names: header, path: file.path)
        guard headerProblems.isEmpty else {
            loaded.diagnostics += headerProblems
            return loaded
        }
        var rows: [CSVTable.Row] = []
        for row in table.rows.dropFirst() {
            if row.cells.count == header.count {
                rows.append(row)
            } else {
                loaded.diagnostics.append(.error(
                    "row has \(row.cells.count) columns but the header has \(header.count)",
                    at: SourceLocation(path: file.path, line: row.line, column: 1)))
            }
        }
        let path = file.path
        let slices = stride(from: 0, to: rows.count, by: rowsPerTask).map { rows[$0..<min($0 + rowsPerTask, rows.count)] }
        loaded.pieces = Parallel.map(slices, jobs: jobs) { slice in
            reading(slice.map { .record(WrittenRecord(row: $0, header: header, path: path)) })
        }
        return loaded
    }

    /// Column names must be given, once each, and include the fields every record needs.
    private static func checkHeader(_ row: CSVTable.Row, names: [String], path: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: Set<String> = []
        for (cell, name) in zip(row.cells, names) {
            let at = SourceLocation(path: path, line: cell.line, column: cell.column)
            if name.isEmpty {
                problems.append(.error("a column has no name: the first line names every column", at: at))
            } else if !seen.insert(name).inserted {
                problems.append(.error("the column '\(name)' is named twice in the header", at: at))
            }
        }
        let missing = requiredColumns.filter { !seen.contains($0) }
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }.joined(separator: missing.count == 2 ? " or " : ", ")
            problems.append(.error(
                "the header has no \(list) column\(missing.count > 1 ? "s" : ""): every record needs id, nation and category"
                    + Suggestion.didYouMean(missing[0], among: names.filter { !requiredColumns.contains($0) }),
                at: SourceLocation(path: path, line: row.line, column: 1)))
        }
        return problems
    }
}
