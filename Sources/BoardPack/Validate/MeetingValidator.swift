import Yams

/// Reads `content/meetings/<id>.yaml` and `content/packs/<id>.yaml`. Whether their papers exist and
/// agree with them is checked once every paper is loaded (`PackReferences`).
public enum MeetingValidator {
    static let meetingFields = ["board", "date", "time", "venue", "items"] + issueFields
    static let itemFields = ["title", "paper", "attachments"] + itemIssueFields
    static let attachmentFields = ["title", "file"]
    static let packFields = ["title", "intro", "papers", "tags"]

    /// `attachmentExists`: whether a file named in `attachments` is in the content folder, so that a
    /// missing one is reported with the meeting's other problems.
    public static func meeting(
        _ file: SourceFile, id: String, site: Site?, attachmentExists: @escaping (String) -> Bool = { _ in true }
    ) -> (Meeting?, [Diagnostic]) {
        var (document, diagnostics) = Fields.document(file, owner: "the meeting")
        guard var fields = document else { return (nil, diagnostics) }
        let board = fields.string("board")
        if let board, let node = fields.node("board"), let site { _ = fields.knownBoard(board, at: node, site: site) }
        let date = fields.date("date")
        let time = fields.string("time", required: false)
        if let time, let node = fields.node("time"), Meeting.clockTime(time) == nil {
            fields.error("'time' must be a time such as 14:00 or 09:30 (found \"\(time)\")", at: node)
        }
        let languages = site?.languages ?? [.en]
        let venues = fields.localizedText("venue", languages: languages, required: false)
        let items = readItems(&fields, languages: languages, attachmentExists: attachmentExists)
        let (published, supplements) = readIssue(&fields, date: date, items: items ?? [])
        fields.warnAboutUnknownFields(known: meetingFields)
        diagnostics += fields.diagnostics
        guard let board, let date, let items, !diagnostics.hasErrors else { return (nil, diagnostics) }
        var meeting = Meeting(id: id, sourcePath: file.path, board: board, date: date, time: time, venue: venues?.main, items: items)
        meeting.venues = LocalizedText.translated(venues)
        meeting.published = published
        meeting.dateLocation = fields.location("date")
        meeting.supplements = supplements
        return (meeting, diagnostics)
    }

    private static func readItems(
        _ fields: inout Fields, languages: [Language], attachmentExists: (String) -> Bool
    ) -> [AgendaItem]? {
        guard let node = fields.node("items"), case let .sequence(list) = node, !list.isEmpty else {
            if let node = fields.node("items") {
                fields.error("'items' is the agenda: a list of '- title: …' or '- paper: …' lines", at: node)
            } else {
                fields.diagnostics.append(.error("the meeting is missing the required field 'items' (the agenda)", at: fields.ownerLocation))
            }
            return nil
        }
        var items: [AgendaItem] = []
        for (offset, entry) in list.enumerated() {
            let line = fields.location(of: entry).line
            guard case let .mapping(mapping) = entry else {
                fields.error("an agenda item is '- title: …' (a procedural item) or '- paper: slug'", at: entry)
                continue
            }
            var item = Fields(mapping, context: fields.context, owner: "agenda item \(offset + 1)")
            let titles = item.localizedText("title", languages: languages, required: false)
            let title = titles?.main
            let paper = item.string("paper", required: false).map { Located($0, at: item.location("paper")) }
            if title == nil, paper == nil {
                item.diagnostics.append(.error("agenda item \(offset + 1) needs a 'title' or a 'paper'", at: item.ownerLocation))
            }
            let attachments = readAttachments(&item, languages: languages, exists: attachmentExists)
            let issue = readIssue(&item, hasPaper: paper != nil)
            item.warnAboutUnknownFields(known: itemFields)
            fields.diagnostics += item.diagnostics
            items.append(AgendaItem(
                number: offset + 1, title: title, paper: paper, line: line, urgent: issue.urgent, toFollow: issue.toFollow,
                attachments: attachments, titles: LocalizedText.translated(titles)))
        }
        return items
    }

    /// `attachments: [ { title: Minutes of 12 February, file: attachments/minutes.md } ]`.
    private static func readAttachments(_ item: inout Fields, languages: [Language], exists: (String) -> Bool) -> [Attachment] {
        guard let node = item.node("attachments") else { return [] }
        guard case let .sequence(list) = node else {
            item.error("'attachments' is a list of '- { title: …, file: attachments/name.md }' lines", at: node)
            return []
        }
        var attachments: [Attachment] = []
        for (offset, entry) in list.enumerated() {
            guard case let .mapping(mapping) = entry else {
                item.error("an attachment is '- { title: Minutes of the last meeting, file: attachments/minutes.md }'", at: entry)
                continue
            }
            var fields = Fields(mapping, context: item.context, owner: "attachment \(offset + 1)")
            let titles = fields.localizedText("title", languages: languages)
            let title = titles?.main
            let file = fields.string("file")
            if let file, let node = fields.node("file"), !(file.lowercased().hasSuffix(".md") || file.lowercased().hasSuffix(".pdf")) {
                fields.error("an attachment is a Markdown file (.md) or a PDF (.pdf); '\(file)' is neither", at: node)
            } else if let file, let node = fields.node("file"), !exists(file) {
                fields.error(AttachmentFiles.missing(file), at: node)
            }
            fields.warnAboutUnknownFields(known: attachmentFields)
            item.diagnostics += fields.diagnostics
            if let title, let file, !fields.diagnostics.hasErrors {
                var attachment = Attachment(title: title, file: Located(file, at: fields.location("file")))
                attachment.titles = LocalizedText.translated(titles)
                attachments.append(attachment)
            }
        }
        return attachments
    }

    /// `languages`: the site's, which the pack's title and intro may be written in.
    public static func briefingPack(
        _ file: SourceFile, id: String, languages: [Language] = [.en]
    ) -> (BriefingPackSpec?, [Diagnostic]) {
        var (document, diagnostics) = Fields.document(file, owner: "the pack")
        guard var fields = document else { return (nil, diagnostics) }
        let titles = fields.localizedText("title", languages: languages)
        let intros = fields.localizedText("intro", languages: languages, required: false)
        let title = titles?.main, intro = intros?.main
        let papers = fields.stringList("papers") ?? []
        let tags = fields.stringList("tags") ?? []
        if papers.isEmpty, tags.isEmpty {
            fields.diagnostics.append(.error("the pack chooses no papers: give 'papers: [slug, …]' and/or 'tags: [tag, …]'", at: fields.ownerLocation))
        }
        fields.warnAboutUnknownFields(known: packFields)
        diagnostics += fields.diagnostics
        guard let title, !diagnostics.hasErrors else { return (nil, diagnostics) }
        var spec = BriefingPackSpec(id: id, sourcePath: file.path, title: title, intro: intro, papers: papers, tags: tags)
        if let node = fields.node("intro").map({ LocalizedText.mainNode($0, languages: languages) }) {
            spec.introPlace = TextPlace.of(fields.location(of: node), in: file)
        }
        spec.titles = LocalizedText.translated(titles)
        spec.intros = LocalizedText.translated(intros)
        return (spec, diagnostics)
    }
}
