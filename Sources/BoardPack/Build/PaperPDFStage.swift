import Foundation

/// Each paper's own PDF, `papers/<slug>.pdf`, made with `--pdf` from the paper laid out as a pack
/// of one; in a bilingual site each language's beside that language's page (`cy/papers/<slug>.pdf`).
/// Like the packs' PDFs, one is kept by later builds only while its page is unchanged.
enum PaperPDFStage {
    /// Whether the PDF on disk still prints `page`: it is no older than the page on disk, and the
    /// page this build makes is byte for byte the one on disk.
    static func vouched(_ page: OutputFile, output: URL) -> Bool {
        guard let route = Route(path: page.path), case .paper(let slug) = route.kind else { return false }
        let pagePath = output.path + "/" + page.path
        guard let pdf = FileStamp.of(path: output.path + "/" + Route.paperPDF(slug).within(route).path), let stamp = FileStamp.of(path: pagePath),
            pdf.modifiedNanoseconds >= stamp.modifiedNanoseconds, stamp.size == Int64(page.bytes.count)
        else { return false }
        return (try? POSIXFile.read(pagePath, limit: page.bytes.count).get()) == page.bytes
    }

    /// One job per paper whose page was written in this build or whose PDF is missing or older.
    /// `prints`: each paper laid out for print, at its PDF's path.
    static func jobs(_ prints: [OutputFile], printer: WeasyPrint.Printer, options: BuildOptions) -> [WeasyPrint.Printer.Job] {
        let root = options.output.path
        let due = prints.filter { file in
            guard let route = Route(path: file.path), case .paperPDF(let slug) = route.kind else { return false }
            let page = root + "/" + Route.paper(slug).within(route).path
            guard let pdf = FileStamp.of(path: root + "/" + file.path), let stamp = FileStamp.of(path: page) else { return true }
            return pdf.modifiedNanoseconds < stamp.modifiedNanoseconds
        }
        return due.map { file in
            {
                // Beside the paper's folder, removed once printed: it is not part of the site.
                let html = root + "/" + String(file.path.dropLast(4)) + ".print-\(ProcessInfo.processInfo.processIdentifier).html"
                guard POSIXFile.write(file.bytes, to: html) else {
                    throw EnvironmentError(description: "cannot write \(html): \(String(cString: strerror(errno)))")
                }
                defer { unlink(html) }
                try printer.render(html: html, pdf: root + "/" + file.path)
            }
        }
    }

    /// Removes the papers' PDFs that no longer print their page: the paper went, became exempt in
    /// a public build, or its page changed after the PDF was made. Says how many went.
    /// Every language's papers folder is looked in: a language the site no longer publishes has no
    /// pages left, so its PDFs go too.
    static func removeStale(printable: Set<String>, output: URL) -> Int {
        var removed = 0
        for folder in [Route.papersFolder] + Language.allCases.map({ $0.rawValue + "/" + Route.papersFolder }) {
            // Only a `.pdf` name can be a paper's PDF: the thousands of papers' folders are passed over unread.
            let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path + "/" + folder)) ?? []
            for name in names.filter({ $0.hasSuffix(".pdf") }).sorted() {
                let path = folder + "/" + name
                guard let route = Route(path: path), case .paperPDF(let slug) = route.kind else { continue }
                let pdf = FileStamp.of(path: output.path + "/" + path)
                let page = FileStamp.of(path: output.path + "/" + Route.paper(slug).within(route).path)
                if printable.contains(slug), let pdf, let page, pdf.modifiedNanoseconds >= page.modifiedNanoseconds { continue }
                if unlink(output.path + "/" + path) == 0 { removed += 1 }
            }
        }
        return removed
    }
}
