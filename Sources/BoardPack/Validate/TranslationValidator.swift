import Yams

/// Checks a paper's version in another language against the main language's paper (the English
/// one, or the Welsh one in a site whose `languages` puts `cy` first): the fields that say
/// what the paper is (board, date, purpose, exemption, datasets, the nations of its scope) must be
/// the same, and its paragraphs and discussion points numbered the same, so that "paragraph 5" or
/// "point 1.2" means the same in both.
public enum TranslationValidator {
    /// Errors at the field's line in the translation's front matter; warnings for numbering.
    /// `main`: the site's main language, the language of `english` and of `englishPath`'s file.
    public static func check(
        _ translated: Paper, against english: Paper, file: SourceFile, englishPath: String, main: Language = .en
    ) -> [Diagnostic] {
        let original = "the \(main.englishName) paper (\(englishPath))"
        guard case let .success(split) = FrontMatter.split(file) else { return [] }
        let context = YAMLContext(path: file.path, firstLine: split.yamlFirstLine)
        guard case let .mapping(mapping)? = YAMLSource.read(split.yaml, context: context).0 else { return [] }
        let fields = Fields(mapping, context: context, owner: "the paper", ownerLocation: .start(of: file.path))
        let mine = translated.front
        let theirs = english.front
        var diagnostics: [Diagnostic] = []
        func differ(_ key: String, english value: String, at location: SourceLocation? = nil) {
            diagnostics.append(.error(
                "'\(key)' must be the same as in \(original), which has '\(key): \(value)': "
                    + "a translation changes the words, not what the paper is",
                at: location ?? fields.location(key)))
        }
        if mine.board != theirs.board { differ("board", english: theirs.board) }
        if mine.date != theirs.date { differ("date", english: theirs.date.description) }
        if mine.purpose != theirs.purpose { differ("purpose", english: theirs.purpose.rawValue) }
        if mine.exempt?.paragraph != theirs.exempt?.paragraph {
            // Both exempt: the paragraph is what differs.
            var place: SourceLocation?
            if case let .mapping(exempt)? = fields.node("exempt"), let paragraph = exempt["paragraph"], theirs.exempt != nil {
                place = fields.location(of: paragraph)
            }
            differ("exempt", english: theirs.exempt.map { "{ paragraph: \($0.paragraph), … }" } ?? "false", at: place)
        }
        if Set(mine.datasets.map(\.value)) != Set(theirs.datasets.map(\.value)) {
            differ("datasets", english: "[" + theirs.datasets.map(\.value).joined(separator: ", ") + "]")
        }
        if let problem = scopeDifference(mine.scope, theirs.scope, fields: fields, original: original) {
            diagnostics.append(problem)
        }
        diagnostics += numbering(translated.body, english.body, path: file.path, bodyFirstLine: split.bodyFirstLine, original: original)
        return diagnostics
    }

    /// The scope's subjects are translated; its nations, entry by entry, are not.
    private static func scopeDifference(
        _ mine: [ScopeEntry], _ theirs: [ScopeEntry], fields: Fields, original: String
    ) -> Diagnostic? {
        let nations = { (entry: ScopeEntry) in "[" + entry.nations.map(\.rawValue).joined(separator: ", ") + "]" }
        if mine.count != theirs.count {
            return .error(
                "'scope' has \(mine.count) \(mine.count == 1 ? "entry" : "entries") but \(original) has "
                    + "\(theirs.count): give the same entries, with the same nations, in the same order",
                at: fields.location("scope"))
        }
        guard let index = mine.indices.first(where: { Set(mine[$0].nations) != Set(theirs[$0].nations) }) else { return nil }
        var location = fields.location("scope")
        if let scope = fields.node("scope"), mine[index].subject != nil {
            let items = Fields.items(scope)
            if index < items.count, case let .mapping(entry) = items[index], let nationsNode = entry["nations"] {
                location = fields.location(of: nationsNode)
            }
        }
        let which = theirs.count == 1 ? "'scope'" : "scope entry \(index + 1)"
        return .error(
            "\(which) must cover the same nations as in \(original), which has \(nations(theirs[index])): "
                + "a translation changes the words, not what the paper covers",
            at: location)
    }

    /// Paragraphs and discussion points are numbered through the paper: different counts mean the
    /// numbers no longer match between the two versions.
    static func numbering(
        _ mine: PaperBody, _ theirs: PaperBody, path: String, bodyFirstLine: Int, original: String
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if mine.paragraphCount != theirs.paragraphCount {
            diagnostics.append(.warning(
                "this version has \(mine.paragraphCount) numbered paragraphs and \(original) has "
                    + "\(theirs.paragraphCount): give both the same paragraphs, so that each number means the same in both",
                at: SourceLocation(path: path, line: bodyFirstLine, column: 1)))
        }
        if mine.discussionPoints.count != theirs.discussionPoints.count {
            let line = mine.discussionPoints.first?.line ?? bodyFirstLine
            diagnostics.append(.warning(
                "this version has \(mine.discussionPoints.count) discussion points and \(original) has "
                    + "\(theirs.discussionPoints.count): give both the same points, so that each number means the same in both",
                at: SourceLocation(path: path, line: line, column: 1)))
        }
        return diagnostics
    }
}
