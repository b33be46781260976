/// A paper for discussion gives members points to discuss: without them its pack item has nothing
/// to number, which is almost always a heading boardpack did not recognise.
public enum DiscussionCheck {
    public static func check(
        _ sheet: FrontSheet, body: PaperBody, path: String, bodyFirstLine: Int, headings: SectionHeadings = .english
    ) -> [Diagnostic] {
        guard sheet.purpose == .discussion, body.discussionPoints.isEmpty else { return [] }
        let heading = body.sections.first { PaperBodyParser.kind(of: $0.title, headings: headings) == .discussion }
        let message = heading == nil
            ? "the paper is for discussion but has no discussion points; add a '## \(headings.discussionName)' section with a "
                + "numbered list (1. …, 2. …) of the points members are asked to discuss"
            : "the paper is for discussion but its discussion section has no numbered list of points "
                + "(1. …, 2. …) for members to discuss"
        return [.warning(message, at: SourceLocation(path: path, line: heading?.line ?? bodyFirstLine, column: 1))]
    }
}
