import Foundation

/// One paper from file to `Paper`: parse (Parse/), validate (`PaperChecks`), assemble (`PaperAssembly`).
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
    /// The headings of the paper's language: the site's main language's (Welsh in a site whose
    /// `languages` puts `cy` first); a version in another language is read with that language's.
    public var sectionHeadings: SectionHeadings

    public init(site: Site?, options: MarkdownOptions = .papers, packSlugs: Set<String> = [], packTags: Set<String> = []) {
        self.site = site
        sectionHeadings = .forLanguage(site?.mainLanguage ?? .en)
        self.options = options
        self.packSlugs = packSlugs
        self.packTags = packTags
    }

    /// Parse → validate → assemble, each by its own layer: the front matter is parsed and typed
    /// first, as the body's parse needs the title; the body is parsed even when the front matter is
    /// wrong, so that one run reports both.
    public func read(_ file: SourceFile, slug: String) -> (Paper?, [Diagnostic]) {
        let split: FrontMatterSplit
        switch StageTimer.measure(.frontMatter, { FrontMatter.split(file) }) {
        case let .success(value): split = value
        case let .failure(diagnostic): return (nil, [diagnostic])
        }
        let context = YAMLContext(path: file.path, firstLine: split.yamlFirstLine)
        let (node, yamlProblems) = StageTimer.measure(.frontMatter) { YAMLSource.read(split.yaml, context: context) }
        let (sheet, sheetProblems) = PaperChecks.frontSheet(node, yamlProblems: yamlProblems, context: context, site: site, path: file.path)
        var diagnostics = yamlProblems + sheetProblems
        let tooWide = TableWidth.check(split.body, path: file.path, firstLine: split.bodyFirstLine)
        guard tooWide.isEmpty else { return (nil, diagnostics + tooWide) }
        let pageParser = parser(file, split, title: sheet?.title)
        // In a pack, the body is parsed a second time for the pack's page.
        let packParser = sheet.flatMap { sheet in
            packSlugs.contains(slug) || !packTags.isDisjoint(with: sheet.tags)
                ? parser(file, split, title: sheet.title, idPrefix: Paper.packPrefix(slug), headingBase: 3) : nil
        }
        // Every cmark parse of the paper under one turn of the lock: the body (twice in a pack) and
        // the front sheet's texts. Fewer turns, less waiting on the other worker.
        let (mended, documents) = StageTimer.measure(.assemble) {
            let mended = pageParser.mend(split.body)
            let texts = [mended.text] + (packParser == nil ? [] : [mended.text]) + (sheet.map(FrontSheetHTML.markdown) ?? [])
            return (mended, StageTimer.measure(.markdown) { Markdown.parse(all: texts, options: options) })
        }
        let (body, bodyProblems) = StageTimer.measure(.assemble) {
            pageParser.parse(split.body, mended: mended, document: documents[0])
        }
        diagnostics += bodyProblems
        let (specs, checkProblems) = PaperChecks.body(
            body, sheet: sheet, path: file.path, bodyFirstLine: split.bodyFirstLine, headings: sectionHeadings)
        diagnostics += checkProblems
        guard let sheet else { return (nil, diagnostics) }
        var paper = PaperAssembly.paper(
            slug: slug, file: file, split: split, sheet: sheet, frontSheet: documents[(packParser == nil ? 1 : 2)...], body: body,
            specs: specs)
        if let packParser {
            paper.packBody = StageTimer.measure(.assemble) { packParser.parse(split.body, mended: mended, document: documents[1]).0 }
        }
        return (paper, diagnostics)
    }

    /// The body's parser, for the page (or, given a prefix and heading level, for a pack).
    private func parser(_ file: SourceFile, _ split: FrontMatterSplit, title: String?, idPrefix: String? = nil, headingBase: Int? = nil)
        -> PaperBodyParser
    {
        var parser = if let idPrefix, let headingBase {
            PaperBodyParser(
                path: file.path, firstLine: split.bodyFirstLine, idPrefix: idPrefix, headingBase: headingBase, options: options,
                knownSlugs: knownSlugs, title: title)
        } else {
            PaperBodyParser(path: file.path, firstLine: split.bodyFirstLine, options: options, knownSlugs: knownSlugs, title: title)
        }
        parser.otherAnchors = otherAnchors
        parser.sectionHeadings = sectionHeadings
        return parser
    }
}
