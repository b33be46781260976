/// A board meeting: when and where, and its agenda in order.
public struct Meeting: Sendable {
    public var id: String
    public var sourcePath: String
    public var board: String
    public var date: CalendarDate
    public var time: String?
    public var venue: String?
    public var items: [AgendaItem]
    /// When the agenda was published (`published:`), for the notice check.
    public var published: Located<CalendarDate>?
    /// Where `date:` is written: a reminder to publish the agenda points there.
    public var dateLocation: SourceLocation?
    /// Supplementary agendas, in order: papers issued after the agenda.
    public var supplements: [Supplement] = []
    /// The venue in each language, where the meeting writes it by language; `venue` is the main one.
    public var venues: LocalizedText? = nil

    /// Hour and minute of a 24-hour time written "11:00"; nil for anything else.
    public static func clockTime(_ text: String?) -> (hour: Int, minute: Int)? {
        guard let parts = text?.split(separator: ":"), parts.count == 2, parts[1].count == 2,
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return (hour, minute)
    }
}

/// One line of an agenda: a procedural item with a title, or a paper (whose title it takes unless given).
public struct AgendaItem: Sendable {
    /// 1-based, in agenda order: the number discussion points take (item 4: 4.1, 4.2 …).
    public var number: Int
    public var title: String?
    public var paper: Located<String>?
    public var line: Int
    /// The reason the chair agreed to take the item though it was not on the published agenda.
    public var urgent: String? = nil
    /// The paper was not ready when the agenda was published: it is issued in a supplement.
    public var toFollow = false
    /// Documents that go with the item (the minutes of the last meeting, a report).
    public var attachments: [Attachment] = []
    /// The title in each language, where the agenda writes it by language; `title` is the main one.
    public var titles: LocalizedText? = nil
}

/// A document attached to an agenda item: Markdown, printed in the pack after the item, or a PDF,
/// published beside the meeting's page and put into the pack's PDF after the item.
public struct Attachment: Sendable {
    public enum Content: Sendable {
        case markdown(html: String)
        case pdf(bytes: [UInt8], pages: Int)
    }

    public var title: String
    /// As written, relative to the content folder: `attachments/minutes-2025-02-12.md`.
    public var file: Located<String>
    /// Read once the meeting is loaded; nil until then, or if the file could not be read.
    public var content: Content?
    /// The title in each language, where the agenda writes it by language; `title` is the main one.
    public var titles: LocalizedText? = nil

    /// The file's name where the site publishes it: `meetings/<id>/<name>`.
    public var publishedName: String { String(file.value.split(separator: "/").last ?? "") }
}

/// A pack that is not a meeting's: papers chosen by name and by tag, for a topic or an audience.
public struct BriefingPackSpec: Sendable {
    public var id: String
    public var sourcePath: String
    public var title: String
    public var intro: String?
    /// Where the intro's Markdown starts in the pack's file, so that its links' problems are located.
    public var introPlace = TextPlace(line: 1, column: 1)
    /// The intro with its links rewritten and checked, once every paper's anchors are known.
    public var introHTML: String?
    public var papers: [Located<String>]
    public var tags: [Located<String>]
    /// The title and intro in each language, where the pack writes them by language.
    public var titles: LocalizedText? = nil
    public var intros: LocalizedText? = nil
}

/// Where a piece of Markdown kept in a YAML value starts in its file: its line 1, column 1.
public struct TextPlace: Sendable, Hashable {
    public var line: Int
    public var column: Int

    /// The first character of `node`'s text in `file`: the line after a `|` or `>` indicator, at its
    /// indentation; after the quote of a quoted scalar.
    static func of(_ location: SourceLocation, in file: SourceFile) -> TextPlace {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line >= 1, location.line <= lines.count else { return TextPlace(line: location.line, column: location.column) }
        let rest = lines[location.line - 1].dropFirst(max(0, location.column - 1))
        if rest.hasPrefix("|") || rest.hasPrefix(">") {
            let next = location.line < lines.count ? lines[location.line] : ""
            return TextPlace(line: location.line + 1, column: next.prefix { $0 == " " }.count + 1)
        }
        let quoted = rest.hasPrefix("\"") || rest.hasPrefix("'")
        return TextPlace(line: location.line, column: location.column + (quoted ? 1 : 0))
    }
}
