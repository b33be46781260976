import Mustache

/// What every page's template receives besides its own content: the site and the way back to the root.
struct PageBase: MustacheParent {
    /// The site as templates name it: `site.title`, `site.organisation`, `site.language`.
    struct SiteNames: MustacheParent {
        var title: String
        var organisation: String
        var language: String

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "organisation": organisation
            case "language": language
            default: nil
            }
        }
    }

    var site: SiteNames
    /// Relative links, so the site works from a sub-folder and opened from disk.
    var root: String
    /// A members' build, marked "Confidential: members only" on every page.
    var confidential: Bool

    init(site: Site, depth: Int, confidential: Bool) {
        self.site = SiteNames(title: site.title, organisation: site.organisation, language: site.language)
        root = String(repeating: "../", count: depth)
        self.confidential = confidential
    }

    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "root": root
        case "confidential": confidential
        default: nil
        }
    }
}

/// A list under one name, as templates open it: `{{#items}}`, `{{#places}}`, `{{#points}}`.
struct Named<Element>: MustacheParent {
    var name: String
    var values: [Element]

    init(_ name: String, _ values: [Element]) {
        self.name = name
        self.values = values
    }

    func child(named name: String) -> Any? { name == self.name ? values : nil }
}

/// A title with a link: meetings' supplements, briefing packs, places a paper was considered at.
struct TitleLink: MustacheParent {
    var title: String
    var url: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        default: nil
        }
    }
}
