/// A paper put together from its validated parts (see `PaperReader`): the front sheet's HTML, the
/// body, the incidents blocks' settings and the images it refers to.
enum PaperAssembly {
    /// `frontSheet`: the texts of `FrontSheetHTML.markdown(of: sheet)`, parsed.
    static func paper(
        slug: String, file: SourceFile, split: FrontMatterSplit, sheet: FrontSheet, frontSheet: some Sequence<MarkdownDocument>,
        body: PaperBody, specs: [IncidentSpec?]
    ) -> Paper {
        let frontHTML = StageTimer.measure(.assemble) { FrontSheetHTML(sheet, documents: frontSheet) }
        var paper = Paper(slug: slug, sourcePath: file.path, front: sheet, frontHTML: frontHTML, body: body, incidentSpecs: specs)
        paper.imageReferences = PaperImages.references(in: split.body, path: file.path, firstLine: split.bodyFirstLine)
        return paper
    }
}
