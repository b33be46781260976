import CLibYAML

/// libyaml's parser over one text's UTF-8 bytes (which must outlive it), holding the current event:
/// for the readers that make their values straight from the events (`YAMLEvents` for front matter,
/// `IncidentListEvents` for datasets). Both are kept behind pointers, so that reading a field of the
/// event neither copies the whole event nor has its access checked.
final class YAMLEventStream {
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    /// The current event.
    let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    private let ready: Bool

    init(_ base: UnsafePointer<UInt8>, count: Int) {
        parser.initialize(to: yaml_parser_t())
        event.initialize(to: yaml_event_t())
        ready = yaml_parser_initialize(parser) == 1
        guard ready else { return }
        // As Yams sets it.
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, base, count)
    }

    deinit {
        yaml_event_delete(event)
        yaml_parser_delete(parser)
        event.deallocate()
        parser.deallocate()
    }

    /// The next event's type; nil on any error. After an error libyaml gives only empty events
    /// (`YAML_NO_EVENT`), which every reader refuses.
    func next() -> yaml_event_type_t? {
        guard ready else { return nil }
        yaml_event_delete(event)
        guard yaml_parser_parse(parser, event) == 1 else { return nil }
        return event.pointee.type
    }
}
