/// Sentences saying which nations each subject of a paper covers, for readers in each nation:
/// "The Independent Adviser's role: England only. The SIGCE support offer: England and Wales."
/// A subject is named before a colon, never as the subject of a verb, so the sentence is right
/// whether it is singular or plural ("The police-recorded figures: England and Wales.").
public enum ScopeNote {
    public static func sentences(for scope: [ScopeEntry]) -> [String] {
        scope.map { entry in
            guard let subject = entry.subject else { return "This paper covers \(extent(entry.nations))." }
            return "\(subjectPhrase(subject)): \(extent(entry.nations))."
        }
    }

    /// "England only", "England and Wales", "England, Wales and Scotland", "all four UK nations".
    public static func extent(_ nations: [Nation]) -> String {
        let names = nations.sorted().map(\.name)
        switch names.count {
        case 0: return "no nation"
        case 1: return "\(names[0]) only"
        case Nation.allCases.count: return "all four UK nations (England, Wales, Scotland and Northern Ireland)"
        default: return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        }
    }

    /// A subject as the start of a sentence: "SIGCE support offer" reads "The SIGCE support offer".
    static func subjectPhrase(_ subject: String) -> String {
        let determiners = ["the", "a", "an", "this", "these", "that", "those", "its", "our", "their", "all", "each", "every"]
        let firstWord = subject.split(separator: " ").first.map { $0.lowercased() } ?? ""
        if determiners.contains(firstWord) {
            return subject.prefix(1).uppercased() + subject.dropFirst()
        }
        return "The " + subject
    }
}
