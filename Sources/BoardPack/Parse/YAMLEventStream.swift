import CLibYAML

/// libyaml's parser over one text's UTF-8 bytes (which must outlive it), holding the current event:
/// for readers that make their values straight from the events (`YAMLEvents`). `IncidentListEvents`
/// keeps a copy of its own for now.
final class YAMLEventStream {
    private var parser = yaml_parser_t()
    private(set) var event = yaml_event_t()
    private var ready = false

    init(_ base: UnsafePointer<UInt8>, count: Int) {
        ready = yaml_parser_initialize(&parser) == 1
        guard ready else { return }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, base, count)
    }

    deinit {
        yaml_event_delete(&event)
        yaml_parser_delete(&parser)
    }

    /// The next event's type; nil on any error.
    func next() -> yaml_event_type_t? {
        guard ready else { return nil }
        yaml_event_delete(&event)
        guard yaml_parser_parse(&parser, &event) == 1 else {
            ready = false
            return nil
        }
        return event.type
    }
}
