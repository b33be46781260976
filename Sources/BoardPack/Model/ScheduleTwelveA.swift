/// The descriptions of exempt information in Schedule 12A to the Local Government Act 1972, as
/// amended: Part 1 for England (substituted by SI 2006/88), Part 4 for Wales (substituted by
/// SI 2007/969), with paragraphs 18A to 18C added for Welsh standards committees by SI 2007/951
/// reg 4. Printed beside every exempt item, so that the public can see what kind of information
/// is withheld.
public enum ScheduleTwelveA {
    public struct Paragraph: Sendable, Hashable {
        public var number: String
        public var description: String
    }

    public static func paragraphs(_ jurisdiction: Jurisdiction) -> [Paragraph] {
        switch jurisdiction {
        case .england: zip(1...7, shared).map { Paragraph(number: String($0), description: $1) }
        case .wales:
            zip(12...18, ["Information relating to a particular individual."] + shared.dropFirst())
                .map { Paragraph(number: String($0), description: $1) } + standardsCommittee
        }
    }

    public static func paragraph(_ number: String, in jurisdiction: Jurisdiction) -> Paragraph? {
        paragraphs(jurisdiction).first { $0.number == number }
    }

    /// Paragraphs 1-7 (England); 12-18 (Wales) have the same words but for paragraph 12, "a
    /// particular individual" where England says "any individual".
    private static let shared = [
        "Information relating to any individual.",
        "Information which is likely to reveal the identity of an individual.",
        "Information relating to the financial or business affairs of any particular person (including the authority holding that information).",
        "Information relating to any consultations or negotiations, or contemplated consultations or negotiations, in connection with any labour relations matter arising between the authority or a Minister of the Crown and employees of, or office holders under, the authority.",
        "Information in respect of which a claim to legal professional privilege could be maintained in legal proceedings.",
        "Information which reveals that the authority proposes (a) to give under any enactment a notice under or by virtue of which requirements are imposed on a person; or (b) to make an order or direction under any enactment.",
        "Information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime.",
    ]

    private static let standardsCommittee = [
        Paragraph(number: "18A", description: "Information which is subject to any obligations of confidentiality."),
        Paragraph(number: "18B", description: "Information which relates in any way to matters concerning national security."),
        Paragraph(
            number: "18C",
            description: "The deliberations of a standards committee or of a sub-committee of a standards committee established "
                + "under the provisions of Part 3 of the Local Government Act 2000 in reaching any finding on a matter referred to it."),
    ]
}
