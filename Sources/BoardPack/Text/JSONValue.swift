/// JSON as boardpack writes it (search.json, the datasets' downloads, diagnostics): keys in the
/// order given and the line breaks each file has always had, so that outputs stay byte for byte
/// the same and a change to one paper or row is one line of diff. `JSONEncoder` can give neither.
indirect enum JSONValue {
    case string(String)
    case integer(Int)
    case array([JSONValue], JSONLayout = .inline)
    case object([(key: String, value: JSONValue)], JSONLayout = .inline)

    /// Where a container breaks its lines.
    enum JSONLayout {
        /// `[1,2]`, `{"a":1,"b":2}`
        case inline
        /// A line per entry, the brackets on the first and last: `{"a":1,\n"b":2}`
        case linePerEntry
        /// The brackets on lines of their own, even when empty: `[\n1,\n2\n]`
        case block
    }

    var text: String {
        var out = ""
        write(into: &out)
        return out
    }

    func write(into out: inout String) {
        switch self {
        case let .string(text): JSONText.append(quoted: text, to: &out)
        case let .integer(number): out += String(number)
        case let .array(values, layout):
            Self.container("[", "]", values, layout, into: &out) { value, out in value.write(into: &out) }
        case let .object(fields, layout):
            Self.container("{", "}", fields, layout, into: &out) { field, out in
                JSONText.append(quoted: field.key, to: &out)
                out += ":"
                field.value.write(into: &out)
            }
        }
    }

    private static func container<Entry>(
        _ open: String, _ close: String, _ entries: [Entry], _ layout: JSONLayout, into out: inout String,
        _ write: (Entry, inout String) -> Void
    ) {
        out += open
        if layout == .block { out += "\n" }
        for (index, entry) in entries.enumerated() {
            if index > 0 { out += layout == .inline ? "," : ",\n" }
            write(entry, &out)
        }
        if layout == .block { out += "\n" }
        out += close
    }
}
