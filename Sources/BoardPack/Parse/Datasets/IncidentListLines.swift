import CLibYAML

/// Where each entry of a dataset's top-level `incidents:` block list starts, found from the lines
/// alone, in a fiftieth of the instructions of libyaml's scanner (`IncidentListLayout`), with which a
/// large file would otherwise be read twice, once to cut it and once per piece.
///
/// Only the usual layout is accepted: a line `incidents:` at the margin, which libyaml's scanner must
/// find to be a key of the root block mapping with nothing left open (the text before the list is
/// short), then entries `- ` all at one indentation, their other lines indented further, and the list
/// ended by a line at the margin. Anything else (a tab or a line between the margin and the entries'
/// indentation) gives no layout, and the scanner finds one.
///
/// A line that merely looks like an entry inside a quoted value or a flow list is taken for one, but
/// then the piece it ends does not read on its own (the quote or bracket is left open), or its piece
/// holds fewer entries than were counted in it; either sends the file to the whole read. Block and
/// plain values cannot hold such a line: their lines are indented further than their field.
struct IncidentListLines {
    /// The start of each entry's line, in order.
    var entries: [IncidentListLayout.Position] = []
    /// The start of the first line after the list, or the end of the file.
    var end: IncidentListLayout.Position

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var lines = Lines(bytes)
        // The first `incidents:` line at the margin.
        var key: IncidentListLayout.Position?
        while let line = lines.next() {
            if Self.isIncidentsKey(bytes, line.offset, line.contentEnd) {
                key = IncidentListLayout.Position(offset: line.offset, line: line.number)
                break
            }
        }
        guard let key else { return nil }
        // The list's indentation, from its first entry; comments and blank lines may come before it.
        var indent = -1
        var ended: IncidentListLayout.Position?
        while let line = lines.next() {
            guard let (column, first) = Self.firstVisible(bytes, line) else { continue }
            if first == UInt8(ascii: "#") { continue }
            if indent < 0 {
                guard Self.isEntry(bytes, line, column: column) else { return nil }
                indent = column
                // The text before the list must leave the root mapping at `incidents:`'s value.
                guard Self.keyIsRootKey(bytes, before: line.offset, keyLine: key.line) else { return nil }
                entries.append(IncidentListLayout.Position(offset: line.offset, line: line.number))
                continue
            }
            if column == indent, Self.isEntry(bytes, line, column: column) {
                entries.append(IncidentListLayout.Position(offset: line.offset, line: line.number))
            } else if column == 0 {
                ended = IncidentListLayout.Position(offset: line.offset, line: line.number)
                break
            } else if column < indent {
                return nil
            }
        }
        guard !entries.isEmpty else { return nil }
        end = ended ?? IncidentListLayout.Position(offset: bytes.count, line: lines.number)
    }

    /// One line of the text: where it starts, where its content ends (before the break), its number.
    private struct Line {
        var offset: Int
        var contentEnd: Int
        var number: Int
    }

    /// The lines as libyaml counts them: a line ends at "\n", "\r\n" or "\r".
    private struct Lines {
        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int
        /// The number of the next line.
        var number = 1
        /// Whether any line ends in "\r": else memchr finds each "\n".
        private let returns: Bool

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            // libyaml skips a byte-order mark.
            position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            returns = ByteText.firstIndex(of: 0x0D, in: bytes) != nil
        }

        mutating func next() -> Line? {
            guard position < bytes.count else { return nil }
            let start = position
            var index = start
            if returns {
                while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            } else {
                index = ByteText.firstIndex(of: 0x0A, in: bytes, from: start) ?? bytes.count
            }
            let contentEnd = index
            if index < bytes.count {
                index += bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            }
            position = index
            defer { number += 1 }
            return Line(offset: start, contentEnd: contentEnd, number: number)
        }
    }

    /// The column and byte of a line's first character other than a space; nil for a line of spaces.
    /// A tab there is returned as it is, and refused by the caller as neither an entry nor a comment
    /// nor content: it is at column 0 or between.
    private static func firstVisible(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> (Int, UInt8)? {
        var index = line.offset
        while index < line.contentEnd, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < line.contentEnd else { return nil }
        let first = bytes[index]
        // A tab before the content: libyaml's rules for it are not worth following here.
        if first == UInt8(ascii: "\t") { return (-1, first) }
        return (index - line.offset, first)
    }

    /// `- ` (or `-` then a tab or the end of the line) at `column`.
    private static func isEntry(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line, column: Int) -> Bool {
        let dash = line.offset + column
        guard column >= 0, bytes[dash] == UInt8(ascii: "-") else { return false }
        return dash + 1 == line.contentEnd || bytes[dash + 1] == UInt8(ascii: " ") || bytes[dash + 1] == UInt8(ascii: "\t")
    }

    /// `incidents:` at the margin, then only spaces, or spaces and a comment.
    private static func isIncidentsKey(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let key = "incidents:".utf8
        guard end - start >= key.count else { return false }
        for (offset, byte) in key.enumerated() where bytes[start + offset] != byte { return false }
        var index = start + key.count
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index == end || (index > start + key.count && bytes[index] == UInt8(ascii: "#"))
    }

    /// Whether libyaml's scanner, reading the text before the list, ends at the value of a key
    /// `incidents` of the root block mapping, on `keyLine` at the margin, with nothing open: no flow
    /// collection, no quote, no second document. Anchors, aliases, tags and directives are refused,
    /// as `IncidentListLayout` refuses them, so that a piece never needs what the header defines.
    private static func keyIsRootKey(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, keyLine: Int) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return false }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, base, end)
        var depth = 0, documents = 0
        // 1: a root key was read; 2: it was `incidents` on `keyLine` at the margin; 3: then its ':'.
        var state = 0
        while true {
            var token = yaml_token_t()
            guard yaml_parser_scan(&parser, &token) == 1 else { return false }
            defer { yaml_token_delete(&token) }
            let type = token.type
            switch type {
            case YAML_STREAM_START_TOKEN: continue
            case YAML_STREAM_END_TOKEN: return state == 3 && depth == 0
            case YAML_DOCUMENT_START_TOKEN:
                documents += 1
                guard documents == 1, depth == 0, state == 0 else { return false }
                continue
            case YAML_VERSION_DIRECTIVE_TOKEN, YAML_TAG_DIRECTIVE_TOKEN, YAML_DOCUMENT_END_TOKEN,
                YAML_ANCHOR_TOKEN, YAML_ALIAS_TOKEN, YAML_TAG_TOKEN:
                return false
            case YAML_BLOCK_MAPPING_START_TOKEN where depth == 0:
                guard state == 0 else { return false }
                depth = 1
                continue
            case YAML_BLOCK_END_TOKEN where depth == 1:
                // The root mapping closed at the end of the text: only after `incidents:`.
                guard state == 3 else { return false }
                depth = 0
                continue
            default: break
            }
            guard depth >= 1 else { return false }
            switch (state, type) {
            case (3, _): return false  // `incidents:` had a value on its own line
            case (1, YAML_SCALAR_TOKEN):
                let mark = token.start_mark
                state = Int(mark.line) + 1 == keyLine && mark.column == 0 && isIncidents(token) ? 2 : 0
            case (2, YAML_VALUE_TOKEN): state = 3
            default: state = depth == 1 && type == YAML_KEY_TOKEN ? 1 : 0
            }
            switch type {
            case YAML_BLOCK_SEQUENCE_START_TOKEN, YAML_BLOCK_MAPPING_START_TOKEN, YAML_FLOW_SEQUENCE_START_TOKEN,
                YAML_FLOW_MAPPING_START_TOKEN:
                depth += 1
            case YAML_BLOCK_END_TOKEN, YAML_FLOW_SEQUENCE_END_TOKEN, YAML_FLOW_MAPPING_END_TOKEN:
                depth -= 1
            default: break
            }
        }
    }

    private static func isIncidents(_ token: yaml_token_t) -> Bool {
        guard token.type == YAML_SCALAR_TOKEN, token.data.scalar.style == YAML_PLAIN_SCALAR_STYLE,
            let value = token.data.scalar.value
        else { return false }
        let name = Array("incidents".utf8)
        guard token.data.scalar.length == name.count else { return false }
        return (0..<name.count).allSatisfy { value[$0] == name[$0] }
    }
}
