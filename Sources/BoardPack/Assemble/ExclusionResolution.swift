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

    /// The resolution as a page in `labels`' language shows it. Its title is the Act's heading in
    /// that language's words, where the labels have them and the council has not given its own
    /// (`wording:` in site.yaml); the resolution stays the council's or the Act's English.
    /// `lang`: the `lang` of the whole item when even its title is still English; `resolutionLang`:
    /// of the resolution alone when the title is in the page's language. Both nil on English pages.
    public func shown(in labels: Labels, site: Site) -> (resolution: ExclusionResolution, lang: String?, resolutionLang: String?) {
        guard labels.language != .en else { return (self, nil, nil) }
        let english = Language.en.rawValue
        guard site.wording.exclusionTitle == StatutoryWording.standard.exclusionTitle else { return (self, english, nil) }
        if let lang = labels.lang("statutory.exclusion_title") { return (self, lang, nil) }
        var shown = self
        shown.title = labels["statutory.exclusion_title"]
        return (shown, nil, english)
    }
}
