/// A CSV file read as RFC 4180 writes it: rows of cells separated by commas; a quoted cell may hold
/// commas, newlines and doubled quotes. Every cell keeps the line and column it starts at, so a
/// problem in a record is reported where the user can see it.
struct CSVTable: Sendable {
    struct Cell: Sendable, Hashable {
        var text: String
        var line: Int
        /// Counted in Unicode scalars, as Yams counts YAML columns.
        var column: Int
        var quoted: Bool
    }

    struct Row: Sendable, Hashable {
        var cells: [Cell]
        /// The line the row starts on; the header is line 1.
        var line: Int
    }

    /// Every row that is not blank, the header first.
    var rows: [Row]
    var diagnostics: [Diagnostic]

    static func parse(_ text: String, path: String) -> CSVTable {
        var copy = text
        return copy.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes, path: path)
            return scanner.table()
        }
    }
}

extension CSVTable {
    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Walks the bytes once, keeping the line and column of the current byte.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let path: String
        var offset = 0
        var line = 1
        var column = 1
        var diagnostics: [Diagnostic] = []

        init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
            self.bytes = bytes
            self.path = path
        }

        var atEnd: Bool { offset >= bytes.count }
        var current: UInt8 { bytes[offset] }

        /// Steps over one byte; columns count the first byte of each UTF-8 sequence only.
        mutating func advance() {
            if bytes[offset] == newline {
                line += 1
                column = 1
            } else if bytes[offset] & 0xC0 != 0x80 {
                column += 1
            }
            offset += 1
        }

        var atLineEnd: Bool {
            atEnd || current == newline
                || (current == carriageReturn && (offset + 1 == bytes.count || bytes[offset + 1] == newline))
        }

        mutating func table() -> CSVTable {
            var rows: [Row] = []
            while !atEnd {
                let row = self.row()
                let blank = row.cells.count == 1 && !row.cells[0].quoted && row.cells[0].text.trimmed.isEmpty
                if !blank { rows.append(row) }
            }
            return CSVTable(rows: rows, diagnostics: diagnostics)
        }

        mutating func row() -> Row {
            let start = line
            var cells: [Cell] = []
            while true {
                cells.append(cell())
                if !atEnd, current == comma {
                    advance()
                    continue
                }
                while !atEnd, current != newline { advance() }  // a carriage return
                if !atEnd { advance() }
                return Row(cells: cells, line: start)
            }
        }

        mutating func cell() -> Cell {
            let (startLine, startColumn) = (line, column)
            guard !atEnd, current == quote else {
                let from = offset
                while !atEnd, current != comma, !atLineEnd { advance() }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<offset]), as: UTF8.self)
                return Cell(text: text, line: startLine, column: startColumn, quoted: false)
            }
            advance()
            var text: [UInt8] = []
            while true {
                guard !atEnd else {
                    diagnostics.append(.error(
                        "this quoted value is never closed: a '\"' is missing (inside quotes, a quote is written twice: \"\")",
                        at: SourceLocation(path: path, line: startLine, column: startColumn)))
                    break
                }
                if current == quote {
                    advance()
                    guard !atEnd, current == quote else { break }
                }
                text.append(current)
                advance()
            }
            if !atEnd, current != comma, !atLineEnd {
                diagnostics.append(.error(
                    "a quoted value must be followed by ',' or the end of the line (put the whole value inside the quotes)",
                    at: SourceLocation(path: path, line: line, column: column)))
                while !atEnd, current != comma, !atLineEnd { advance() }
            }
            return Cell(text: String(decoding: text, as: UTF8.self), line: startLine, column: startColumn, quoted: true)
        }
    }
}
