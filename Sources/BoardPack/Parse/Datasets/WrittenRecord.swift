import Yams

/// One dataset record's fields as the file writes them, each with where it stands. YAML, JSON and CSV
/// records all become this, so one validator serves the three formats.
struct WrittenRecord: Sendable {
    enum Value: Sendable {
        /// Trimmed of surrounding white space.
        case text(String)
        /// A list's entries; nil for an entry that is not a single value.
        case list([(text: String?, line: Int, column: Int)])
        /// Fields nested under the name: never a valid record value.
        case group
        /// Null or an empty cell: the same as leaving the field out, except where that would change
        /// a number without saying so (an empty count is not a count of 1).
        case empty
    }

    struct Field: Sendable {
        var name: String
        var value: Value
        var line: Int
        var column: Int
    }

    var path: String
    /// In the order written; an empty value (null, an empty cell) is `.empty`.
    var fields: [Field]
    /// Where the record starts, for problems with the record as a whole.
    var line: Int
    var column: Int

    var location: SourceLocation { SourceLocation(path: path, line: line, column: column) }

    func location(line: Int, column: Int) -> SourceLocation { SourceLocation(path: path, line: line, column: column) }
}

/// One entry of a dataset's list of records, as read.
enum WrittenEntry: Sendable {
    case record(WrittenRecord)
    /// An entry that is not a group of fields (a single value or a list), where it starts.
    case notFields(SourceLocation)

    /// A YAML or JSON entry composed by Yams.
    init(_ node: Node, context: YAMLContext) {
        if let record = WrittenRecord(node, context: context) {
            self = .record(record)
        } else {
            self = .notFields(context.location(of: node))
        }
    }
}

extension WrittenRecord {
    /// A YAML or JSON record; nil when the node is not a group of fields.
    init?(_ node: Node, context: YAMLContext) {
        guard case let .mapping(mapping) = node else { return nil }
        path = context.path
        (line, column) = Self.position(mapping.mark, context)
        fields = []
        fields.reserveCapacity(mapping.count)
        // By index: iterating a Yams mapping first copies every pair into a new array.
        for index in mapping.indices {
            let (key, value) = mapping[index]
            guard case let .scalar(name) = key, let field = Self.field(name.string, value, context) else { continue }
            fields.append(field)
        }
    }

    private static func position(_ mark: Mark?, _ context: YAMLContext) -> (Int, Int) {
        guard let mark else { return (context.firstLine, 1) }
        return (mark.line + context.firstLine - 1, mark.column)
    }

    private static func field(_ name: String, _ node: Node, _ context: YAMLContext) -> Field? {
        switch node {
        case let .scalar(scalar):
            let (line, column) = position(scalar.mark, context)
            // YAML has already trimmed plain values.
            if scalar.style == .plain, YAMLNull.isNull(plain: scalar.string) { return Field(name: name, value: .empty, line: line, column: column) }
            let text = scalar.style == .plain ? scalar.string : scalar.string.trimmedIfPadded
            return Field(name: name, value: .text(text), line: line, column: column)
        case let .sequence(sequence):
            let (line, column) = position(sequence.mark, context)
            let entries = sequence.map { entry in
                let (line, column) = position(entry.mark, context)
                return (Fields.scalarText(entry)?.trimmedIfPadded, line, column)
            }
            return Field(name: name, value: .list(entries), line: line, column: column)
        case .mapping, .alias:
            let (line, column) = position(node.mark, context)
            return Field(name: name, value: .group, line: line, column: column)
        }
    }

    /// A CSV row under its header. `tags` holds several values separated by ';'.
    init(row: CSVTable.Row, header: [String], path: String) {
        self.path = path
        line = row.line
        column = 1
        fields = []
        fields.reserveCapacity(header.count)
        for (name, cell) in zip(header, row.cells) {
            let text = cell.text.trimmedIfPadded
            let value: Value = text.isEmpty ? .empty : name == "tags" ? .list(Self.tags(in: cell)) : .text(text)
            fields.append(Field(name: name, value: value, line: cell.line, column: cell.column))
        }
    }

    /// Each tag located at its own column when the cell is not quoted; at the cell otherwise.
    private static func tags(in cell: CSVTable.Cell) -> [(text: String?, line: Int, column: Int)] {
        var tags: [(text: String?, line: Int, column: Int)] = []
        var offset = 0
        for piece in cell.text.split(separator: ";", omittingEmptySubsequences: false) {
            let leading = piece.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
            let column = cell.quoted ? cell.column : cell.column + offset + leading
            offset += piece.unicodeScalars.count + 1
            let tag = piece.trimmed
            if !tag.isEmpty { tags.append((tag, cell.line, column)) }
        }
        return tags
    }
}

extension String {
    /// `trimmed`, without its cost for the usual value that starts and ends with a visible ASCII character.
    var trimmedIfPadded: String {
        guard let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) else {
            return trimmed
        }
        return self
    }
}
