import Foundation

/// One paper from file to `Paper`: load, split, parse the front matter and body, validate.
/// A pure function of the file's text and the site, so that it can run on any thread.
public struct PaperReader: Sendable {
    public var site: Site?
    public var options: MarkdownOptions = .papers

    public init(site: Site?, options: MarkdownOptions = .papers) {
        self.site = site
        self.options = options
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
        switch StageTimer.measure(.frontMatter, { YAMLSource.compose(split.yaml, context: context) }) {
        case let .success(node):
            let (validated, problems) = PaperValidator(site: site).validate(
                node, context: context, fileStart: .start(of: file.path))
            sheet = validated
            diagnostics += problems
        case let .failure(diagnostic):
            diagnostics.append(diagnostic)
        }
        // The body is parsed even when the front matter is wrong, so one run reports both.
        let parser = PaperBodyParser(path: file.path, firstLine: split.bodyFirstLine, options: options)
        let (body, bodyProblems) = StageTimer.measure(.assemble) { parser.parse(split.body) }
        diagnostics += bodyProblems
        guard let sheet else { return (nil, diagnostics) }
        diagnostics += WalesCheck.check(sheet, body: body, path: file.path, bodyFirstLine: split.bodyFirstLine)
        let frontHTML = StageTimer.measure(.assemble) { FrontSheetHTML(sheet, options: options) }
        return (Paper(slug: slug, sourcePath: file.path, front: sheet, frontHTML: frontHTML, body: body), diagnostics)
    }
}
