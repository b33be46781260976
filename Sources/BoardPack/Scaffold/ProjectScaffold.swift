/// What `boardpack init` and `boardpack new` write. Pure text: writing it is `ScaffoldWriter`'s job.
///
/// Everything here must build as it is, with no errors and no warnings, so that a new user's first
/// `boardpack build` succeeds and every later problem is one they made themselves.
public enum ProjectScaffold {
    /// The files of a new project, by path inside the project folder, with the pipeline for `ci`
    /// and the site settings for a council in `jurisdiction`.
    public static func files(ci: CIService = .github, jurisdiction: Jurisdiction = .england) -> [(path: String, text: String)] {
        [
            ("content/site.yaml", ExampleProject.site(jurisdiction: jurisdiction)),
            ("content/papers/example-paper.md", ExampleProject.paper),
            ("content/data/example-incidents.yaml", ExampleDataset.text),
            ("content/meetings/example-meeting.yaml", ExampleProject.meeting),
            ("content/packs/example-briefing.yaml", ExampleProject.briefingPack),
            (".gitignore", ExampleProject.gitignore),
            ci.pipeline,
        ]
    }

    /// The kinds of file `boardpack new` makes.
    public enum Kind: String, CaseIterable, Sendable {
        case paper, meeting, dataset

        /// Where a file of this kind named `name` goes, inside the content folder.
        public func path(name: String) -> String {
            switch self {
            case .paper: "papers/\(name).md"
            case .meeting: "meetings/\(name).yaml"
            case .dataset: "data/\(name).yaml"
            }
        }
    }

    /// A name becomes a file name and a web address, so it keeps to letters, digits, '-' and '_'.
    public static func isValidName(_ name: String) -> Bool {
        ContentFolder.isValidSlug(name)
    }

    /// A dataset's name is also the name of its downloads: lower-case letters, digits and '-' only.
    public static func isValidName(_ name: String, for kind: Kind) -> Bool {
        kind == .dataset ? ContentFolder.isValidDatasetID(name) : isValidName(name)
    }

    /// The text of a new file of `kind`, every field present and valid.
    /// `papers` puts papers on a new meeting's agenda; the other kinds ignore it.
    public static func newFile(
        _ kind: Kind, name: String, date: CalendarDate, defaults: SiteDefaults, papers: [String] = []
    ) -> String {
        switch kind {
        case .paper: newPaper(name: name, board: defaults.board, date: date, jurisdiction: defaults.jurisdiction)
        case .meeting: newMeeting(name: name, board: defaults.board, date: date, papers: papers)
        case .dataset: newDataset(name: name, category: defaults.category, date: date)
        }
    }

    /// `returns_2024-25` → `Returns 2024-25`: a title to start from, not to keep. A hyphen between
    /// digits stays, as in a financial year.
    static func title(from name: String) -> String {
        let characters = Array(name)
        let spaced = characters.indices.map { index -> Character in
            let character = characters[index]
            guard character == "-" || character == "_" else { return character }
            let betweenDigits = character == "-" && index > 0 && index < characters.count - 1
                && characters[index - 1].isNumber && characters[index + 1].isNumber
            return betweenDigits ? "-" : " "
        }
        let words = String(spaced)
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// `text` as a YAML value that reads back as the same string.
    static func yamlValue(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || " -_.".unicodeScalars.contains($0))
        }
        let reserved = ["true", "false", "yes", "no", "on", "off", "null", "~"]
        if plain, let first = text.unicodeScalars.first, first.properties.isAlphabetic,
            !reserved.contains(text.lowercased()), !text.hasSuffix(" ")
        {
            return text
        }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }
}
