/// Checks meetings and briefing packs against the papers: every paper named exists, no paper is on
/// two agendas, and a paper's board and date agree with its meeting's.
public enum PackReferences {
    /// `present`: the slugs of every paper file, including any that could not be read; those have
    /// their own errors, and naming them again here would only bury the real problem.
    public static func check(
        meetings: [Meeting], packs: [BriefingPackSpec], papers: [String: PaperListing], present: Set<String>? = nil
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let unreadable = (present ?? []).subtracting(papers.keys)
        let slugs = papers.keys.sorted()
        var placed: [String: (meeting: String, location: SourceLocation)] = [:]
        for meeting in meetings {
            for item in meeting.items {
                guard let reference = item.paper else { continue }
                guard let paper = papers[reference.value] else {
                    if !unreadable.contains(reference.value) {
                        diagnostics.append(.error(missingPaper(reference.value, known: slugs), at: reference.location))
                    }
                    continue
                }
                if let first = placed[reference.value] {
                    diagnostics.append(.error(
                        "the paper '\(reference.value)' is already on the agenda of meeting '\(first.meeting)' "
                            + "(\(first.location.path):\(first.location.line)); a paper goes to one meeting",
                        at: reference.location))
                } else {
                    placed[reference.value] = (meeting.id, reference.location)
                }
                if paper.board != meeting.board {
                    diagnostics.append(.warning(
                        "the paper '\(reference.value)' is for board '\(paper.board)' but this is a meeting of '\(meeting.board)'",
                        at: reference.location))
                }
                if paper.date != meeting.date {
                    diagnostics.append(.warning(
                        "the paper '\(reference.value)' is dated \(paper.date) but the meeting is on \(meeting.date)",
                        at: reference.location))
                }
            }
        }
        let tags = Set(papers.values.flatMap(\.tags))
        for pack in packs {
            for reference in pack.papers where papers[reference.value] == nil && !unreadable.contains(reference.value) {
                diagnostics.append(.error(missingPaper(reference.value, known: slugs), at: reference.location))
            }
            for tag in pack.tags where !tags.contains(tag.value) && unreadable.isEmpty {
                diagnostics.append(.error(
                    "no paper has the tag '\(tag.value)'" + Suggestion.didYouMean(tag.value, among: tags.sorted()),
                    at: tag.location))
            }
        }
        return diagnostics
    }

    private static func missingPaper(_ slug: String, known: [String]) -> String {
        "there is no paper '\(slug)' in content/papers/ (no file \(slug).md)" + Suggestion.didYouMean(slug, among: known)
    }
}
