import CCmarkGFM
import Foundation
import Synchronization

/// Markdown through Debian's cmark-gfm.
///
/// cmark-gfm's inline parser edits a process-global table of special characters whenever a parser
/// with extensions runs, so two parses at once silently lose strikethrough and autolinks. Every
/// parse therefore takes `parseLock`; rendering a finished tree is safe in parallel.
public enum Markdown {
    private static let parseLock = Mutex(())

    /// Registers the core extensions; Swift runs this initialiser exactly once, before first use.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    public static func parse(_ text: String, options: MarkdownOptions = .papers) -> MarkdownDocument {
        parse(all: [text], options: options)[0]
    }

    /// Several short texts under one turn of the lock (a paper's summary, recommendations, actions).
    public static func parse(all texts: [String], options: MarkdownOptions = .papers) -> [MarkdownDocument] {
        _ = registered
        // The options are read, and each extension looked up by its C name, once for all the texts.
        let cmarkOptions = options.cmarkOptions
        let extensions = options.syntaxExtensions.compactMap { cmark_find_syntax_extension($0) }
        // A parser for each text, with the extensions attached, made outside the lock: this touches
        // nothing shared (the extensions' registry is only read), so the lock is held for the parse alone.
        let parsers = texts.map { _ in
            let parser = cmark_parser_new_with_mem(cmarkOptions, allocator)!
            for found in extensions { cmark_parser_attach_syntax_extension(parser, found) }
            return parser
        }
        // The roots leave the lock as addresses: the trees are the caller's, never shared.
        let roots = parseLock.withLock { _ in
            zip(texts, parsers).map { text, parser in UInt(bitPattern: unlockedParse(text, parser: parser)) }
        }
        return zip(parsers, roots).map { parser, root in
            MarkdownDocument(parser: parser, root: OpaquePointer(bitPattern: root)!, options: cmarkOptions)
        }
    }

    /// cmark's allocator with `calloc` as `malloc` and `memset`: glibc's `calloc` never takes
    /// memory from the thread's cache (tcache), and cmark callocs every node and buffer it makes,
    /// with the lock held. Like cmark's own, it aborts when memory runs out. cmark puts a node only
    /// into a tree of the same allocator, so every node added to a parsed tree is made with it too.
    nonisolated(unsafe) static let allocator: UnsafeMutablePointer<cmark_mem> = {
        let allocator = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        allocator.initialize(to: cmark_mem(
            calloc: { count, size in
                let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
                guard !overflow, let memory = malloc(max(bytes, 1)) else { abort() }
                return memset(memory, 0, bytes)
            },
            realloc: { pointer, size in
                guard let memory = realloc(pointer, size) else { abort() }
                return memory
            },
            free: { free($0) }))
        return allocator
    }()

    /// cmark's parse proper: the part that must hold the lock.
    private static func unlockedParse(_ text: String, parser: OpaquePointer) -> OpaquePointer {
        var copy = text
        copy.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        return cmark_parser_finish(parser)!
    }

    /// Whole-document HTML, as the `cmark-gfm` command prints it.
    public static func html(_ text: String, options: MarkdownOptions = .papers) -> String {
        let document = parse(text, options: options)
        return document.html(of: document.root)
    }

    /// HTML for short front-sheet texts, all parsed under one turn of the lock: a single paragraph
    /// loses its `<p>` wrapper.
    public static func inlineHTML(all texts: [String], options: MarkdownOptions = .papers) -> [String] {
        inlineHTML(of: parse(all: texts, options: options))
    }

    /// `inlineHTML(all:)` of texts already parsed.
    static func inlineHTML(of documents: some Sequence<MarkdownDocument>) -> [String] {
        documents.map { document in
            document.withHTML(of: document.root) { bytes in unwrappedParagraph(bytes) ?? unwrapParagraph(UTF8Scan.decoded(bytes)) }
        }
    }

    private static let paragraphOpening = Array("<p>".utf8)
    private static let paragraphClosing = Array("</p>".utf8)

    /// `unwrapParagraph` in bytes, for HTML whose cuts fall between ASCII bytes (where bytes and
    /// characters agree); nil for any other, which `unwrapParagraph` then does in characters.
    private static func unwrappedParagraph(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        guard end == bytes.count || end == 0 || bytes[end - 1] < 0x80 && bytes[end - 1] != 0x0D else { return nil }
        let html = UnsafeBufferPointer(rebasing: bytes[..<end])
        guard end >= 7, ByteText.matches(paragraphOpening, in: html, at: 0),
            ByteText.matches(paragraphClosing, in: html, at: end - 4)
        else { return UTF8Scan.decoded(html) }
        guard html[3] < 0x80, html[end - 5] < 0x80 else { return nil }
        guard ByteText.find(paragraphOpening, in: html, from: 1) == nil else { return UTF8Scan.decoded(html) }
        return UTF8Scan.decoded(UnsafeBufferPointer(rebasing: html[3..<(end - 4)]))
    }

    private static func unwrapParagraph(_ rendered: String) -> String {
        var html = rendered
        while html.hasSuffix("\n") { html.removeLast() }
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"), ByteText.count("<p>", in: html) == 1 {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }
}

/// A parsed Markdown tree. Not shared between threads: it is made, walked and rendered by one task.
public final class MarkdownDocument {
    let parser: OpaquePointer
    public let root: OpaquePointer
    let options: Int32

    init(parser: OpaquePointer, root: OpaquePointer, options: Int32) {
        self.parser = parser
        self.root = root
        self.options = options
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    public func html(of node: OpaquePointer) -> String {
        withHTML(of: node, UTF8Scan.decoded)
    }

    /// The rendered HTML as bytes, straight from cmark's buffer, for callers that cut it up.
    public func withHTML<T>(of node: OpaquePointer, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard let rendered = cmark_render_html(node, options, cmark_parser_get_syntax_extensions(parser)) else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        defer { free(rendered) }
        return rendered.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            body(UnsafeBufferPointer(start: start, count: strlen(rendered)))
        }
    }
}
