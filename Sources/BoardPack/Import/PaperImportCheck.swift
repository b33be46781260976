import Foundation

/// The check of a newly imported paper: the project's own paper validation, with the fields the
/// import left empty reported as what the adviser still has to fill in, where they stand.
struct PaperImportCheck {
    var path: String
    var text: String
    var content: URL

    func diagnostics(placeholders: [Placeholder], sheet: ImportedFrontSheet, titleFromFile: Bool) -> [Diagnostic] {
        let site = (try? String(contentsOf: content.appendingPathComponent("site.yaml"), encoding: .utf8))
            .flatMap { SiteValidator.validate(SourceFile(path: "site.yaml", text: $0)).0 }
        let slug = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let (_, checked) = PaperReader(site: site).read(SourceFile(path: path, text: text), slug: slug)
        let filled = Set(placeholders.map(\.line))
        var diagnostics = checked.filter { !filled.contains($0.line) }
        for placeholder in placeholders {
            var message = placeholder.message
            if placeholder.field == "board", let site {
                message += "; site.yaml lists " + site.boards.map { "'\($0.id)'" }.joined(separator: ", ")
            }
            diagnostics.append(.error(message, at: SourceLocation(path: path, line: placeholder.line, column: placeholder.column)))
        }
        if titleFromFile {
            diagnostics.append(.warning(
                "the Word document has no title (no heading, bold title or title property), so the file's name was used: check 'title'",
                at: location(line: 2, field: "title")))
        }
        if !sheet.unlabelled.isEmpty {
            let start = sheet.unlabelled[0].prefix(60)
            diagnostics.append(.warning(
                "\(sheet.unlabelled.count) paragraph(s) of the front sheet were under no label and were not imported, "
                    + "starting \"\(start)…\": copy them into the front matter or the body if they are needed",
                at: location(line: 2, field: "title")))
        }
        diagnostics += imagesWithoutDescription()
        return diagnostics.sorted()
    }

    /// An image needs its alternative text, written between the brackets, for people who cannot see it.
    private func imagesWithoutDescription() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let range = rest.range(of: "![](") {
                let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                found.append(.warning(
                    "the image has no alternative text: describe it between the brackets, such as ![Bar chart of cases by region](…), "
                        + "or set its Alt Text in Word and import again",
                    at: SourceLocation(path: path, line: index + 1, column: column)))
                rest = rest[range.upperBound...]
            }
        }
        return found
    }

    /// The column of a field's value on its line.
    private func location(line: Int, field: String) -> SourceLocation {
        SourceLocation(path: path, line: line, column: field.count + 3)
    }
}
