import Foundation
import Synchronization

extension WeasyPrint {
    /// Lays out and prints every PDF of a build with WeasyPrint's Python module, in at most `jobs`
    /// Python processes that each import WeasyPrint once (about a second) and then take one file
    /// after another: a pack of ten papers used to start twelve. Where WeasyPrint's Python cannot
    /// be found (the `weasyprint` command is not a Python script), each PDF is made by the command,
    /// as before. `close()` ends the processes.
    final class Printer: Sendable {
        /// At most this many Python processes: a build machine has few cores, each takes ~100 MB.
        static let processes = 2

        let weasyPrint: WeasyPrint
        private let interpreter: [String]?
        private let idle = Mutex<[Worker]>([])

        init(_ weasyPrint: WeasyPrint) {
            self.weasyPrint = weasyPrint
            interpreter = weasyPrint.interpreter()
        }

        /// On which page each element with an id starts, from a layout of `html` as it would be
        /// printed; nil when that cannot be done (WeasyPrint's Python is not reachable or fails).
        func anchorPages(html: String) -> [String: Int]? {
            guard let reply = try? request(["layout": html], making: html) else { return nil }
            return reply["pages"] as? [String: Int]
        }

        /// Writes `pdf` from `html` (tagged, PDF/UA-1), through a temporary file renamed into place
        /// so a failed run leaves the previous PDF as it was.
        func render(html: String, pdf: String) throws {
            guard interpreter != nil else { return try weasyPrint.render(html: html, pdf: pdf) }
            let temporary = pdf + ".tmp-\(ProcessInfo.processInfo.processIdentifier).pdf"
            do {
                _ = try request(["html": html, "pdf": temporary], making: pdf)
            } catch {
                try? FileManager.default.removeItem(atPath: temporary)
                throw error
            }
            guard FileManager.default.fileExists(atPath: temporary), rename(temporary, pdf) == 0 else {
                try? FileManager.default.removeItem(atPath: temporary)
                throw EnvironmentError(description: "cannot write \(pdf): \(String(cString: strerror(errno)))")
            }
        }

        /// Ends the Python processes: each stops when its input closes.
        func close() {
            for worker in idle.withLock({ workers in defer { workers = [] }; return workers }) { worker.close() }
        }

        /// Runs one job on an idle process, or a new one; a process that failed is not used again.
        private func request(_ job: [String: String], making pdf: String) throws -> [String: Any] {
            guard let interpreter else {
                throw EnvironmentError(description: "cannot lay out \(pdf): WeasyPrint's Python was not found")
            }
            let worker = try idle.withLock { $0.popLast() } ?? Worker(interpreter: interpreter)
            let reply: [String: Any]
            do {
                reply = try worker.send(job)
            } catch {
                worker.close()
                throw EnvironmentError(description: "WeasyPrint could not make \(pdf): \(error)")
            }
            idle.withLock { $0.append(worker) }
            if let why = reply["error"] as? String {
                throw EnvironmentError(description: "WeasyPrint could not make \(pdf): \(why)")
            }
            return reply
        }
    }

    /// The Python that runs the `weasyprint` script, from its `#!` line.
    func interpreter() -> [String]? {
        guard let handle = FileHandle(forReadingAtPath: executable) else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 512), as: UTF8.self)
        guard head.hasPrefix("#!"), let line = head.dropFirst(2).split(separator: "\n").first else { return nil }
        let parts = line.split(separator: " ").map(String.init)
        return parts.isEmpty ? nil : parts
    }
}

/// One Python process with WeasyPrint imported, taking jobs as lines of JSON on its input and
/// answering each with a line of JSON: `{"layout": html}` gives `{"pages": {anchor: page}}`,
/// `{"html": html, "pdf": path}` writes the PDF as `weasyprint --quiet --pdf-variant pdf/ua-1`
/// does, and a job that fails gives `{"error": why}`. Used by one thread at a time.
private final class Worker: @unchecked Sendable {
    private let process = Process()
    private let input: FileHandle
    private let output: FileHandle
    private var buffered: [UInt8] = []

    static let script = """
        import json, sys
        protocol, sys.stdout = sys.stdout, sys.stderr
        def answer(reply):
            protocol.write(json.dumps(reply) + "\\n")
            protocol.flush()
        try:
            import inspect, logging
            from weasyprint import HTML, LOGGER
            LOGGER.setLevel(logging.CRITICAL + 1)
            # WeasyPrint 59 renamed write_pdf's `variant` to `pdf_variant`.
            variant = "variant" if "variant" in inspect.signature(HTML.write_pdf).parameters else "pdf_variant"
            failure = None
        except Exception as error:
            failure = "cannot import WeasyPrint's Python module: %s" % error
        for line in sys.stdin:
            try:
                job = json.loads(line)
                if failure:
                    answer({"error": failure})
                elif "layout" in job:
                    pages = {}
                    for number, page in enumerate(HTML(filename=job["layout"], media_type="print").render().pages, 1):
                        for anchor in page.anchors:
                            pages.setdefault(anchor, number)
                    answer({"pages": pages})
                else:
                    HTML(filename=job["html"], media_type="print").write_pdf(job["pdf"], **{variant: "pdf/ua-1"})
                    answer({})
            except Exception as error:
                answer({"error": ("%s: %s" % (type(error).__name__, error)).strip()})
        """

    init(interpreter: [String]) throws {
        let toPython = Pipe()
        let fromPython = Pipe()
        process.executableURL = URL(fileURLWithPath: interpreter[0])
        process.arguments = Array(interpreter.dropFirst()) + ["-c", Worker.script]
        process.standardInput = toPython
        process.standardOutput = fromPython
        process.standardError = FileHandle.nullDevice
        // A process that stops must make a write to it fail, not end boardpack.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        input = toPython.fileHandleForWriting
        output = fromPython.fileHandleForReading
    }

    func send(_ job: [String: String]) throws -> [String: Any] {
        var line = try JSONSerialization.data(withJSONObject: job)
        line.append(UInt8(ascii: "\n"))
        do { try input.write(contentsOf: line) } catch { throw stopped() }
        while true {
            if let end = buffered.firstIndex(of: UInt8(ascii: "\n")) {
                let reply = Data(buffered[..<end])
                buffered.removeSubrange(...end)
                guard let object = (try? JSONSerialization.jsonObject(with: reply)) as? [String: Any] else {
                    throw WorkerStopped(description: "its Python answered something that is not JSON")
                }
                return object
            }
            // What has arrived (Foundation's read(upToCount:) waits for the whole count on Linux).
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(output.fileDescriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw stopped() }
            buffered += chunk[..<count]
        }
    }

    private func stopped() -> WorkerStopped {
        process.waitUntilExit()
        return WorkerStopped(description: "its Python stopped (exit \(process.terminationStatus))")
    }

    func close() {
        try? input.close()
        process.waitUntilExit()
        try? output.close()
    }
}

private struct WorkerStopped: Error, CustomStringConvertible {
    let description: String
}
