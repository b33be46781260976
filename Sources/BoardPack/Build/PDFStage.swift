import Foundation

/// The packs' PDFs: made with WeasyPrint after the HTML is written, and only for packs whose HTML
/// changed or whose PDF is missing. A build without `--pdf` keeps the PDFs an earlier build made,
/// as long as each is still the print of its pack's HTML.
enum PDFStage {
    /// One job per pack whose PDF is due, for `WeasyPrint.Printer.run`.
    /// `labels`: the project's label tables by language, for the contents' page numbers.
    static func jobs(
        _ written: OutputWriter.Report, printer: WeasyPrint.Printer, options: BuildOptions, labels: [Language: Labels] = [:]
    ) -> [WeasyPrint.Printer.Job] {
        // A meeting's attached PDF that changed changes its pack's PDF, not its HTML.
        let attachmentsChanged = Set(written.writtenPaths.compactMap(meetingOfAttachedPDF))
        // Each language's pack (`packs/<id>.cy.html`) prints to its own PDF (`packs/<id>.cy.pdf`).
        let packs = written.entries.keys.filter { packID($0) != nil }.sorted()
        let root = options.output.path
        let pdf = { (path: String) in root + "/" + String(path.dropLast(".html".count)) + ".pdf" }
        let due = packs.filter { path in
            written.writtenPaths.contains(path) || !FileManager.default.fileExists(atPath: pdf(path))
                || packID(path).map(attachmentsChanged.contains) == true
        }
        return due.map { path in
            let (html, pdf) = (root + "/" + path, pdf(path))
            return { try printPack(html, pdf: pdf, printer: printer, tables: labels) }
        }
    }

    /// Prints of a pack at most: the first, with the numbers of its own first layout, and again
    /// while the layout printed puts anything on other pages than the numbers written in say.
    static let printsPerPack = 3

    /// Prints a pack with its contents' page numbers written in, from a first layout; if that
    /// layout cannot be had, the stylesheet's own ranges ("Pages 7–7") stand.
    private static func printPack(_ html: String, pdf: String, printer: WeasyPrint.Printer, tables: [Language: Labels]) throws {
        guard case let .success(bytes) = POSIXFile.read(html, limit: 1 << 30) else { return try printer.render(html: html, pdf: pdf) }
        let text = String(decoding: bytes, as: UTF8.self)
        let attached = PackPageNumbers.attachedPDFs(text)
        let qpdf = QPDF.find()
        if !attached.isEmpty, qpdf == nil { throw EnvironmentError(description: QPDF.installAdvice) }
        // Beside the pack, so that anything it links relatively is found as before.
        let printed = String(html.dropLast(5)) + ".print-\(ProcessInfo.processInfo.processIdentifier).html"
        defer { unlink(printed) }
        let numbered = { (pages: [String: Int]) -> String in
            let numbered = PackPageNumbers.fill(text, pages: pages, tables: tables)
            return numbered == text || !POSIXFile.write(Array(numbered.utf8), to: printed) ? html : printed
        }
        guard let laidOut = try printer.printNumbered(html: html, pdf: pdf, numbered: numbered) else {
            if !attached.isEmpty {
                throw EnvironmentError(description: "cannot lay out \(html) to put its attached PDFs in: is WeasyPrint's Python module installed?")
            }
            return try printer.render(html: html, pdf: pdf)
        }
        var (written, pages, _) = laidOut
        var prints = 1
        while pages != written, prints < printsPerPack, let again = try printer.renderLocating(html: numbered(pages), pdf: pdf) {
            (written, pages) = (pages, again)
            prints += 1
        }
        // The pack was laid out with as many blank pages as each attached PDF has: its pages go there,
        // so every page number (the contents', the footers') stays right.
        let folder = URL(fileURLWithPath: html).deletingLastPathComponent()
        for attachment in attached {
            guard let qpdf, let start = pages[attachment.anchor] else { continue }
            let source = folder.appendingPathComponent(attachment.href).standardizedFileURL.path
            try qpdf.replacePages(in: pdf, from: start, count: attachment.pages, with: source)
        }
    }

    /// The packs (by output path) whose PDF still prints them, decided before anything is written:
    /// the PDF is no older than the pack's HTML on disk, and this build leaves that HTML as it is.
    /// A PDF whose pack changed could show a paper that has since become exempt: it is not vouched for.
    /// `packs`: their routes, each language's. `rendered`: the packs' HTML and the meetings' attached PDFs made in this
    /// build; other packs are kept as they are on disk. A pack's PDF holds its meeting's attached
    /// PDFs: they must be as they were too.
    static func vouched(packs: [Route], rendered: [OutputFile], output: URL) -> Set<String> {
        let fresh = Dictionary(rendered.map { ($0.path, $0.bytes) }) { first, _ in first }
        var attachedPDFs: [String: [String]] = [:]
        for path in fresh.keys {
            if let meeting = meetingOfAttachedPDF(path) { attachedPDFs[meeting, default: []].append(path) }
        }
        return Set(packs.filter { route in
            let (id, pdfRoute): (String, Route)
            switch route.kind {
            case .pack(let pack): (id, pdfRoute) = (pack, Route(.packPDF(id: pack), language: route.language, main: route.mainLanguage))
            case .bilingualPack(let pack): (id, pdfRoute) = (pack, .bilingualPackPDF(pack))
            default: return false
            }
            guard let pdf = FileStamp.of(path: output.path + "/" + pdfRoute.path) else { return false }
            let printed = [route.path] + (attachedPDFs[id] ?? [])
            return printed.allSatisfy { path in
                let onDisk = output.path + "/" + path
                guard let stamp = FileStamp.of(path: onDisk), pdf.modifiedNanoseconds >= stamp.modifiedNanoseconds else { return false }
                guard let bytes = fresh[path] else { return true }
                return stamp.size == Int64(bytes.count) && (try? POSIXFile.read(onDisk, limit: bytes.count).get()) == bytes
            }
        }.map(\.path))
    }

    /// Removes every pack PDF but those of `keeping` (packs' HTML paths) and says how many went.
    static func removeStale(keeping htmlPaths: Set<String>, output: URL) -> Int {
        let folder = output.appendingPathComponent(Route.packsFolder)
        var removed = 0
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            let html: Route
            switch Route(path: Route.packsFolder + "/" + name)?.kind {
            case .packPDF(let id)?: html = .pack(id)
            // A bilingual pack's PDF goes with its own HTML: when `bilingual_packs` is turned off, too.
            case .bilingualPackPDF(let id)?: html = .bilingualPack(id)
            default: continue
            }
            if !htmlPaths.contains(html.path),
                (try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))) != nil
            {
                removed += 1
            }
        }
        return removed
    }

    static func present(for outputs: [String: BuildCache.Entry], in options: BuildOptions) -> Bool {
        outputs.keys.allSatisfy { path in
            guard let id = packID(path) else { return true }
            // A bilingual pack's PDF is beside it; each language's is checked with the main one's.
            if case .bilingualPack? = Route(path: path)?.kind {
                return FileManager.default.fileExists(atPath: options.output.path + "/" + Route.bilingualPackPDF(id).path)
            }
            return FileManager.default.fileExists(atPath: pdfPath(id, options))
        }
    }

    /// Where the PDF of the pack `id` goes on disk.
    static func pdfPath(_ id: String, _ options: BuildOptions) -> String {
        options.output.path + "/" + Route.packPDF(id).path
    }

    /// The id of the pack whose page is at `path` (in any language, or bilingual), or nil for any other output.
    static func packID(_ path: String) -> String? {
        switch Route(path: path)?.kind {
        case .pack(let id)?, .bilingualPack(let id)?: id
        default: nil
        }
    }

    /// The meeting whose item attaches the PDF at `path`, or nil for any other output.
    static func meetingOfAttachedPDF(_ path: String) -> String? {
        guard case .meetingFile(let id, let name)? = Route(path: path)?.kind, name.hasSuffix(".pdf") else { return nil }
        return id
    }
}
