import Foundation

/// A field left for the adviser to fill in, and where it stands in the new file.
struct Placeholder: Sendable, Hashable {
    var field: String
    var line: Int
    /// Where the empty value stands.
    var column: Int
    var message: String
}

/// The text of an imported paper: front matter in the order `boardpack new` writes it, then the body.
enum PaperFileText {
    static func make(
        _ sheet: ImportedFrontSheet, body: String, settings: ImportSettings, mayBeExempt: Bool
    ) -> (text: String, placeholders: [Placeholder]) {
        var lines = ["---", "title: " + ProjectScaffold.yamlValue(sheet.title)]
        var placeholders: [Placeholder] = []
        func fillIn(_ field: String, _ comment: String, _ message: String, indent: String = "") {
            placeholders.append(Placeholder(field: field, line: lines.count + 1, column: indent.count + field.count + 3, message: message))
            lines.append("\(indent)\(field): \"\"   # to fill in: \(comment)")
        }
        let notFound = "the Word paper has no "
        if let board = settings.board {
            lines.append("board: " + ProjectScaffold.yamlValue(board))
        } else {
            fillIn("board", "the id of a board in content/site.yaml",
                "fill in 'board': the id of the board the paper goes to, from content/site.yaml (or import with --board ID)")
        }
        if let date = settings.date {
            lines.append("date: \(date)")
        } else {
            fillIn("date", "the date of the meeting, YYYY-MM-DD",
                "fill in 'date': the date of the meeting the paper goes to, written YYYY-MM-DD (or import with --date YYYY-MM-DD)")
        }
        if let text = sheet.purpose {
            lines.append("purpose: " + purpose(text))
        } else {
            fillIn("purpose", "discussion, decision, information or noting",
                notFound + "purpose that boardpack could find ('Purpose of report' followed by 'For discussion.' or the like): "
                    + "fill in 'purpose': one of discussion, decision, information, noting")
        }
        if sheet.summary.isEmpty {
            fillIn("summary", "the summary on the front sheet",
                notFound + "summary that boardpack could find (a 'Summary' label followed by its text): fill in 'summary'")
        } else {
            lines += summary(sheet.summary)
        }
        if sheet.recommendations.isEmpty {
            fillIn("recommendations", "a list of recommendations",
                notFound + "recommendations that boardpack could find (a 'Recommendation/s' label followed by them): "
                    + "fill in 'recommendations' as a list, one '- ' line each")
        } else {
            lines += list("recommendations", sheet.recommendations)
        }
        lines += list("actions", sheet.actions)
        lines.append("contact:")
        if let name = sheet.contact[.contactName] {
            lines.append("  name: " + ProjectScaffold.yamlValue(name))
        } else {
            fillIn("name", "the contact officer's name",
                notFound + "contact officer that boardpack could find (a line 'Contact officer:' and the name): fill in the contact's 'name'",
                indent: "  ")
        }
        for (label, key) in [(FrontSheetLabel.position, "position"), (.phone, "phone"), (.email, "email")] {
            guard let value = sheet.contact[label] else { continue }
            // A phone number is always quoted, so that YAML keeps it as written.
            lines.append("  \(key): " + (label == .phone ? quoted(value) : ProjectScaffold.yamlValue(value)))
        }
        if let scope = settings.scope {
            lines.append("scope: [\(scope.map(\.rawValue).joined(separator: ", "))]")
        } else {
            fillIn("scope", "the nations it covers, such as [england, wales]",
                "fill in 'scope': the nations the paper covers, such as [england, wales] (or import with --scope england,wales)")
        }
        if mayBeExempt {
            fillIn("exempt", "false, or { paragraph: N, public-interest: \"…\" } if it is exempt",
                "the Word paper says it is not for publication: set 'exempt: { paragraph: N, public-interest: \"…\" }' "
                    + "(N the paragraph of Schedule 12A to the Local Government Act 1972: 1 to 7 in England, 12 to 18 in "
                    + "Wales; the reason the public interest in keeping it exempt outweighs disclosing it), or "
                    + "'exempt: false' if it may be published")
        }
        lines.append("---")
        return (lines.joined(separator: "\n") + "\n\n" + body, placeholders)
    }

    /// "For discussion." is `discussion`; anything else stays as written, for the check to point at.
    private static func purpose(_ text: String) -> String {
        var key = text.lowercased().trimmingCharacters(in: .whitespaces)
        if key.hasPrefix("for ") { key.removeFirst(4) }
        while key.hasSuffix(".") { key.removeLast() }
        return Purpose(rawValue: key)?.rawValue ?? ProjectScaffold.yamlValue(text)
    }

    /// One paragraph folded over lines as `boardpack new` writes it; several kept apart literally.
    private static func summary(_ paragraphs: [String]) -> [String] {
        if paragraphs.count > 1 {
            return ["summary: |"] + Array(paragraphs.map { ["  " + $0] }.joined(separator: [""]))
        }
        var lines = ["summary: >"]
        var line = ""
        for word in paragraphs[0].split(separator: " ") {
            if !line.isEmpty, line.count + word.count + 1 > 96 {
                lines.append("  " + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + ["  " + line]
    }

    private static func list(_ key: String, _ items: [String]) -> [String] {
        guard !items.isEmpty else { return [] }
        return ["\(key):"] + items.map { "  - " + ProjectScaffold.yamlValue($0) }
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
