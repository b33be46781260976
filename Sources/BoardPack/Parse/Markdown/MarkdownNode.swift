import CCmarkGFM

/// A read-mostly view of one cmark node, for walking a parsed paper.
public struct MarkdownNode {
    public let pointer: OpaquePointer

    public init(_ pointer: OpaquePointer) { self.pointer = pointer }

    public var type: cmark_node_type { cmark_node_get_type(pointer) }
    public var firstChild: MarkdownNode? { cmark_node_first_child(pointer).map(MarkdownNode.init) }
    public var next: MarkdownNode? { cmark_node_next(pointer).map(MarkdownNode.init) }
    public var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    public var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    public var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    public var isOrderedList: Bool { type == CMARK_NODE_LIST && cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }

    public var literal: String? { cmark_node_get_literal(pointer).map { String(cString: $0) } }
    public var fenceInfo: String? { cmark_node_get_fence_info(pointer).map { String(cString: $0) } }
    public var url: String? { cmark_node_get_url(pointer).map { String(cString: $0) } }

    /// Whether the literal's bytes start `{#` (a paragraph label's start), read in cmark's own bytes.
    var literalStartsWithLabel: Bool {
        guard let bytes = cmark_node_get_literal(pointer) else { return false }
        // The second byte is read only after a first that is not the terminating NUL.
        return bytes[0] == CChar(UInt8(ascii: "{")) && bytes[1] == CChar(UInt8(ascii: "#"))
    }

    public var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// The text a reader sees, without markup: for headings, table of contents entries and search.
    public var plainText: String {
        var text = ""
        collectText(into: &text)
        return text
    }

    private func collectText(into text: inout String) {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            text += literal ?? ""
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            text += " "
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_CODE_BLOCK:
            if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
            if type == CMARK_NODE_CODE_BLOCK { text += literal ?? "" }
        default:
            break
        }
        // Walked in place: no array of children for every node.
        var child = firstChild
        while let node = child {
            node.collectText(into: &text)
            child = node.next
        }
    }

    public func setHeadingLevel(_ level: Int) {
        cmark_node_set_heading_level(pointer, Int32(level))
    }

    /// Inserts literal HTML before this node's children (a custom inline, which safe mode keeps,
    /// since the text is ours and not the author's).
    public func prependHTML(_ html: String) {
        html.withCString { insertCustomInline($0) }
    }

    /// `prependHTML` of NUL-terminated UTF-8 bytes.
    func prependHTML(cString html: UnsafeBufferPointer<UInt8>) {
        guard let base = html.baseAddress, html.last == 0 else { return }
        base.withMemoryRebound(to: CChar.self, capacity: html.count) { insertCustomInline($0) }
    }

    private func insertCustomInline(_ html: UnsafePointer<CChar>) {
        guard let node = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, Markdown.allocator) else { return }
        cmark_node_set_on_enter(node, html)
        cmark_node_prepend_child(pointer, node)
    }

    /// Takes this node out of the tree and frees it (with its children).
    public func remove() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    /// Moves this node's children to stand before it, then removes it: a link becomes its text.
    public func unwrap() {
        for child in children { insertBefore(child) }
        remove()
    }

    /// Moves `node` (from wherever it is) to stand just before this one.
    public func insertBefore(_ node: MarkdownNode) {
        cmark_node_insert_before(pointer, node.pointer)
    }

    public var isTightList: Bool { cmark_node_get_list_tight(pointer) != 0 }
    public var listStart: Int { Int(cmark_node_get_list_start(pointer)) }

    public func setLiteral(_ text: String) { cmark_node_set_literal(pointer, text) }

    /// Appends a text node, for a link written with no text of its own.
    public func appendText(_ text: String) {
        guard let node = cmark_node_new_with_mem(CMARK_NODE_TEXT, Markdown.allocator) else { return }
        cmark_node_set_literal(node, text)
        cmark_node_append_child(pointer, node)
    }

    /// Replaces this node by a custom block holding literal HTML; the node is freed.
    public func replace(withHTML html: String) {
        guard let node = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, Markdown.allocator) else { return }
        cmark_node_set_on_enter(node, html)
        cmark_node_insert_before(pointer, node)
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }
}
