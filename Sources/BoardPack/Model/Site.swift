/// The project's settings from `content/site.yaml`.
public struct Site: Sendable, Hashable {
    public struct Board: Sendable, Hashable {
        public var id: String
        public var name: String
    }

    public var title: String
    public var organisation: String
    public var baseURL: String
    public var language: String
    public var boards: [Board]
    /// Dataset category keys and their labels, in the order written.
    public var categories: [(key: String, label: String)]

    public init(
        title: String, organisation: String, baseURL: String, language: String,
        boards: [Board], categories: [(key: String, label: String)]
    ) {
        self.title = title
        self.organisation = organisation
        self.baseURL = baseURL
        self.language = language
        self.boards = boards
        self.categories = categories
    }

    public func board(_ id: String) -> Board? { boards.first { $0.id == id } }

    public static func == (lhs: Site, rhs: Site) -> Bool {
        lhs.title == rhs.title && lhs.organisation == rhs.organisation && lhs.baseURL == rhs.baseURL
            && lhs.language == rhs.language && lhs.boards == rhs.boards
            && lhs.categories.map(\.key) == rhs.categories.map(\.key)
            && lhs.categories.map(\.label) == rhs.categories.map(\.label)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(boards)
    }
}
