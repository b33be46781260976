/// Puts packs together from meetings and briefing specs and the loaded papers.
public enum PackAssembler {
    public static func meetingPack(_ meeting: Meeting, papers: [String: Paper], site: Site) -> Pack {
        let boardName = site.boardName(meeting.board)
        let items = meeting.items.map { item in
            let paper = item.paper.flatMap { papers[$0.value] }
            var packed = PackItem(
                number: item.number, title: item.title ?? paper?.front.title ?? item.paper?.value ?? "", paper: paper,
                attachments: item.attachments, urgent: item.urgent)
            // The pack stays as first published: a paper to follow is not in it, even once issued.
            if item.toFollow {
                packed.exemptToFollow = paper?.front.exempt
                packed.paper = nil
                // What goes with the paper follows with it (and an exempt paper's is as exempt as the paper).
                packed.attachments = []
                packed.toFollow = item.paper.flatMap { meeting.supplement(issuing: $0.value)?.number } ?? 0
            }
            return packed
        }
        return Pack(id: meeting.id, title: "\(boardName), \(meeting.date.long)", kind: .meeting(meeting), items: items, boardName: boardName)
    }

    /// A supplementary agenda: its papers under the numbers their items hold on the agenda.
    public static func supplementPack(_ meeting: Meeting, _ supplement: Supplement, papers: [String: Paper], site: Site) -> Pack {
        let issued = Set(supplement.papers.map(\.value))
        let items = meeting.items.compactMap { item -> PackItem? in
            guard let slug = item.paper?.value, issued.contains(slug) else { return nil }
            let paper = papers[slug]
            return PackItem(
                number: item.number, title: item.title ?? paper?.front.title ?? slug, paper: paper, urgent: item.urgent)
        }
        return Pack(
            id: supplement.packID(meeting: meeting.id), title: AgendaPlace.meetingTitle(meeting, site: site),
            kind: .supplement(meeting, supplement), items: items, boardName: site.boardName(meeting.board))
    }

    /// The slugs a briefing pack holds: named papers in the order given, then papers with any of
    /// the tags, newest first; each once.
    public static func briefingMembers(_ spec: BriefingPackSpec, listings: [PaperListing]) -> [String] {
        let known = Set(listings.map(\.slug))
        var chosen = spec.papers.map(\.value).filter(known.contains)
        var seen = Set(chosen)
        let tags = Set(spec.tags.map(\.value))
        let tagged = listings.filter { !seen.contains($0.slug) && !tags.isDisjoint(with: $0.tags) }.sorted(by: PaperListing.newestFirst)
        for paper in tagged where seen.insert(paper.slug).inserted { chosen.append(paper.slug) }
        return chosen
    }

    public static func briefingPack(_ spec: BriefingPackSpec, members: [String], papers: [String: Paper]) -> Pack {
        let items = members.compactMap { papers[$0] }.enumerated().map {
            PackItem(number: $0.offset + 1, title: $0.element.front.title, paper: $0.element)
        }
        var spec = spec
        // The intro's links are rewritten and checked once every paper's anchors are known; a pack
        // made before that has its Markdown made HTML here, not in the view.
        if spec.introHTML == nil { spec.introHTML = spec.intro.map { PaperLinks.packIntroHTML($0).html } }
        return Pack(id: spec.id, title: spec.title, kind: .briefing(spec), items: items, boardName: nil)
    }

    /// One paper as a printable document of its own: the pack's layout without agenda, contents or appendices.
    public static func paperPrint(_ paper: Paper, site: Site) -> Pack {
        Pack(
            id: paper.slug, title: paper.front.title, kind: .paper,
            items: [PackItem(number: 1, title: paper.front.title, paper: paper)],
            boardName: site.boardName(paper.front.board))
    }

    /// The pack in `language`: its title, board and items' titles in that language where the
    /// content gives them, and each paper's version in it (`<slug>.cy.md`) where there is one. The
    /// numbers of the items whose paper has none (printed in the main language) come with it.
    /// A main language other than English (a Welsh-first site) has its own pack as it is, but for
    /// its meeting's date in its words ("Cabinet, 25 Mawrth 2025").
    public static func localized(_ pack: Pack, site: Site, language: Language) -> (pack: Pack, untranslated: Set<Int>) {
        guard language != site.mainLanguage else {
            var own = pack
            switch pack.kind {
            case _ where language == .en: break
            case let .meeting(meeting), let .supplement(meeting, _):
                own.title = "\(site.boardName(meeting.board)), \(DateText.long(meeting.date, in: language))"
            default: break
            }
            return (own, [])
        }
        var localized = pack
        var untranslated = Set<Int>()
        let board = { (id: String) in site.board(id)?.name(in: language) ?? id }
        var agendaTitles: [Int: String] = [:]
        switch pack.kind {
        case let .meeting(meeting), let .supplement(meeting, _):
            localized.boardName = board(meeting.board)
            localized.title = "\(board(meeting.board)), \(DateText.long(meeting.date, in: language))"
            for item in meeting.items { agendaTitles[item.number] = item.titles?.text(for: language) }
        case let .briefing(spec):
            localized.title = spec.titles?.text(for: language) ?? spec.title
            if let intro = spec.intros?.others[language] { localized.kind = .briefing(briefingIntro(spec, intro)) }
        case .paper:
            if let paper = pack.items.first?.paper {
                localized.boardName = board(paper.front.board)
                localized.title = paper.translations[language]?.front.title ?? pack.title
            }
        }
        localized.items = pack.items.map { item in
            var item = item
            if let paper = item.paper {
                if let translation = paper.translations[language] {
                    item.paper = translation
                    item.title = agendaTitles[item.number] ?? translation.front.title
                } else {
                    untranslated.insert(item.number)
                }
            } else if let title = agendaTitles[item.number] {
                item.title = title
            }
            return item
        }
        return (localized, untranslated)
    }

    /// A briefing pack's spec with its intro in another language, its Markdown made HTML.
    private static func briefingIntro(_ spec: BriefingPackSpec, _ intro: String) -> BriefingPackSpec {
        var spec = spec
        spec.intro = intro
        spec.introHTML = PaperLinks.packIntroHTML(intro).html
        return spec
    }

    /// The meeting's scope in sentences: which items cover which nations, and which nations none covers.
    public static func scopeSummary(_ items: [PackItem]) -> String {
        var groups: [(extent: String, items: [Int])] = []
        var mixed: [Int] = []
        var covered = Set<Nation>()
        for item in items {
            guard let paper = item.paper else { continue }
            let extents = Set(paper.front.scope.map { ScopeNote.extent($0.nations) })
            covered.formUnion(paper.front.scope.flatMap(\.nations))
            guard extents.count == 1, let extent = extents.first else {
                mixed.append(item.number)
                continue
            }
            if let index = groups.firstIndex(where: { $0.extent == extent }) {
                groups[index].items.append(item.number)
            } else {
                groups.append((extent, [item.number]))
            }
        }
        var sentences = groups.map { group in
            "\(itemList(group.items)) \(group.items.count == 1 ? "covers" : "cover") \(group.extent)."
        }
        if !mixed.isEmpty {
            sentences.append("\(itemList(mixed)) \(mixed.count == 1 ? "covers" : "cover") different nations for different subjects, as set out below.")
        }
        let uncovered = Nation.allCases.filter { !covered.contains($0) }.map(\.name)
        if !uncovered.isEmpty, !covered.isEmpty {
            sentences.append("No item covers \(uncovered.count == 1 ? uncovered[0] : uncovered.dropLast().joined(separator: ", ") + " or " + uncovered.last!).")
        }
        return sentences.joined(separator: " ")
    }

    static func itemList(_ numbers: [Int]) -> String {
        let texts = numbers.map(String.init)
        if texts.count == 1 { return "Item \(texts[0])" }
        return "Items " + texts.dropLast().joined(separator: ", ") + " and " + texts[texts.count - 1]
    }
}
