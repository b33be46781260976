import Foundation

extension WeasyPrint {
    /// Lays `html` out as WeasyPrint would print it and says on which page each element with an
    /// id starts; nil when that cannot be done (WeasyPrint's Python is not reachable).
    func anchorPages(html: String) -> [String: Int]? {
        guard let interpreter = interpreter() else { return nil }
        let script = """
            import json, sys
            from weasyprint import HTML
            pages = {}
            for number, page in enumerate(HTML(filename=sys.argv[1]).render().pages, 1):
                for anchor in page.anchors:
                    pages.setdefault(anchor, number)
            print(json.dumps(pages))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: interpreter[0])
        process.arguments = Array(interpreter.dropFirst()) + ["-c", script, html]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Int]
    }

    /// The Python that runs the `weasyprint` script, from its `#!` line.
    private func interpreter() -> [String]? {
        guard let handle = FileHandle(forReadingAtPath: executable) else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 512), as: UTF8.self)
        guard head.hasPrefix("#!"), let line = head.dropFirst(2).split(separator: "\n").first else { return nil }
        let parts = line.split(separator: " ").map(String.init)
        return parts.isEmpty ? nil : parts
    }
}
