import Foundation

/// Reads the documents attached to a meeting's agenda items, from the content folder: Markdown is
/// rendered, a PDF is checked to be one and its pages counted. A missing file is a located error.
enum AttachmentFiles {
    static let maximumPDFBytes = 50 << 20

    static func missing(_ file: String) -> String {
        "there is no file '\(file)' in the content folder (an attachment's path starts there, "
            + "as in attachments/minutes-2025-02-12.md): check the name and the folder"
    }

    /// Whether `file` (as written in a meeting) is a file inside the content folder.
    static func exists(_ file: String, content: URL) -> Bool {
        let url = content.appendingPathComponent(file).standardizedFileURL
        return url.path.hasPrefix(content.standardizedFileURL.path + "/") && FileManager.default.fileExists(atPath: url.path)
    }

    /// `slugs`: every paper's, for the links of Markdown attachments to papers.
    static func load(_ meeting: Meeting, content: URL, display: PathDisplay, slugs: Set<String>? = nil) -> (Meeting, [Diagnostic]) {
        var meeting = meeting
        var diagnostics: [Diagnostic] = []
        let root = content.standardizedFileURL.path + "/"
        let contentFolder = content
        let qpdf = QPDF.find()
        for (itemIndex, item) in meeting.items.enumerated() {
            for (index, attachment) in item.attachments.enumerated() {
                let file = content.appendingPathComponent(attachment.file.value).standardizedFileURL
                guard file.path.hasPrefix(root), FileManager.default.fileExists(atPath: file.path) else {
                    diagnostics.append(.error(missing(attachment.file.value), at: attachment.file.location))
                    continue
                }
                let content: Attachment.Content?
                if file.pathExtension.lowercased() == "md" {
                    switch SourceReader.read(file, displayPath: display(file)) {
                    case let .success(source):
                        content = .markdown(html: markdownHTML(source, folder: file.deletingLastPathComponent(), root: contentFolder, slugs: slugs, diagnostics: &diagnostics))
                    case let .failure(problem):
                        diagnostics.append(problem)
                        content = nil
                    }
                } else {
                    content = pdf(file, attachment: attachment, qpdf: qpdf, diagnostics: &diagnostics)
                }
                meeting.items[itemIndex].attachments[index].content = content
            }
        }
        return (meeting, diagnostics)
    }

    /// A Markdown attachment as the pack prints it: links to papers rewritten for the pack page and
    /// checked, as a pack's intro's are; images checked and embedded, as a paper's are in a pack.
    private static func markdownHTML(
        _ source: SourceFile, folder: URL, root: URL, slugs: Set<String>?, diagnostics: inout [Diagnostic]
    ) -> String {
        let (html, problems) = PaperLinks.packIntroHTML(source.text, path: source.path, knownSlugs: slugs ?? [PaperLinks.anySlug])
        diagnostics += problems
        let references = PaperImages.references(in: source.text, path: source.path, firstLine: 1)
        let (images, imageProblems) = PaperImageFiles.load(references, paperFolder: folder, content: root, folders: ["attachments", "assets"])
        diagnostics += imageProblems
        return PaperImages.rewrite(html, targets: Dictionary(images.map { ($0.source, $0.dataURI) }) { first, _ in first })
    }

    private static func pdf(_ file: URL, attachment: Attachment, qpdf: QPDF?, diagnostics: inout [Diagnostic]) -> Attachment.Content? {
        guard case let .success(bytes) = POSIXFile.read(file.path, limit: maximumPDFBytes) else {
            diagnostics.append(.error("cannot read '\(attachment.file.value)' (is it larger than 50 MB?)", at: attachment.file.location))
            return nil
        }
        guard bytes.starts(with: Array("%PDF-".utf8)) else {
            diagnostics.append(.error(
                "'\(attachment.file.value)' is not really a PDF: save the document again as PDF", at: attachment.file.location))
            return nil
        }
        return .pdf(bytes: bytes, pages: qpdf?.pageCount(file.path) ?? roughPageCount(bytes))
    }

    /// Pages counted from the file's page objects, when qpdf is not there to count them; only the
    /// pack's blank pages for a PDF depend on it, and a `--pdf` build needs qpdf anyway.
    static func roughPageCount(_ bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        let count = text.components(separatedBy: "/Type /Page").count - 1 + text.components(separatedBy: "/Type/Page").count - 1
            - (text.components(separatedBy: "/Type /Pages").count - 1) - (text.components(separatedBy: "/Type/Pages").count - 1)
        return max(1, count)
    }
}
