/// LGA papers say what they mean for Wales. A paper without the section, or whose scope takes in
/// Wales but whose section says nothing, gets a warning: the Welsh LGA and Welsh councils read them.
public enum WalesCheck {
    public static func check(
        _ sheet: FrontSheet, body: PaperBody, path: String, bodyFirstLine: Int, headings: SectionHeadings = .english
    ) -> [Diagnostic] {
        guard let wales = body.walesImplications else {
            return [.warning(
                "the paper has no '\(headings.walesName)' section; add '## \(headings.walesName)' saying "
                    + "whether and how it applies in Wales",
                at: SourceLocation(path: path, line: bodyFirstLine, column: 1))]
        }
        let coversWales = sheet.scope.contains { $0.nations.contains(.wales) }
        if coversWales, wales.text.isEmpty {
            return [.warning(
                "the scope includes Wales but the '\(headings.walesName)' section is empty",
                at: SourceLocation(path: path, line: wales.line, column: 1))]
        }
        return []
    }
}
