import Yams

/// A paper's validation, between its parse and its assembly (see `PaperReader`): the front matter
/// typed into a front sheet, then the checks that need the parsed body.
enum PaperChecks {
    /// The front sheet from the parsed YAML, when the YAML could be read at all.
    static func frontSheet(
        _ node: Node?, yamlProblems: [Diagnostic], context: YAMLContext, site: Site?, path: String
    ) -> (FrontSheet?, [Diagnostic]) {
        guard yamlProblems.isEmpty || node != nil else { return (nil, []) }
        return PaperValidator(site: site).validate(node, context: context, fileStart: .start(of: path))
    }

    /// The incidents blocks' settings, and the Wales and discussion checks (given a front sheet).
    static func body(
        _ body: PaperBody, sheet: FrontSheet?, path: String, bodyFirstLine: Int, headings: SectionHeadings = .english
    ) -> (specs: [IncidentSpec?], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let specs = body.incidentBlocks.map { block in
            let (spec, problems) = IncidentSpecReader.read(block, path: path)
            diagnostics += problems
            return spec
        }
        if let sheet {
            diagnostics += WalesCheck.check(sheet, body: body, path: path, bodyFirstLine: bodyFirstLine, headings: headings)
            diagnostics += DiscussionCheck.check(sheet, body: body, path: path, bodyFirstLine: bodyFirstLine, headings: headings)
        }
        return (specs, diagnostics)
    }
}
