import Foundation

/// The labels of the LGA template's front sheet, in the forms authors type them.
enum FrontSheetLabel: String, CaseIterable, Sendable {
    case purpose, summary, recommendations, actions
    case contactName, position, phone, email

    private static let forms: [FrontSheetLabel: [String]] = [
        .purpose: ["purpose of report", "purpose of the report", "purpose"],
        .summary: ["summary"],
        .recommendations: ["recommendation", "recommendations", "recommendation/s", "recommendation(s)"],
        .actions: ["action", "actions", "action/s", "action(s)"],
        .contactName: ["contact officer", "contact officers", "contact officer/s", "contact"],
        .position: ["position", "job title"],
        .phone: ["phone no", "phone no.", "phone", "phone number", "telephone", "telephone no", "tel", "tel."],
        .email: ["email", "e-mail", "email address"],
    ]

    var isContact: Bool { [.contactName, .position, .phone, .email].contains(self) }

    /// The label a paragraph or table cell holds, typed with or without a colon, in any case.
    init?(_ text: String) {
        let key = Self.normalized(text)
        guard let label = Self.allCases.first(where: { Self.forms[$0]?.contains(key) == true }) else { return nil }
        self = label
    }

    /// `Contact officer:\tRachel Duke`: the label and what follows it on the same line.
    static func split(_ text: String) -> (FrontSheetLabel, String)? {
        guard let colon = text.firstIndex(of: ":"), let label = FrontSheetLabel(String(text[..<colon])) else { return nil }
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return (label, value)
    }

    private static func normalized(_ text: String) -> String {
        var key = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        while key.hasSuffix(":") { key.removeLast() }
        return key.trimmingCharacters(in: .whitespaces)
    }
}
