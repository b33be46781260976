import Foundation
import Yams

/// Validates a paper's front matter into a `FrontSheet`, reporting every wrong field where it stands.
public struct PaperValidator {
    public var site: Site?

    public init(site: Site?) { self.site = site }

    static let knownFields = [
        "title", "board", "date", "purpose", "summary", "recommendations", "actions", "contact",
        "scope", "exempt", "datasets", "tags", "background-papers",
    ]

    public func validate(_ node: Node?, context: YAMLContext, fileStart: SourceLocation) -> (FrontSheet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let node, case let .mapping(mapping) = node else {
            let message = node == nil
                ? "the front matter is empty: it needs at least title, board, date, purpose, summary, recommendations, contact and scope"
                : "the front matter must be a list of 'name: value' fields"
            return (nil, [.error(message, at: node.map { context.location(of: $0) } ?? fileStart)])
        }
        var fields = Fields(mapping, context: context, owner: "the paper", ownerLocation: fileStart)
        let title = fields.string("title")
        let board = readBoard(&fields)
        let date = fields.date("date")
        let purpose = fields.choice("purpose", of: Purpose.self)
        let summary = fields.string("summary")
        let recommendations = fields.stringList("recommendations", required: true)?.map(\.value)
        let actions = fields.stringList("actions")?.map(\.value) ?? []
        let contact = readContact(&fields)
        let scope = ScopeReader.read(&fields)
        let exempt = ExemptionReader(site: site).read(&fields)
        let datasets = fields.stringList("datasets") ?? []
        let tags = fields.stringList("tags")?.map(\.value) ?? []
        let backgroundPapers = BackgroundPapersReader.read(&fields)
        if fields.node("background-papers") == nil {
            fields.diagnostics.append(BackgroundPapersReader.missingWarning(at: fields.ownerLocation))
        }
        fields.warnAboutUnknownFields(known: Self.knownFields, deciding: ["exempt"])
        diagnostics += fields.diagnostics

        guard let title, let board, let date, let purpose, let summary, let recommendations,
            let contact, let scope, !diagnostics.hasErrors
        else { return (nil, diagnostics) }
        let sheet = FrontSheet(
            title: title, board: board, date: date, purpose: purpose, summary: summary,
            recommendations: recommendations, actions: actions, contact: contact, scope: scope,
            exempt: exempt ?? nil, datasets: datasets, tags: tags, backgroundPapers: backgroundPapers)
        return (sheet, diagnostics)
    }

    private func readBoard(_ fields: inout Fields) -> String? {
        guard let id = fields.string("board"), let node = fields.node("board") else { return nil }
        guard let site else { return id }
        return fields.knownBoard(id, at: node, site: site) ? id : nil
    }

    private func readContact(_ fields: inout Fields) -> Contact? {
        guard let node = fields.node("contact") else {
            fields.diagnostics.append(.error("the paper is missing the required field 'contact' (the contact officer's name, position, phone and email)", at: fields.ownerLocation))
            return nil
        }
        guard case let .mapping(mapping) = node else {
            fields.error("'contact' must have the fields name, position, phone and email", at: node)
            return nil
        }
        var contact = Fields(mapping, context: fields.context, owner: "contact")
        let name = contact.string("name")
        let position = contact.string("position", required: false)
        let phone = contact.string("phone", required: false)
        let email = contact.string("email", required: false)
        if let email, let emailNode = contact.node("email"), !Self.looksLikeEmail(email) {
            contact.error("'email' does not look like an email address, such as name@example.gov.uk (found \"\(email)\")", at: emailNode)
        }
        contact.warnAboutUnknownFields(known: ["name", "position", "phone", "email"])
        fields.diagnostics += contact.diagnostics
        guard let name else { return nil }
        return Contact(name: name, position: position, phone: phone, email: email)
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        // An address in ASCII (as nearly all are) is checked in its bytes, by the same rules.
        if let ascii = asciiLooksLikeEmail(text) { return ascii }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }

    /// `looksLikeEmail` for ASCII text (where each byte is a character, but for "\r\n", whose
    /// first byte is whitespace as the character is); nil for any other text.
    private static func asciiLooksLikeEmail(_ text: String) -> Bool? {
        var at: Int?
        var ats = 0
        var count = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == UInt8(ascii: "@") {
                ats += 1
                at = count
            }
            count += 1
        }
        guard ats == 1, let at, at > 0 else { return false }
        if text.utf8.contains(where: { $0 == 0x20 || (0x09...0x0D).contains($0) }) { return false }
        var labels = 1
        var labelLength = 0
        for byte in text.utf8.dropFirst(at + 1) {
            if byte == UInt8(ascii: ".") {
                guard labelLength > 0 else { return false }
                labels += 1
                labelLength = 0
            } else {
                labelLength += 1
            }
        }
        return labels >= 2 && labelLength > 0
    }
}
