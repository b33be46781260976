import Foundation

/// What a new file takes from the project's site.yaml: its first board and its first dataset category.
public struct SiteDefaults: Sendable, Equatable {
    /// nil when site.yaml could not be read: the new file then says where to find a board id.
    public var board: String?
    public var category: String?
    /// Which paragraphs of Schedule 12A a new paper's comment offers.
    public var jurisdiction: Jurisdiction

    public init(board: String? = nil, category: String? = nil, jurisdiction: Jurisdiction = .england) {
        self.board = board
        self.category = category
        self.jurisdiction = jurisdiction
    }

    public init(siteYAML: String) {
        let (site, _) = SiteValidator.validate(SourceFile(path: "site.yaml", text: siteYAML))
        self.init(board: site?.boards.first?.id, category: site?.categories.first?.key, jurisdiction: site?.jurisdiction ?? .england)
    }

    /// The defaults of the project whose content folder is `content`; none when it has no readable site.yaml.
    public static func load(contentFolder content: URL) -> SiteDefaults {
        guard let text = try? String(contentsOf: content.appendingPathComponent("site.yaml"), encoding: .utf8) else {
            return SiteDefaults()
        }
        return SiteDefaults(siteYAML: text)
    }
}
