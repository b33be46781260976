/// Checks meetings and briefing packs against the papers: every paper named exists, no paper is twice on
/// one agenda or in one pack, and a paper's board and date agree with its meeting's.
public enum PackReferences {
    /// `present`: the slugs of every paper file, including any that could not be read; those have
    /// their own errors, and naming them again here would only bury the real problem.
    public static func check(
        meetings: [Meeting], packs: [BriefingPackSpec], papers: [String: PaperListing], present: Set<String>? = nil
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let unreadable = (present ?? []).subtracting(papers.keys)
        let slugs = papers.keys.sorted()
        // A paper may go to any number of meetings (committee, then cabinet), but once to each.
        var meetingsOf: [String: [(meeting: Meeting, reference: Located<String>)]] = [:]
        for meeting in meetings {
            var onAgenda: [String: Int] = [:]
            for item in meeting.items {
                guard let reference = item.paper else { continue }
                guard papers[reference.value] != nil else {
                    if !unreadable.contains(reference.value) {
                        diagnostics.append(.error(missingPaper(reference.value, known: slugs), at: reference.location))
                    }
                    continue
                }
                if let first = onAgenda[reference.value] {
                    diagnostics.append(.error(
                        "the paper '\(reference.value)' is already item \(first) of this agenda; "
                            + "a paper goes once on an agenda (remove this line or item \(first))",
                        at: reference.location))
                    continue
                }
                onAgenda[reference.value] = item.number
                meetingsOf[reference.value, default: []].append((meeting, reference))
            }
        }
        for (slug, placements) in meetingsOf.sorted(by: { $0.key < $1.key }) {
            guard let paper = papers[slug] else { continue }
            diagnostics += agreement(paper, slug: slug, placements: placements)
        }
        let tags = Set(papers.values.flatMap(\.tags))
        for pack in packs {
            var named: [String: SourceLocation] = [:]
            for reference in pack.papers {
                if let first = named[reference.value] {
                    diagnostics.append(.error(
                        "the paper '\(reference.value)' is already in this pack (line \(first.line)); a pack holds each paper once",
                        at: reference.location))
                    continue
                }
                named[reference.value] = reference.location
                if papers[reference.value] == nil, !unreadable.contains(reference.value) {
                    diagnostics.append(.error(missingPaper(reference.value, known: slugs), at: reference.location))
                }
            }
            for tag in pack.tags where !tags.contains(tag.value) && unreadable.isEmpty {
                diagnostics.append(.error(
                    "no paper has the tag '\(tag.value)'" + Suggestion.didYouMean(tag.value, among: tags.sorted()),
                    at: tag.location))
            }
        }
        return diagnostics
    }

    /// A paper on one agenda should be for that meeting's board and date; a paper on several
    /// (committee, then cabinet) only for one of them: the others are where it went next.
    private static func agreement(
        _ paper: PaperListing, slug: String, placements: [(meeting: Meeting, reference: Located<String>)]
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard let first = placements.first else { return [] }
        if !placements.contains(where: { $0.meeting.board == paper.board }) {
            let boards = placements.map { "'\($0.meeting.board)'" }.joined(separator: ", ")
            diagnostics.append(.warning(
                "the paper '\(slug)' is for board '\(paper.board)' but "
                    + (placements.count == 1 ? "this is a meeting of \(boards)" : "its meetings are of \(boards)"),
                at: first.reference.location))
        }
        if !placements.contains(where: { $0.meeting.date == paper.date }) {
            let dates = placements.map { $0.meeting.date.description }.joined(separator: ", ")
            diagnostics.append(.warning(
                "the paper '\(slug)' is dated \(paper.date) but "
                    + (placements.count == 1 ? "the meeting is on \(dates)" : "its meetings are on \(dates)"),
                at: first.reference.location))
        }
        return diagnostics
    }

    private static func missingPaper(_ slug: String, known: [String]) -> String {
        "there is no paper '\(slug)' in content/papers/ (no file \(slug).md)" + Suggestion.didYouMean(slug, among: known)
    }
}
