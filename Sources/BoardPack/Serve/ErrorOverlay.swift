import Foundation

/// The page `serve` shows while the content has errors, as Hugo's server does: each problem's
/// place, message and the lines around it. The next good save replaces it with the site.
public enum ErrorOverlay {
    public static func html(_ diagnostics: [Diagnostic], workingDirectory: URL) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        let items = errors.map { diagnostic -> String in
            let location = "\(diagnostic.path):\(diagnostic.line):\(diagnostic.column)"
            return "<li><p class=\"location\"><code>\(XMLText.escaped(location))</code></p>\n<p class=\"message\">\(XMLText.escaped(diagnostic.message))</p>\n"
                + excerpt(diagnostic, workingDirectory: workingDirectory) + "</li>"
        }
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8" />
            <title>Build failed: \(errors.count) error\(errors.count == 1 ? "" : "s")</title>
            <style>
            body { font-family: Arial, sans-serif; margin: 0; padding: 2rem; background: #fff; color: #0b0c0c; }
            h1 { color: #d4351c; border-left: 6px solid #d4351c; padding-left: 1rem; }
            li { margin-bottom: 2rem; }
            .location code { font-size: 1.1rem; font-weight: bold; }
            pre { background: #f3f2f1; padding: 1rem; overflow-x: auto; line-height: 1.4; }
            mark { background: #ffdd00; color: #0b0c0c; }
            </style>
            </head>
            <body>
            <main>
            <h1>The site could not be built</h1>
            <p>Fix the problem below and save: this page reloads by itself.</p>
            <ol>
            \(items.joined(separator: "\n"))
            </ol>
            </main>
            </body>
            </html>
            """
    }

    /// Two lines either side of the problem, its own line marked.
    static func excerpt(_ diagnostic: Diagnostic, workingDirectory: URL) -> String {
        let url = diagnostic.path.hasPrefix("/") ? URL(fileURLWithPath: diagnostic.path) : workingDirectory.appendingPathComponent(diagnostic.path)
        guard case let .success(bytes) = POSIXFile.read(url.path, limit: SourceReader.maximumBytes) else { return "" }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let range = max(1, diagnostic.line - 2)...min(lines.count, diagnostic.line + 2)
        guard !range.isEmpty else { return "" }
        let text = range.map { number -> String in
            let line = "\(String(number).leftPadded(to: 5)) | \(XMLText.escaped(String(lines[number - 1])))"
            return number == diagnostic.line ? "<mark>\(line)</mark>" : line
        }
        return "<pre>\(text.joined(separator: "\n"))</pre>\n"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
