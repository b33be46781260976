import Yams

/// Reads the fields of one YAML mapping into typed values, recording a located diagnostic for every
/// field that is missing, of the wrong kind or out of range. Validators for papers, sites, meetings
/// and datasets are written with it, so every message has the same shape.
public struct Fields {
    public let mapping: Node.Mapping
    public let context: YAMLContext
    /// What the mapping is, for messages: "the paper", "contact".
    public let owner: String
    /// Where missing fields are reported: the start of the mapping (or of the file).
    public let ownerLocation: SourceLocation
    public var diagnostics: [Diagnostic] = []
    /// Values by key, the first of each: Yams's own subscript compares every key node in turn.
    private let values: Values

    public init(_ mapping: Node.Mapping, context: YAMLContext, owner: String, ownerLocation: SourceLocation? = nil) {
        self.mapping = mapping
        values = Values(mapping)
        self.context = context
        self.owner = owner
        self.ownerLocation = ownerLocation ?? context.location(mapping.mark)
    }

    /// A whole YAML file (site.yaml, a meeting, a pack) that must be a list of fields: its fields,
    /// or nil with the diagnostics that say why not.
    public static func document(_ file: SourceFile, owner: String) -> (Fields?, [Diagnostic]) {
        let context = YAMLContext(path: file.path)
        var (root, diagnostics) = YAMLSource.read(file.text, context: context)
        guard diagnostics.isEmpty || root != nil else { return (nil, diagnostics) }
        let fields = mapping(root, context: context, owner: owner, diagnostics: &diagnostics)
        return (fields, diagnostics)
    }

    /// Reads a node that must be a mapping; reports and returns nil otherwise.
    public static func mapping(
        _ node: Node?, context: YAMLContext, owner: String, diagnostics: inout [Diagnostic]
    ) -> Fields? {
        guard let node else {
            diagnostics.append(.error("\(owner) has no fields", at: context.location(nil)))
            return nil
        }
        guard case let .mapping(mapping) = node else {
            diagnostics.append(.error("\(owner) must be a list of 'name: value' fields", at: context.location(of: node)))
            return nil
        }
        return Fields(mapping, context: context, owner: owner)
    }

    public func node(_ key: String) -> Node? { values[key] }

    public func location(_ key: String) -> SourceLocation {
        values[key].map { context.location(of: $0) } ?? ownerLocation
    }

    public func location(of node: Node) -> SourceLocation { context.location(of: node) }

    public mutating func error(_ message: String, at node: Node) {
        diagnostics.append(.error(message, at: context.location(of: node)))
    }

    public mutating func warning(_ message: String, at node: Node) {
        diagnostics.append(.warning(message, at: context.location(of: node)))
    }

    private mutating func missing(_ key: String, required: Bool) {
        if required { diagnostics.append(.error("\(owner) is missing the required field '\(key)'", at: ownerLocation)) }
    }

    /// A text value. Empty text counts as missing.
    public mutating func string(_ key: String, required: Bool = true) -> String? {
        guard let node = values[key], !Self.isNull(node) else {
            missing(key, required: required)
            return nil
        }
        guard let text = Self.scalarText(node) else {
            error("'\(key)' must be a single value, not a list or a group of fields", at: node)
            return nil
        }
        let trimmed = text.trimmed
        if trimmed.isEmpty {
            if required { error("'\(key)' is empty", at: node) }
            return nil
        }
        return trimmed
    }

    /// A list of text values; a single value is accepted as a list of one.
    public mutating func stringList(_ key: String, required: Bool = false) -> [Located<String>]? {
        guard let node = values[key], !Self.isNull(node) else {
            missing(key, required: required)
            return nil
        }
        var values: [Located<String>] = []
        for item in Self.items(node) {
            guard let text = Self.scalarText(item)?.trimmed else {
                error("each entry of '\(key)' must be a single value", at: item)
                continue
            }
            if text.isEmpty {
                error("an entry of '\(key)' is empty", at: item)
                continue
            }
            values.append(Located(text, at: context.location(of: item)))
        }
        if values.isEmpty, required { error("'\(key)' needs at least one entry", at: node) }
        return values
    }

    public mutating func date(_ key: String, required: Bool = true) -> CalendarDate? {
        guard let text = string(key, required: required), let node = values[key] else { return nil }
        return Self.date(text, node: node, key: key, fields: &self)
    }

    static func date(_ text: String, node: Node, key: String, fields: inout Fields) -> CalendarDate? {
        if let date = CalendarDate(iso: text) { return date }
        fields.error(CalendarDate.problem(text, key: key), at: node)
        return nil
    }

    /// A value from a fixed set, such as a paper's purpose.
    public mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ key: String, of type: Value.Type, required: Bool = true
    ) -> Value? where Value.RawValue == String {
        guard let text = string(key, required: required), let node = values[key] else { return nil }
        if let value = Value(rawValue: text.lowercased()) { return value }
        let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
        let suggestion = Suggestion.didYouMean(Suggestion.bareChoice(text), among: Value.allCases.map(\.rawValue))
        error("'\(key)' must be one of \(allowed) (found \"\(text)\")\(suggestion)", at: node)
        return nil
    }

    /// A whole number in a range.
    public mutating func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = true) -> Int? {
        guard let text = string(key, required: required), let node = values[key] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            error("'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound) (found \"\(text)\")", at: node)
            return nil
        }
        return value
    }

    /// Warns about fields nobody reads: usually a misspelling of one that is. Fails closed where a
    /// warning could publish what should not be: a merge key ('<<') is an error, and so is a name in
    /// another case than, or within two letters of, one of `deciding` (fields that decide what the
    /// public sees, such as 'exempt'), since its value would silently be ignored.
    public mutating func warnAboutUnknownFields(known: [String], deciding: [String] = []) {
        for index in mapping.indices {
            let keyNode = mapping[index].key
            guard let key = keyNode.scalar?.string, !known.contains(key) else { continue }
            if key == "<<" {
                error("merge keys ('<<') are not read here: write each field out in full", at: keyNode)
            } else if let meant = Self.nearMiss(key, of: deciding) {
                error(
                    "'\(key)' is not a field boardpack reads, and '\(meant)' decides what the public sees: "
                        + "write it exactly '\(meant)' (lower case, spelt so)", at: keyNode)
            } else {
                warning("unknown field '\(key)' in \(owner) is ignored\(Suggestion.didYouMean(key, among: known))", at: keyNode)
            }
        }
    }

    /// The deciding field that `key` is most likely a slip for: the same name in another case, or
    /// within two edits of it.
    static func nearMiss(_ key: String, of deciding: [String]) -> String? {
        let lowered = key.lowercased()
        return deciding.first { lowered == $0 || Suggestion.distance(lowered, $0) <= 2 }
    }

    /// Whether site.yaml lists the board `id`; if not, a located error naming the boards it lists.
    mutating func knownBoard(_ id: String, at node: Node, site: Site) -> Bool {
        guard site.board(id) == nil else { return true }
        let known = site.boards.map(\.id)
        error(
            "unknown board '\(id)': site.yaml lists \(known.map { "'\($0)'" }.joined(separator: ", "))"
                + Suggestion.didYouMean(id, among: known), at: node)
        return false
    }

    // MARK: - Node shapes

    public static func isNull(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return false }
        return YAMLNull.isNull(plain: scalar.string)
    }

    public static func scalarText(_ node: Node) -> String? {
        if case let .scalar(scalar) = node { return scalar.string }
        return nil
    }

    /// The entries of a sequence, or the node itself as a one-entry list.
    public static func items(_ node: Node) -> [Node] {
        if case let .sequence(sequence) = node { return Array(sequence) }
        return [node]
    }
}

/// A mapping's values by key name (the first of each name). Most mappings hold a few fields, and a
/// dictionary's hashing of every name cost more than comparing names in turn; large ones (a site's
/// settings, a dataset's records) are hashed.
private struct Values {
    private var names: [String] = []
    private var nodes: [Node] = []
    private var byName: [String: Node]?

    private static let largest = 16

    init(_ mapping: Node.Mapping) {
        // By index: iterating a Yams mapping first copies all its pairs into a new array.
        if mapping.count > Self.largest {
            var byName: [String: Node] = [:]
            byName.reserveCapacity(mapping.count)
            for index in mapping.indices {
                let (key, value) = mapping[index]
                if let name = key.scalar?.string, byName[name] == nil { byName[name] = value }
            }
            self.byName = byName
        } else {
            names.reserveCapacity(mapping.count)
            nodes.reserveCapacity(mapping.count)
            for index in mapping.indices {
                let (key, value) = mapping[index]
                guard let name = key.scalar?.string else { continue }
                names.append(name)
                nodes.append(value)
            }
        }
    }

    subscript(name: String) -> Node? {
        if let byName { return byName[name] }
        // Names alone are compared (the nodes are not copied on the way).
        return names.firstIndex(of: name).map { nodes[$0] }
    }
}

/// A value and where it was written.
public struct Located<Value> {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
