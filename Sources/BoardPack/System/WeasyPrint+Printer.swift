import Foundation
import Synchronization

extension WeasyPrint {
    /// Lays out and prints every PDF of a build with WeasyPrint's Python module, in at most `jobs`
    /// Python processes that each import WeasyPrint once (about a second) and then take one file
    /// after another from one queue (`run`): a pack of ten papers used to start twelve. A pack is
    /// laid out once in full (`printNumbered`). Where WeasyPrint's Python cannot be found (the
    /// `weasyprint` command is not a Python script), each PDF is made by the command, as before.
    /// `close()` ends the processes.
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
            _ = try renderLocating(html: html, pdf: pdf, locating: false)
        }

        /// Writes `pdf` from `html` as `render` does and says on which page of it each element with
        /// an id starts, from the very layout that was printed; nil where the `weasyprint` command
        /// printed it (WeasyPrint's Python is not reachable), which does not say.
        func renderLocating(html: String, pdf: String, locating: Bool = true) throws -> [String: Int]? {
            guard interpreter != nil else {
                try weasyPrint.render(html: html, pdf: pdf)
                return nil
            }
            let reply = try holding(making: pdf) { try print(html: html, pdf: pdf, locating: locating, on: $0) }
            return reply["pages"] as? [String: Int]
        }

        /// Prints a pack whose page numbers come from its own layout, on one process: lays out
        /// `html`, writes `pdf` from the file that `numbered` makes of where its anchors landed (or
        /// `html` itself), and says where they landed in that first layout and in the printed one,
        /// and whether the print was made from the first layout.
        /// The process keeps the first layout and prints from it when the file differs from `html`
        /// only in its contents' page numbers: only the pages up to the contents are laid out again
        /// (about a tenth of a ten-item pack), not the whole pack a second time. nil when no
        /// first layout can be had; then nothing is printed.
        func printNumbered(html: String, pdf: String, numbered: ([String: Int]) -> String) throws
            -> (first: [String: Int], printed: [String: Int], reused: Bool)?
        {
            guard interpreter != nil else { return nil }
            return try holding(making: pdf) { worker in
                let reply: [String: Any]
                do {
                    reply = try ask(worker, ["layout": html, "keep": "yes"], making: html)
                } catch let stopped as WorkerStopped {
                    throw stopped
                } catch {
                    return nil
                }
                guard let first = reply["pages"] as? [String: Int] else { return nil }
                let printed = try print(html: numbered(first), pdf: pdf, locating: true, after: html, on: worker)
                return (printed["pages"] as? [String: Int]).map { (first, $0, printed["reused"] as? Bool ?? false) }
            }
        }

        /// Prints on `worker`; `after`: the file whose layout the process kept, to print from.
        private func print(html: String, pdf: String, locating: Bool, after first: String? = nil, on worker: Worker) throws
            -> [String: Any]
        {
            let temporary = pdf + ".tmp-\(ProcessInfo.processInfo.processIdentifier).pdf"
            var job = ["html": html, "pdf": temporary]
            if locating { job["locate"] = "yes" }
            if let first { job["from"] = first }
            let reply: [String: Any]
            do {
                reply = try ask(worker, job, making: pdf)
            } catch {
                try? FileManager.default.removeItem(atPath: temporary)
                throw error
            }
            guard FileManager.default.fileExists(atPath: temporary), rename(temporary, pdf) == 0 else {
                try? FileManager.default.removeItem(atPath: temporary)
                throw EnvironmentError(description: "cannot write \(pdf): \(String(cString: strerror(errno)))")
            }
            return reply
        }

        /// Printing one PDF (a pack with its page numbers, a paper).
        typealias Job = @Sendable () throws -> Void

        /// Runs every job of a build from one queue on at most `processes` threads, each with its
        /// Python process, so no process waits while another has work: the packs (put first,
        /// the longest) print beside the papers. The first error in `jobs`' order is thrown once
        /// all have run.
        func run(_ jobs: [Job], threads: Int, progress: BuildProgress?) throws {
            progress?.expect(jobs.count, .pdfs)
            let results = Parallel.map(jobs, jobs: min(threads, Printer.processes)) { job in
                defer { progress?.advance(.pdfs) }
                return Result { try job() }
            }
            for result in results { try result.get() }
        }

        /// Ends the Python processes: each stops when its input closes.
        func close() {
            for worker in idle.withLock({ workers in defer { workers = [] }; return workers }) { worker.close() }
        }

        /// Runs one job on an idle process, or a new one.
        private func request(_ job: [String: String], making pdf: String) throws -> [String: Any] {
            try holding(making: pdf) { try ask($0, job, making: pdf) }
        }

        /// Runs `body` on an idle process, or a new one, held for all of `body`'s jobs; a process
        /// that stopped is not used again.
        private func holding<T>(making pdf: String, _ body: (Worker) throws -> T) throws -> T {
            guard let interpreter else {
                throw EnvironmentError(description: "cannot lay out \(pdf): WeasyPrint's Python was not found")
            }
            let worker = try idle.withLock { $0.popLast() } ?? Worker(interpreter: interpreter)
            do {
                let result = try body(worker)
                idle.withLock { $0.append(worker) }
                return result
            } catch let stopped as WorkerStopped {
                worker.close()
                throw EnvironmentError(description: "WeasyPrint could not make \(pdf): \(stopped)")
            } catch {
                idle.withLock { $0.append(worker) }
                throw error
            }
        }

        /// One job's reply; a job that WeasyPrint could not do throws what it said.
        private func ask(_ worker: Worker, _ job: [String: String], making pdf: String) throws -> [String: Any] {
            let reply: [String: Any]
            do {
                reply = try worker.send(job)
            } catch {
                throw WorkerStopped(description: "\(error)")
            }
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
/// answering each with a line of JSON: `{"layout": html}` gives `{"pages": {anchor: page}}` (with
/// `"keep"`, the layout stays for the next job), `{"html": html, "pdf": path}` writes the PDF as
/// `weasyprint --quiet --pdf-variant pdf/ua-1` does (with `"locate"`, answering with the pages of
/// the layout printed; with `"from"`: the kept layout's file, printed from that layout where `html`
/// is it with its contents' page numbers written in), and a job that fails gives `{"error": why}`.
/// Used by one thread at a time.
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
        def anchor_pages(pages):
            found = {}
            for number, page in enumerate(pages, 1):
                for anchor in page.anchors:
                    found.setdefault(anchor, number)
            return found
        def is_pages(element):
            return element.tag == "span" and element.get("class") == "pages"
        def differing(a, b, spans):
            # Whether two trees differ anywhere but inside <span class="pages">, whose pairs go to spans.
            if a.tag != b.tag or a.attrib != b.attrib or (a.tail or "") != (b.tail or ""):
                return True
            if is_pages(a):
                spans.append((a, b))
                return False
            if (a.text or "") != (b.text or "") or len(a) != len(b):
                return True
            return any(differing(x, y, spans) for x, y in zip(a, b))
        # Classes whose generated text counts pages of elements that may come after the front.
        TARGETING = {"page-from", "page-to", "back"}
        def spliced(kept, filled):
            # The print of `filled` (the kept pack with its contents' page numbers written in) made
            # from the kept layout: the front matter up to the contents laid out again, padded with
            # blank pages to the same count so its "Page N of M" is the same, and every page after it
            # as it was, which the numbers cannot change (each item starts a page). None where that
            # cannot be vouched for: then the filled file is laid out as a whole.
            html, document, options = kept
            spans = []
            root = html.etree_element
            if differing(root, HTML(filename=filled, media_type="print").etree_element, spans) or not spans:
                return None
            main = root.find("body/main")
            children = list(main) if main is not None else []
            contents = [i for i, child in enumerate(children) if child.tag == "nav" and child.get("class") == "contents"]
            if len(contents) != 1 or contents[0] + 1 >= len(children):
                return None
            rest = children[contents[0] + 1:]
            pages = anchor_pages(document.pages)
            front_count, total = pages.get(rest[0].get("id"), 0) - 1, len(document.pages)
            if front_count < 1 or any(child.get("class") in TARGETING for a, b in spans for child in b.iter()):
                return None
            for a, b in spans:
                a.text = b.text
                a[:] = list(b)
            moved = set(element for child in rest for element in child.iter())
            if any(element.get("class") in TARGETING for element in root.iter() if element not in moved):
                return None
            for child in rest:
                main.remove(child)
            padding = [main.makeelement("div", {"style": "break-before: page"}) for _ in range(total - front_count)]
            padding[0].set("id", "boardpack-front-end")
            main.extend(padding)
            try:
                front = copy.copy(html)
                front.wrapper_element = cssselect2.ElementWrapper.from_html_root(root, content_language=None)
                front.etree_element = front.wrapper_element.etree_element
                front_pages = front.render(**options).pages
            finally:
                for element in padding:
                    main.remove(element)
                main.extend(rest)
            if len(front_pages) != total or anchor_pages(front_pages).get("boardpack-front-end") != front_count + 1:
                return None
            result = document.copy(front_pages[:front_count] + document.pages[front_count:])
            # Document.copy leaves out the HTML that PDF/UA's tags are made from.
            result._html = html
            return result
        try:
            import copy, inspect, logging
            import cssselect2
            from weasyprint import HTML, LOGGER
            from weasyprint.text.fonts import FontConfiguration
            LOGGER.setLevel(logging.CRITICAL + 1)
            # WeasyPrint 59 renamed write_pdf's `variant` to `pdf_variant`.
            variant = "variant" if "variant" in inspect.signature(HTML.write_pdf).parameters else "pdf_variant"
            # A kept layout and its front share fonts and images, so the PDF has each once.
            keeping = {"font_config", "image_cache"} <= set(inspect.signature(HTML.render).parameters)
            failure = None
        except Exception as error:
            failure = "cannot import WeasyPrint's Python module: %s" % error
        kept = None
        for line in sys.stdin:
            try:
                job = json.loads(line)
                keep, kept = kept, None
                if failure:
                    answer({"error": failure})
                elif "layout" in job:
                    html = HTML(filename=job["layout"], media_type="print")
                    options = {"font_config": FontConfiguration(), "image_cache": {}} if keeping and job.get("keep") else {}
                    document = html.render(**options)
                    if options:
                        kept = (job["layout"], (html, document, options))
                    answer({"pages": anchor_pages(document.pages)})
                else:
                    document = None
                    if keep and job.get("from") == keep[0]:
                        try:
                            document = keep[1][1] if job["html"] == keep[0] else spliced(keep[1], job["html"])
                        except Exception:
                            document = None
                    keep = None
                    reused = document is not None
                    if document is None:
                        document = HTML(filename=job["html"], media_type="print").render()
                    document.write_pdf(job["pdf"], **{variant: "pdf/ua-1"})
                    answer({"pages": anchor_pages(document.pages), "reused": reused} if job.get("locate") else {})
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
