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

    /// The sentences as a page in `labels`' language gives them (issue 13): the nations and "… only"
    /// in its words where its labels have them, the rest in the words they borrow (English), the
    /// subjects in `subjects`' language (the paper's). `sentences(for:)` is the English page's.
    static func mixed(for scope: [ScopeEntry], labels: Labels, subjects: Language) -> MixedText {
        let language = labels.language
        return MixedText.joined(scope.map { entry in
            let extent = mixedExtent(entry.nations, labels: labels)
            guard let subject = entry.subject else { return labels.mixed("scope.paper_covers", ["extent": extent]) }
            // A subject that starts with its own determiner ("The police-recorded figures") keeps it
            // where the words around it are English.
            let phrase = subjectPhrase(subject)
            var sentence = labels.lender("scope.subject_the") == .en && phrase != "The " + subject
                ? MixedText(phrase, subjects)
                : labels.mixed("scope.subject_the", ["subject": MixedText(subject, subjects)])
            sentence.append(": ", language)
            sentence.append(extent)
            sentence.append(".", language)
            return sentence
        }, separator: " ", in: language)
    }

    /// `extent(_:)` in `labels`' words, inside a sentence: "Cymru yn unig", "Cymru a Lloegr",
    /// "yr Alban yn unig"; the other lists of nations, which the glossary does not give, in English.
    static func mixedExtent(_ nations: [Nation], labels: Labels) -> MixedText {
        let sorted = nations.sorted()
        let name = { (nation: Nation) in labels.mixed("nation." + nation.rawValue.replacingOccurrences(of: "-", with: "_"), [:]) }
        switch sorted.count {
        case 0: return labels.mixed("scope.no_nation", [:])
        case 1:
            var nation = name(sorted[0])
            // The extent stands inside a sentence, where Welsh writes a name's article small:
            // "Yr Alban" starts a line, but "yn yr Alban" (the glossary's Scotland row).
            if nation.languages == [.cy], nation.plain.hasPrefix("Yr ") { nation = MixedText("yr" + nation.plain.dropFirst(2), .cy) }
            return labels.mixed("scope.only", ["nation": nation])
        case Nation.allCases.count: return labels.mixed("scope.all_nations", [:])
        default:
            if sorted == [.england, .wales] { return labels.mixed("scope.england_and_wales", [:]) }
            return MixedText(extent(sorted), .en)
        }
    }

    /// The end of a `<p>` start tag and its content: the scope note on a page in `labels`' language,
    /// marked as a whole when it is all in one other language, else run by run. `textLanguage`: the
    /// `lang` of the paper's own text (its subjects) where it is not the page's.
    static func html(for scope: [ScopeEntry], labels: Labels, textLanguage: String?) -> String {
        let subjects = textLanguage.flatMap { Language(rawValue: String($0.prefix(2)).lowercased()) } ?? labels.language
        let text = mixed(for: scope, labels: labels, subjects: subjects)
        let code = { (language: Language) in HTMLText.escaped(language == subjects ? textLanguage ?? language.rawValue : language.rawValue) }
        let languages = text.languages
        if languages.count == 1, let only = languages.first, only != labels.language {
            return " lang=\"\(code(only))\">" + HTMLText.escaped(text.plain)
        }
        return ">" + text.html(in: labels.language, code: code)
    }
}
