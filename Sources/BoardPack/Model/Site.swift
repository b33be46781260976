/// The project's settings from `content/site.yaml`.
public struct Site: Sendable, Hashable {
    public struct Board: Sendable, Hashable {
        public var id: String
        public var name: String
        /// The name in each language where site.yaml writes it by language; `name` is the main one.
        public var names: LocalizedText? = nil
    }

    public var title: String
    public var organisation: String
    public var baseURL: String
    public var language: String
    public var boards: [Board] { didSet { boardIndex = Self.index(boards) } }
    /// Dataset category keys and their labels, in the order written.
    public var categories: [(key: String, label: String)]
    /// England unless `jurisdiction: wales`: decides the exempt paragraphs and the notice period.
    public var jurisdiction: Jurisdiction
    /// The sentences about the law, the council's own where site.yaml gives them.
    public var wording: StatutoryWording
    /// How much notice an agenda needs (`notice:` and `bank-holidays:` in site.yaml).
    public var notice = NoticeRules.standard(.england)
    /// The languages the site publishes in, the main one first (`languages:`); [en] unless given.
    public var languages: [Language] = [.en]
    /// `bilingual_packs: true`: each pack is also written as one document, the Welsh pack then
    /// the English one (`packs/<id>.cy-en.html`); only in a site publishing in both.
    public var bilingualPacks = false
    /// The title and organisation in each language, where site.yaml writes them by language.
    public var localized = SiteTexts()
    /// Position of each board by id: papers and meetings look their board up, and a site may list thousands.
    private var boardIndex: [String: Int]

    public init(
        title: String, organisation: String, baseURL: String, language: String,
        boards: [Board], categories: [(key: String, label: String)],
        jurisdiction: Jurisdiction = .england, wording: StatutoryWording = .standard
    ) {
        self.title = title
        self.organisation = organisation
        self.baseURL = baseURL
        self.language = language
        self.boards = boards
        self.categories = categories
        self.jurisdiction = jurisdiction
        self.wording = wording
        boardIndex = Self.index(boards)
    }

    public func board(_ id: String) -> Board? { boardIndex[id].map { boards[$0] } }

    /// The board's name as pages show it; its id when site.yaml does not list it.
    public func boardName(_ id: String) -> String { board(id)?.name ?? id }

    /// The first board with each id, as a search from the start would find it.
    private static func index(_ boards: [Board]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, board) in boards.enumerated() where index[board.id] == nil { index[board.id] = position }
        return index
    }

    public static func == (lhs: Site, rhs: Site) -> Bool {
        lhs.title == rhs.title && lhs.organisation == rhs.organisation && lhs.baseURL == rhs.baseURL
            && lhs.language == rhs.language && lhs.boards == rhs.boards
            && lhs.categories.map(\.key) == rhs.categories.map(\.key)
            && lhs.categories.map(\.label) == rhs.categories.map(\.label)
            && lhs.jurisdiction == rhs.jurisdiction && lhs.wording == rhs.wording && lhs.notice == rhs.notice
            && lhs.languages == rhs.languages && lhs.localized == rhs.localized
            && lhs.bilingualPacks == rhs.bilingualPacks
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(boards)
    }
}
