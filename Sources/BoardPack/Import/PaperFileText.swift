import Foundation

/// A field left for the adviser to fill in, and where it stands in the new file.
struct Placeholder: Sendable, Hashable {
    var field: String
    var line: Int
    var message: String
}

/// The text of an imported paper: front matter in the order `boardpack new` writes it, then the body.
enum PaperFileText {
    static func make(
        _ sheet: ImportedFrontSheet, body: String, settings: ImportSettings, mayBeExempt: Bool
    ) -> (text: String, placeholders: [Placeholder]) {
        var lines = ["---", "title: " + ProjectScaffold.yamlValue(sheet.title)]
        var placeholders: [Placeholder] = []
        func fillIn(_ field: String, _ comment: String, _ message: String) {
            placeholders.append(Placeholder(field: field, line: lines.count + 1, message: message))
            lines.append("\(field): \"\"   # to fill in: \(comment)")
        }
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
        lines.append("purpose: " + purpose(sheet.purpose))
        lines += summary(sheet.summary)
        lines += list("recommendations", sheet.recommendations, required: true)
        lines += list("actions", sheet.actions, required: false)
        lines.append("contact:")
        lines.append("  name: " + ProjectScaffold.yamlValue(sheet.contact[.contactName] ?? ""))
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
            fillIn("exempt", "false, or { paragraph: N } if it is exempt",
                "the Word paper says it is not for publication: set 'exempt: { paragraph: N }' (N from 1 to 7, "
                    + "Schedule 12A to the Local Government Act 1972), or 'exempt: false' if it may be published")
        }
        lines.append("---")
        return (lines.joined(separator: "\n") + "\n\n" + body, placeholders)
    }

    /// "For discussion." is `discussion`; anything else stays as written, for the check to point at.
    private static func purpose(_ text: String?) -> String {
        guard let text else { return "\"\"" }
        var key = text.lowercased().trimmingCharacters(in: .whitespaces)
        if key.hasPrefix("for ") { key.removeFirst(4) }
        while key.hasSuffix(".") { key.removeLast() }
        return Purpose(rawValue: key)?.rawValue ?? ProjectScaffold.yamlValue(text)
    }

    /// One paragraph folded over lines as `boardpack new` writes it; several kept apart literally.
    private static func summary(_ paragraphs: [String]) -> [String] {
        guard !paragraphs.isEmpty else { return ["summary: \"\""] }
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

    private static func list(_ key: String, _ items: [String], required: Bool) -> [String] {
        guard !items.isEmpty else { return required ? ["\(key): \"\""] : [] }
        return ["\(key):"] + items.map { "  - " + ProjectScaffold.yamlValue($0) }
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
