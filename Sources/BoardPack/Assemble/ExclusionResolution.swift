/// The item an agenda needs before its first exempt item: the meeting resolves under section 100A(4)
/// of the Local Government Act 1972 to exclude the press and public, naming the paragraphs of
/// Schedule 12A the following items fall under.
public struct ExclusionResolution: Sendable, Hashable {
    public var title: String
    public var resolution: String
    /// The agenda item it stands before.
    public var beforeItem: Int

    /// nil for an agenda without exempt items. `items` are the agenda's numbers with each item's
    /// exemption, in agenda order.
    public static func make(_ items: [(number: Int, exempt: Exemption?)], site: Site) -> ExclusionResolution? {
        guard let first = items.firstIndex(where: { $0.exempt != nil }) else { return nil }
        var paragraphs: [String] = []
        for case let exempt? in items[first...].map(\.exempt) where !paragraphs.contains(exempt.paragraph) {
            paragraphs.append(exempt.paragraph)
        }
        let part = items[first].exempt?.part ?? site.jurisdiction.schedulePart
        return ExclusionResolution(
            title: site.wording.exclusionTitle, resolution: site.wording.resolution(paragraphs: paragraphs, part: part),
            beforeItem: items[first].number)
    }
}
