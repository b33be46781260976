/// A paper put together from its validated parts (see `PaperReader`): the front sheet's HTML, the
/// body, the incidents blocks' settings and the images it refers to.
enum PaperAssembly {
    static func paper(
        slug: String, file: SourceFile, split: FrontMatterSplit, sheet: FrontSheet, body: PaperBody, specs: [IncidentSpec?],
        options: MarkdownOptions
    ) -> Paper {
        let frontHTML = StageTimer.measure(.assemble) { FrontSheetHTML(sheet, options: options) }
        var paper = Paper(slug: slug, sourcePath: file.path, front: sheet, frontHTML: frontHTML, body: body, incidentSpecs: specs)
        paper.imageReferences = PaperImages.references(in: split.body, path: file.path, firstLine: split.bodyFirstLine)
        return paper
    }
}
