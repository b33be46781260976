/// A board paper: its front sheet and its body, validated and ready to assemble.
///
/// Its fields live in one shared, copy-on-write object: a paper is copied wherever a list of papers
/// is walked (the link check, the plans, the pages), and a copy of some forty strings and arrays
/// retained and released one by one cost more CPU than any of those steps' own work.
public struct Paper: Sendable {
    /// The file name without `.md`: the paper's id and its URL.
    public var slug: String {
        get { storage.slug }
        set { unique().slug = newValue }
    }

    /// The path used in diagnostics.
    public var sourcePath: String {
        get { storage.sourcePath }
        set { unique().sourcePath = newValue }
    }

    public var front: FrontSheet {
        get { storage.front }
        set { unique().front = newValue }
    }

    /// The front sheet's Markdown texts as HTML, rendered with the body.
    public var frontHTML: FrontSheetHTML {
        get { storage.frontHTML }
        set { unique().frontHTML = newValue }
    }

    public var body: PaperBody {
        get { storage.body }
        set { unique().body = newValue }
    }

    /// What each incidents block asks for, by block index; nil where the block is wrong.
    public var incidentSpecs: [IncidentSpec?] {
        get { storage.incidentSpecs }
        set { unique().incidentSpecs = newValue }
    }

    /// The body as it stands in a pack: headings a level lower (under the paper's title) and every
    /// id prefixed with `packPrefix`, so that papers can share one page. Only for papers in a pack.
    public var packBody: PaperBody? {
        get { storage.packBody }
        set { unique().packBody = newValue }
    }

    /// The body's `![alt](file)` images as written, and the files read for them.
    public var imageReferences: [ImageReference] {
        get { storage.imageReferences }
        set { unique().imageReferences = newValue }
    }

    public var images: [PaperImage] {
        get { storage.images }
        set { unique().images = newValue }
    }

    /// The paper's versions in the site's other languages (`<slug>.cy.md`), parsed and checked
    /// against this one. Not rendered yet.
    public var translations: [Language: Paper] {
        get { storage.translations }
        set { unique().translations = newValue }
    }

    public var packPrefix: String { Self.packPrefix(slug) }

    static func packPrefix(_ slug: String) -> String { "p-\(slug)-" }

    private var storage: Storage

    init(
        slug: String, sourcePath: String, front: FrontSheet, frontHTML: FrontSheetHTML, body: PaperBody,
        incidentSpecs: [IncidentSpec?] = [], packBody: PaperBody? = nil, imageReferences: [ImageReference] = [],
        images: [PaperImage] = [], translations: [Language: Paper] = [:]
    ) {
        storage = Storage(
            slug: slug, sourcePath: sourcePath, front: front, frontHTML: frontHTML, body: body, incidentSpecs: incidentSpecs,
            packBody: packBody, imageReferences: imageReferences, images: images, translations: translations)
    }

    /// The storage, copied first when another paper shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Changed only through `unique()`, so a storage that two papers (or threads) share is never written.
    private final class Storage: @unchecked Sendable {
        var slug: String
        var sourcePath: String
        var front: FrontSheet
        var frontHTML: FrontSheetHTML
        var body: PaperBody
        var incidentSpecs: [IncidentSpec?]
        var packBody: PaperBody?
        var imageReferences: [ImageReference]
        var images: [PaperImage]
        var translations: [Language: Paper]

        init(
            slug: String, sourcePath: String, front: FrontSheet, frontHTML: FrontSheetHTML, body: PaperBody,
            incidentSpecs: [IncidentSpec?], packBody: PaperBody?, imageReferences: [ImageReference], images: [PaperImage],
            translations: [Language: Paper]
        ) {
            self.slug = slug
            self.sourcePath = sourcePath
            self.front = front
            self.frontHTML = frontHTML
            self.body = body
            self.incidentSpecs = incidentSpecs
            self.packBody = packBody
            self.imageReferences = imageReferences
            self.images = images
            self.translations = translations
        }

        func copy() -> Storage {
            Storage(
                slug: slug, sourcePath: sourcePath, front: front, frontHTML: frontHTML, body: body, incidentSpecs: incidentSpecs,
                packBody: packBody, imageReferences: imageReferences, images: images, translations: translations)
        }
    }
}

public struct FrontSheetHTML: Sendable, Hashable {
    public var summary: String
    public var recommendations: [String]
    public var actions: [String]

    /// Made in Assemble (`FrontSheetHTML(_:options:)`): the model holds the HTML, it does not render it.
    public init(summary: String, recommendations: [String], actions: [String]) {
        self.summary = summary
        self.recommendations = recommendations
        self.actions = actions
    }
}

/// The paper's front matter: what the LGA's front sheet shows, plus publishing fields.
public struct FrontSheet: Sendable, Hashable {
    public var title: String
    public var board: String
    public var date: CalendarDate
    public var purpose: Purpose
    public var summary: String
    public var recommendations: [String]
    public var actions: [String]
    public var contact: Contact
    public var scope: [ScopeEntry]
    public var exempt: Exemption?
    public var datasets: [Located<String>]
    public var tags: [String]
    /// nil when the paper does not say (a warning); `.none` when it says it relied on none.
    public var backgroundPapers: BackgroundPapers?
}

public enum Purpose: String, Sendable, Hashable, CaseIterable {
    case discussion, decision, information, noting

    /// As the front sheet words it: "For discussion."
    public var frontSheetText: String { "For \(rawValue)." }
}

public struct Contact: Sendable, Hashable {
    public var name: String
    public var position: String?
    public var phone: String?
    public var email: String?
}

/// Why a paper is not published: the paragraph of Schedule 12A its information falls under (in the
/// Part for the council's nation), and why the public interest in keeping it exempt outweighs the
/// public interest in disclosing it. Public outputs show these and the paper's title, nothing else.
public struct Exemption: Sendable, Hashable {
    /// "3", "14", "18A".
    public var paragraph: String
    public var part: Int
    /// The paragraph's words in the Act.
    public var description: String
    public var publicInterest: String
    /// The notice citing the paragraph and Part, in the council's wording.
    public var notice: String

    public init(paragraph: String, part: Int, description: String, publicInterest: String, notice: String) {
        self.paragraph = paragraph
        self.part = part
        self.description = description
        self.publicInterest = publicInterest
        self.notice = notice
    }

    /// The exemption under `paragraph` of the jurisdiction's Part; nil for a paragraph it does not have.
    public init?(paragraph: String, publicInterest: String, jurisdiction: Jurisdiction, wording: StatutoryWording = .standard) {
        guard let described = ScheduleTwelveA.paragraph(paragraph, in: jurisdiction) else { return nil }
        let part = jurisdiction.schedulePart
        self.init(
            paragraph: described.number, part: part,
            description: wording.paragraphDescriptions[described.number] ?? described.description, publicInterest: publicInterest,
            notice: wording.notice(paragraph: described.number, part: part))
    }

    /// "Paragraph 14: Information relating to …"
    public var citedDescription: String { "Paragraph \(paragraph): \(description)" }

    /// Notice, description and reason as one plain text, for the feed and search.
    public func plainText(publicInterestLabel: String) -> String {
        "\(notice) \(citedDescription) \(publicInterestLabel) \(publicInterest)"
    }
}

/// One line of a paper's territorial extent: a subject and the nations it covers. A paper that gives
/// `scope: england` has one entry with no subject: the whole paper.
public struct ScopeEntry: Sendable, Hashable {
    public var subject: String?
    public var nations: [Nation]
}
