/// A supplement's pack is named after its meeting (`<meeting>-supplement-1`): a meeting or a
/// briefing pack with that name would be overwritten by it, or overwrite it.
public enum SupplementNames {
    public static func check(_ meetings: [Meeting], packs: [BriefingPackSpec]) -> [Diagnostic] {
        let taken = Dictionary(meetings.map { ($0.id, $0.sourcePath) } + packs.map { ($0.id, $0.sourcePath) }) { first, _ in first }
        return meetings.flatMap { meeting in
            meeting.supplements.compactMap { supplement -> Diagnostic? in
                let id = supplement.packID(meeting: meeting.id)
                guard let other = taken[id] else { return nil }
                return .error(
                    "\(supplement.title.lowercased()) is published as packs/\(id).html, but \(other) has that name too: rename that file",
                    at: supplement.published.location)
            }
        }
    }
}
