import CLibYAML

/// Where each entry of a dataset's top-level `incidents:` block list starts, found by libyaml's own
/// scanner: a line that merely looks like an entry inside a quoted or block value is not one, because
/// the scanner reads it as part of that value, exactly as the whole-file read does.
///
/// Only a layout whose pieces are certain to compose as the whole file does is accepted; for anything
/// else (anchors, aliases, tags, directives, several documents, a flow list, a scanner error) there is
/// no layout and the file is read whole, which reports every problem where it is.
struct IncidentListLayout {
    struct Position {
        /// Byte offset of the start of the line.
        var offset: Int
        /// File line, from 1.
        var line: Int
    }

    /// The first entry.
    var first: Position?
    /// The start of the first line after the list, or the end of the file.
    var end: Position

    /// `onEntry` is told where each entry starts, as the scanner reaches it.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, onEntry: (Position) -> Void) {
        guard let base = bytes.baseAddress else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, base, bytes.count)
        var offsets = CharacterOffsets(bytes, base: base)
        var walk = Walk()
        var lastLine = 0
        while true {
            var token = yaml_token_t()
            guard yaml_parser_scan(&parser, &token) == 1 else { return nil }
            defer { yaml_token_delete(&token) }
            let mark = token.start_mark
            lastLine = Int(token.end_mark.line)
            switch walk.step(token) {
            case .refuse: return nil
            case .done:
                guard walk.starts > 0, let after = walk.end else { return nil }
                let offset = after.map { offsets.byte(at: Int($0.index)) } ?? bytes.count
                if offset >= bytes.count {
                    end = Position(offset: bytes.count, line: lastLine + 1)
                } else {
                    guard let lineStart = Self.lineStart(offset, in: bytes), let after else { return nil }
                    end = Position(offset: lineStart, line: Int(after.line) + 1)
                }
                return
            case .entry:
                guard let offset = Self.lineStart(offsets.byte(at: Int(mark.index)), in: bytes) else { return nil }
                let start = Position(offset: offset, line: Int(mark.line) + 1)
                if first == nil { first = start }
                onEntry(start)
            case .next: break
            }
        }
    }

    /// The start of the line holding `offset`, when only spaces stand before it on that line.
    private static func lineStart(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = offset
        while index > 0 {
            switch bytes[index - 1] {
            case UInt8(ascii: " "): index -= 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return index
            default: return nil
            }
        }
        return index
    }
}

/// The walk over the scanner's tokens: it finds the root mapping's `incidents` key, then the entries of
/// its block list, and reads on to the end of the file so that a scanner error anywhere is noticed.
private struct Walk {
    enum Step { case next, entry, refuse, done }

    private enum Phase { case document, beforeList, value, list, afterList }

    private var phase = Phase.document
    private var depth = 0
    /// The depth at which the list's entries stand; 0 until the list's first token.
    private var listDepth = 0
    /// The previous token was a key of the root mapping.
    private var atRootKey = false
    var starts = 0
    /// The mark of the first token after the list, or nil for the end of the file; unset while in it.
    private(set) var end: yaml_mark_t??

    /// The tokens that make up most of a record, and never matter below the root mapping.
    private static func isInner(_ type: yaml_token_type_t) -> Bool {
        switch type {
        case YAML_SCALAR_TOKEN, YAML_KEY_TOKEN, YAML_VALUE_TOKEN, YAML_FLOW_ENTRY_TOKEN: true
        default: false
        }
    }

    mutating func step(_ token: yaml_token_t) -> Step {
        let type = token.type
        // The quick way past a record's own fields: millions of tokens in a large file.
        if depth > 1, !atRootKey, Self.isInner(type) { return .next }
        switch type {
        case YAML_STREAM_START_TOKEN: return .next
        case YAML_STREAM_END_TOKEN:
            if phase == .list { end = .some(nil) }
            return phase == .list || phase == .afterList ? .done : .refuse
        case YAML_DOCUMENT_START_TOKEN:
            return phase == .document ? .next : .refuse
        case YAML_VERSION_DIRECTIVE_TOKEN, YAML_TAG_DIRECTIVE_TOKEN, YAML_DOCUMENT_END_TOKEN,
            YAML_ANCHOR_TOKEN, YAML_ALIAS_TOKEN, YAML_TAG_TOKEN:
            // A piece composed alone could not see an anchor, a tag's prefix or a second document.
            return .refuse
        default: break
        }
        let opens = type == YAML_BLOCK_SEQUENCE_START_TOKEN || type == YAML_BLOCK_MAPPING_START_TOKEN
            || type == YAML_FLOW_SEQUENCE_START_TOKEN || type == YAML_FLOW_MAPPING_START_TOKEN
        let closes = type == YAML_BLOCK_END_TOKEN || type == YAML_FLOW_SEQUENCE_END_TOKEN
            || type == YAML_FLOW_MAPPING_END_TOKEN
        if atRootKey {
            atRootKey = false
            if Self.isIncidents(token) {
                // A second `incidents` key is for the whole read to report.
                guard phase == .beforeList else { return .refuse }
                phase = .value
                return .next
            }
        }
        switch phase {
        case .document:
            guard type == YAML_BLOCK_MAPPING_START_TOKEN else { return .refuse }
            phase = .beforeList
        case .value:
            guard type == YAML_VALUE_TOKEN else { return .refuse }
            phase = .list
            return .next
        case .list:
            if listDepth == 0 {
                // A block list, or entries at the mapping's own indentation (`incidents:` then `- id:` at the margin).
                if type == YAML_BLOCK_SEQUENCE_START_TOKEN {
                    depth += 1
                    listDepth = depth
                    return .next
                }
                guard type == YAML_BLOCK_ENTRY_TOKEN else { return .refuse }
                listDepth = depth
            }
            if depth == listDepth {
                if type == YAML_BLOCK_ENTRY_TOKEN {
                    starts += 1
                    return .entry
                }
                if closes || (type == YAML_KEY_TOKEN && listDepth == 1) {
                    end = .some(token.start_mark)
                    phase = .afterList
                }
            }
        case .beforeList, .afterList: break
        }
        if depth == 1, type == YAML_KEY_TOKEN { atRootKey = true }
        if opens { depth += 1 }
        if closes { depth -= 1 }
        return .next
    }

    private static func isIncidents(_ token: yaml_token_t) -> Bool {
        guard token.type == YAML_SCALAR_TOKEN, let value = token.data.scalar.value else { return false }
        let name = Array("incidents".utf8)
        guard token.data.scalar.length == name.count else { return false }
        return (0..<name.count).allSatisfy { value[$0] == name[$0] }
    }
}

/// libyaml counts its marks in characters; the pieces are cut in bytes. Marks only move forwards, so
/// one walk over the text converts them all.
private struct CharacterOffsets {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    private var character = 0
    private var byte: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>) {
        self.base = base
        count = bytes.count
        // libyaml skips a byte-order mark without counting it.
        byte = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    mutating func byte(at index: Int) -> Int {
        // Each byte that is not a UTF-8 continuation byte starts a character.
        while character < index, byte < count {
            byte += 1
            while byte < count, base[byte] & 0xC0 == 0x80 { byte += 1 }
            character += 1
        }
        return byte
    }
}
