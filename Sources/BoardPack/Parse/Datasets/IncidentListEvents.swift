import CLibYAML

/// Reads a piece of a dataset's `incidents:` list (one `IncidentChunks.Chunk`) with libyaml's event
/// API, making each entry's `WrittenRecord` as the events arrive: no node tree is built, which was
/// most of the time a large dataset took.
///
/// It gives exactly the entries Yams's compose and `WrittenEntry(_:context:)` give, or nil, so that
/// the file is then read whole by Yams and every problem reported as it always was. nil for: any
/// libyaml error (it would be the whole read's message), a root that is not a list, another document,
/// an anchor, an alias or a tag (the pieces' layout refuses them already), a key that is not a single
/// value, and a key given twice in any mapping (Yams's duplicate-key error). The last two are checked
/// more strictly than Yams compares keys: a stricter check only sends a file to the whole read.
enum IncidentListEvents {
    /// `firstLine` is the file line of the text's first line. The text must already have had
    /// `YAMLSource.singleBreaks` applied, as the pieces have.
    static func read(_ text: String, path: String, firstLine: Int) -> [WrittenEntry]? {
        var copy = text
        return copy.withUTF8 { bytes -> [WrittenEntry]? in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
            let events = YAMLEventStream(base, count: bytes.count)
            var reader = Reader(events: events, path: path, firstLine: firstLine)
            return reader.document()
        }
    }
}

private struct Reader {
    let events: YAMLEventStream
    let path: String
    let firstLine: Int

    init(events: YAMLEventStream, path: String, firstLine: Int) {
        self.events = events
        self.path = path
        self.firstLine = firstLine
    }

    /// The file position of the current event's start, as `YAMLContext.location` gives it.
    private var position: (line: Int, column: Int) {
        let mark = events.event.pointee.start_mark
        return (Int(mark.line) + firstLine, Int(mark.column) + 1)
    }

    /// The stream holding one list; nil unless Yams would compose it to the same list.
    mutating func document() -> [WrittenEntry]? {
        guard events.next() == YAML_STREAM_START_EVENT, events.next() == YAML_DOCUMENT_START_EVENT,
            events.next() == YAML_SEQUENCE_START_EVENT, isPlainNode
        else { return nil }
        var entries: [WrittenEntry] = []
        while true {
            guard let type = events.next() else { return nil }
            if type == YAML_SEQUENCE_END_EVENT { break }
            guard let entry = entry(type) else { return nil }
            entries.append(entry)
        }
        // Read to the end, as Yams does: a problem after the list, or a second document, is the whole read's.
        guard events.next() == YAML_DOCUMENT_END_EVENT, events.next() == YAML_STREAM_END_EVENT else { return nil }
        return entries
    }

    /// Without an anchor or a tag: both are refused, so that no alias or tag needs resolving.
    private var isPlainNode: Bool {
        let event = events.event
        switch event.pointee.type {
        case YAML_SCALAR_EVENT: return event.pointee.data.scalar.anchor == nil && event.pointee.data.scalar.tag == nil
        case YAML_SEQUENCE_START_EVENT:
            return event.pointee.data.sequence_start.anchor == nil && event.pointee.data.sequence_start.tag == nil
        case YAML_MAPPING_START_EVENT:
            return event.pointee.data.mapping_start.anchor == nil && event.pointee.data.mapping_start.tag == nil
        default: return false
        }
    }

    /// The current scalar event's value.
    private var scalarText: String {
        let scalar = events.event.pointee.data.scalar
        guard let value = scalar.value else { return "" }
        return String(decoding: UnsafeBufferPointer(start: value, count: scalar.length), as: UTF8.self)
    }

    private var isPlainScalar: Bool { events.event.pointee.data.scalar.style == YAML_PLAIN_SCALAR_STYLE }

    /// One entry of the list, its first event being current.
    private mutating func entry(_ type: yaml_event_type_t) -> WrittenEntry? {
        guard isPlainNode else { return nil }
        let (line, column) = position
        switch type {
        case YAML_MAPPING_START_EVENT:
            return record(line: line, column: column).map(WrittenEntry.record)
        case YAML_SEQUENCE_START_EVENT:
            guard skipCollection(ending: YAML_SEQUENCE_END_EVENT) else { return nil }
        case YAML_SCALAR_EVENT: break
        default: return nil
        }
        return .notFields(SourceLocation(path: path, line: line, column: column))
    }

    /// A record's fields, as `WrittenRecord(_:context:)` reads them from a mapping node.
    private mutating func record(line: Int, column: Int) -> WrittenRecord? {
        var fields: [WrittenRecord.Field] = []
        fields.reserveCapacity(12)
        // The names so far, once there are too many to compare one by one.
        var names: Set<String> = []
        while true {
            guard let type = events.next() else { return nil }
            if type == YAML_MAPPING_END_EVENT { break }
            guard type == YAML_SCALAR_EVENT, isPlainNode else { return nil }
            let name = scalarText
            let repeated: Bool
            if fields.count < 16 {
                // The lengths first: names of other lengths are never compared as text.
                let length = name.utf8.count
                repeated = fields.contains { $0.name.utf8.count == length && $0.name == name }
            } else {
                if names.isEmpty { names = Set(fields.map(\.name)) }
                repeated = !names.insert(name).inserted
            }
            guard !repeated, let field = field(name) else { return nil }
            fields.append(field)
        }
        return WrittenRecord(path: path, fields: fields, line: line, column: column)
    }

    /// The value of the field `name`, its event about to be read.
    private mutating func field(_ name: String) -> WrittenRecord.Field? {
        guard let type = events.next(), isPlainNode else { return nil }
        let (line, column) = position
        let value: WrittenRecord.Value
        switch type {
        case YAML_SCALAR_EVENT:
            let text = scalarText
            if isPlainScalar {
                // YAML has already trimmed plain values.
                value = YAMLNull.isNull(plain: text) ? .empty : .text(text)
            } else {
                value = .text(text.trimmedIfPadded)
            }
        case YAML_SEQUENCE_START_EVENT:
            guard let entries = listEntries() else { return nil }
            value = .list(entries)
        case YAML_MAPPING_START_EVENT:
            guard skipCollection(ending: YAML_MAPPING_END_EVENT) else { return nil }
            value = .group
        default: return nil
        }
        return WrittenRecord.Field(name: name, value: value, line: line, column: column)
    }

    /// A list value's entries: each single value's text, nil for a list or a group.
    private mutating func listEntries() -> [(text: String?, line: Int, column: Int)]? {
        var entries: [(text: String?, line: Int, column: Int)] = []
        while true {
            guard let type = events.next() else { return nil }
            if type == YAML_SEQUENCE_END_EVENT { return entries }
            guard isPlainNode else { return nil }
            let (line, column) = position
            switch type {
            case YAML_SCALAR_EVENT: entries.append((scalarText.trimmedIfPadded, line, column))
            case YAML_SEQUENCE_START_EVENT:
                guard skipCollection(ending: YAML_SEQUENCE_END_EVENT) else { return nil }
                entries.append((nil, line, column))
            case YAML_MAPPING_START_EVENT:
                guard skipCollection(ending: YAML_MAPPING_END_EVENT) else { return nil }
                entries.append((nil, line, column))
            default: return nil
            }
        }
    }

    /// Reads past a list or group whose start is current, checking its mappings' keys as Yams would;
    /// false when it must be read by Yams.
    private mutating func skipCollection(ending end: yaml_event_type_t) -> Bool {
        let isMapping = end == YAML_MAPPING_END_EVENT
        var keys: Set<String> = []
        var atKey = true
        while true {
            guard let type = events.next() else { return false }
            if type == end { return true }
            guard isPlainNode else { return false }
            if isMapping, atKey {
                atKey = false
                guard type == YAML_SCALAR_EVENT, keys.insert(scalarText).inserted else { return false }
                continue
            }
            atKey = true
            switch type {
            case YAML_SCALAR_EVENT: continue
            case YAML_SEQUENCE_START_EVENT: guard skipCollection(ending: YAML_SEQUENCE_END_EVENT) else { return false }
            case YAML_MAPPING_START_EVENT: guard skipCollection(ending: YAML_MAPPING_END_EVENT) else { return false }
            default: return false
            }
        }
    }
}
