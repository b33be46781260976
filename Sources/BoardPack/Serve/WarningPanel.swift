import Foundation

/// The panel `serve` adds to every page while the content has warnings, so that an adviser sees them
/// without reading the terminal. A region with a heading, a list of the warnings and a real button
/// that closes it; served pages only, never written to the built files.
public enum WarningPanel {
    public static func html(_ diagnostics: [Diagnostic]) -> String? {
        let warnings = diagnostics.filter { $0.severity == .warning }
        guard !warnings.isEmpty else { return nil }
        let items = warnings.map { diagnostic -> String in
            let location = "\(diagnostic.path):\(diagnostic.line):\(diagnostic.column)"
            return "<li><code>\(XMLText.escaped(location))</code> \(XMLText.escaped(diagnostic.message))</li>"
        }
        let count = "\(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
        return """
            <section id="boardpack-warnings" aria-labelledby="boardpack-warnings-heading" style="position:fixed;bottom:0;left:0;right:0;\
            max-height:40vh;overflow:auto;z-index:1000;margin:0;padding:1rem 1.5rem;background:#fff;color:#0b0c0c;\
            border-top:5px solid #ffdd00;box-shadow:0 -2px 6px rgba(0,0,0,.3);font-family:Arial,sans-serif;">
            <h2 id="boardpack-warnings-heading" style="margin:0 0 .5rem;font-size:1.2rem;">Preview: \(count) in the content</h2>
            <ul style="margin:0 0 .5rem;padding-left:1.5rem;">\(items.joined())</ul>
            <button type="button" onclick="this.parentNode.hidden=true" style="font-size:1rem;padding:.3rem 1rem;">Close the warnings</button>
            </section>
            """
    }

    /// The panel placed last in the page's body, where it follows the page in reading order.
    static func inserted(_ panel: String, into page: String) -> String {
        guard let range = page.range(of: "</body>", options: .backwards) else { return page + panel }
        return page.replacingCharacters(in: range, with: panel + "\n</body>")
    }
}
