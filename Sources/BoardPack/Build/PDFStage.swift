import Foundation

/// The packs' PDFs: made with WeasyPrint after the HTML is written, and only for packs whose HTML
/// changed or whose PDF is missing.
enum PDFStage {
    static func render(_ written: OutputWriter.Report, weasyPrint: WeasyPrint, options: BuildOptions) throws -> Int {
        let packs = written.entries.keys.filter { $0.hasPrefix("packs/") && $0.hasSuffix(".html") }.sorted()
        let due = packs.filter { html in
            written.writtenPaths.contains(html) || !FileManager.default.fileExists(atPath: pdfPath(html, options))
        }
        let root = options.output.path
        let progress = options.progress
        progress?.expect(due.count, .pdfs)
        let results = Parallel.map(due, jobs: options.jobs) { html in
            defer { progress?.advance(.pdfs) }
            return Result { try weasyPrint.render(html: root + "/" + html, pdf: pdfPath(html, options)) }
        }
        for result in results { try result.get() }
        return due.count
    }

    /// A PDF is kept only beside the HTML it was made from in this build: a PDF left from an
    /// earlier `--pdf` build could show a paper that has since become exempt.
    static func removeUnvouched(keeping htmlPaths: Set<String>, output: URL) {
        let folder = output.appendingPathComponent("packs")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".pdf") {
            if !htmlPaths.contains("packs/" + name.dropLast(4) + ".html") {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }

    static func present(for outputs: [String: BuildCache.Entry], in options: BuildOptions) -> Bool {
        outputs.keys.filter { $0.hasPrefix("packs/") && $0.hasSuffix(".html") }.allSatisfy {
            FileManager.default.fileExists(atPath: pdfPath($0, options))
        }
    }

    static func pdfPath(_ html: String, _ options: BuildOptions) -> String {
        options.output.path + "/" + String(html.dropLast(5)) + ".pdf"
    }
}
