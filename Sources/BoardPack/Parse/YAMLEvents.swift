import CLibYAML
import Yams

/// Composes YAML into Yams's node tree straight from libyaml's events, making the very tree that
/// `Yams.compose(yaml:, .basic, .default, .utf8)` makes (the same strings, styles, tags and marks)
/// for a third of the work: Yams wraps every event in an object, decodes every scalar through
/// Foundation and groups every mapping's keys in a dictionary to find repeated ones.
///
/// nil, for `YAMLSource.compose` to ask Yams, whenever the text holds anything not made here
/// exactly as Yams makes it: any libyaml error (Yams words the message), an anchor, an alias, a tag,
/// a key that is not a single value, a key given twice in one mapping (Yams's error), an empty text
/// or a second document. So every problem is still reported as it always was.
enum YAMLEvents {
    static func compose(_ yaml: String) -> Node?? {
        guard marksCanBeMade, !yaml.isEmpty else { return nil }
        var copy = yaml
        return copy.withUTF8 { bytes -> Node?? in
            guard let base = bytes.baseAddress else { return nil }
            return Composer(events: YAMLEventStream(base, count: bytes.count)).stream()
        }
    }

    /// Yams makes its `Mark`s (line and column, both from 1) internally only. A mark is two `Int`s,
    /// so one is made from a pair of the same layout; checked once here, and should a Yams release
    /// ever lay it out otherwise, every text simply goes to Yams.
    private struct MarkLayout {
        var line: Int
        var column: Int
    }

    static let marksCanBeMade: Bool = {
        guard MemoryLayout<Mark>.size == MemoryLayout<MarkLayout>.size,
            MemoryLayout<Mark>.alignment == MemoryLayout<MarkLayout>.alignment
        else { return false }
        let probe = unsafeBitCast(MarkLayout(line: 3, column: 7), to: Mark.self)
        return probe.line == 3 && probe.column == 7
    }()

    fileprivate static func mark(_ mark: yaml_mark_t) -> Mark {
        unsafeBitCast(MarkLayout(line: mark.line + 1, column: mark.column + 1), to: Mark.self)
    }
}

/// The nodes, as Yams's `Parser` composes them (`loadScalar`, `loadSequence`, `loadMapping`).
private struct Composer {
    let events: YAMLEventStream
    /// One per text, as Yams's parser holds one for all its tags.
    let constructor = Constructor.default

    /// One document's root; `.some(nil)` for none is left to Yams (nil).
    func stream() -> Node?? {
        guard events.next() == YAML_STREAM_START_EVENT, events.next() == YAML_DOCUMENT_START_EVENT,
            let first = events.next(), let root = node(first),
            events.next() == YAML_DOCUMENT_END_EVENT, events.next() == YAML_STREAM_END_EVENT
        else { return nil }
        return .some(root)
    }

    /// A new tag for each node (Yams resolves a tag by changing it).
    private func tag(_ name: Tag.Name) -> Tag { Tag(name, .basic, constructor) }

    /// The node whose first event (of type `type`) is current.
    private func node(_ type: yaml_event_type_t) -> Node? {
        let event = events.event.pointee
        let mark = YAMLEvents.mark(event.start_mark)
        switch type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            guard scalar.anchor == nil, scalar.tag == nil,
                let style = Node.Scalar.Style(rawValue: scalar.style.rawValue)
            else { return nil }
            let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
            return .scalar(Node.Scalar(text, tag(scalar.quoted_implicit == 1 ? .str : .implicit), style, mark))
        case YAML_SEQUENCE_START_EVENT:
            guard event.data.sequence_start.anchor == nil, event.data.sequence_start.tag == nil else { return nil }
            var nodes: [Node] = []
            while true {
                guard let next = events.next() else { return nil }
                if next == YAML_SEQUENCE_END_EVENT { break }
                guard let item = node(next) else { return nil }
                nodes.append(item)
            }
            // Yams takes the style from the end event, which has none.
            return .sequence(Node.Sequence(nodes, tag(.implicit), .any, mark))
        case YAML_MAPPING_START_EVENT:
            guard event.data.mapping_start.anchor == nil, event.data.mapping_start.tag == nil else { return nil }
            var pairs: [(Node, Node)] = []
            var names: [String] = []
            // The names so far, once there are too many to compare one by one.
            var nameSet: Set<String> = []
            while true {
                guard let next = events.next() else { return nil }
                if next == YAML_MAPPING_END_EVENT { break }
                guard next == YAML_SCALAR_EVENT, case var .scalar(key)? = node(next) else { return nil }
                // Yams hashes every key to find repeated ones, which resolves its tag: str, with no rules.
                key.tag = tag(.str)
                let name = key.string
                if names.count < 16 {
                    guard !names.contains(name) else { return nil }
                    names.append(name)
                } else {
                    if nameSet.isEmpty { nameSet = Set(names) }
                    guard nameSet.insert(name).inserted else { return nil }
                }
                guard let valueType = events.next(), let value = node(valueType) else { return nil }
                pairs.append((.scalar(key), value))
            }
            return .mapping(Node.Mapping(pairs, tag(.implicit), .any, mark))
        default:
            return nil
        }
    }
}
