/// Sentences saying which nations each subject of a paper covers, for readers in each nation:
/// "The Independent Adviser's role covers England only. The SIGCE support offer covers England and Wales."
public enum ScopeNote {
    public static func sentences(for scope: [ScopeEntry]) -> [String] {
        scope.map { entry in
            let subject = entry.subject.map(subjectPhrase) ?? "This paper"
            return "\(subject) covers \(extent(entry.nations))."
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
