import Foundation

/// One paper from file to `Paper`: load, split, parse the front matter and body, validate.
/// A pure function of the file's text and the site, so that it can run on any thread.
public struct PaperReader: Sendable {
    public var site: Site?
    public var options: MarkdownOptions = .papers
    /// Papers that some meeting or briefing pack includes: their body is also parsed for the pack.
    public var packSlugs: Set<String> = []
    /// Tags that briefing packs choose papers by: a paper with one of them is in a pack too.
    public var packTags: Set<String> = []
    /// Every paper's slug, for links between papers.
    public var knownSlugs: Set<String>?
    /// Every paper's anchors, once the link check has them: links to other papers' sections are then checked.
    public var otherAnchors: [String: [String: String]]?
    /// The headings of the paper's language (a Welsh version is read with Welsh ones).
    public var sectionHeadings: SectionHeadings = .english

    public init(site: Site?, options: MarkdownOptions = .papers, packSlugs: Set<String> = [], packTags: Set<String> = []) {
        self.site = site
        self.options = options
        self.packSlugs = packSlugs
        self.packTags = packTags
    }

    public func read(_ file: SourceFile, slug: String) -> (Paper?, [Diagnostic]) {
        let split: FrontMatterSplit
        switch StageTimer.measure(.frontMatter, { FrontMatter.split(file) }) {
        case let .success(value): split = value
        case let .failure(diagnostic): return (nil, [diagnostic])
        }
        let context = YAMLContext(path: file.path, firstLine: split.yamlFirstLine)
        var diagnostics: [Diagnostic] = []
        var sheet: FrontSheet?
        let (node, yamlProblems) = StageTimer.measure(.frontMatter) { YAMLSource.read(split.yaml, context: context) }
        diagnostics += yamlProblems
        if yamlProblems.isEmpty || node != nil {
            let (validated, problems) = PaperValidator(site: site).validate(
                node, context: context, fileStart: .start(of: file.path))
            sheet = validated
            diagnostics += problems
        }
        let tooWide = TableWidth.check(split.body, path: file.path, firstLine: split.bodyFirstLine)
        guard tooWide.isEmpty else { return (nil, diagnostics + tooWide) }
        // The body is parsed even when the front matter is wrong, so one run reports both.
        var parser = PaperBodyParser(
            path: file.path, firstLine: split.bodyFirstLine, options: options, knownSlugs: knownSlugs, title: sheet?.title)
        parser.otherAnchors = otherAnchors
        parser.sectionHeadings = sectionHeadings
        let (body, bodyProblems) = StageTimer.measure(.assemble) { parser.parse(split.body) }
        diagnostics += bodyProblems
        let specs = body.incidentBlocks.map { block in
            let (spec, problems) = IncidentSpecReader.read(block, path: file.path)
            diagnostics += problems
            return spec
        }
        guard let sheet else { return (nil, diagnostics) }
        diagnostics += WalesCheck.check(
            sheet, body: body, path: file.path, bodyFirstLine: split.bodyFirstLine, headings: sectionHeadings)
        diagnostics += DiscussionCheck.check(
            sheet, body: body, path: file.path, bodyFirstLine: split.bodyFirstLine, headings: sectionHeadings)
        let frontHTML = StageTimer.measure(.assemble) { FrontSheetHTML(sheet, options: options) }
        var paper = Paper(
            slug: slug, sourcePath: file.path, front: sheet, frontHTML: frontHTML, body: body, incidentSpecs: specs)
        paper.imageReferences = PaperImages.references(in: split.body, path: file.path, firstLine: split.bodyFirstLine)
        if packSlugs.contains(slug) || !packTags.isDisjoint(with: sheet.tags) {
            var packParser = PaperBodyParser(
                path: file.path, firstLine: split.bodyFirstLine, idPrefix: paper.packPrefix, headingBase: 3, options: options,
                knownSlugs: knownSlugs, title: sheet.title)
            packParser.otherAnchors = otherAnchors
            packParser.sectionHeadings = sectionHeadings
            paper.packBody = StageTimer.measure(.assemble) { packParser.parse(split.body).0 }
        }
        return (paper, diagnostics)
    }
}
