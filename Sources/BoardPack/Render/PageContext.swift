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

    /// The parts of `base.mustache` that are the same on every page of a depth, rendered once per
    /// build from the `page-head`, `page-header` and `page-footer` templates, each without its last
    /// line break: `{{{pageHead}}}`, `{{{pageHeader}}}`, `{{{pageFooter}}}`.
    struct Chrome: Sendable {
        var head: String
        var header: String
        var footer: String
    }

    var site: SiteNames
    /// Folders below the site's root: 0 for index.html, 2 for papers/<slug>/index.html.
    var depth: Int
    /// Relative links, so the site works from a sub-folder and opened from disk.
    var root: String
    /// A members' build, marked "Confidential: members only" on every page.
    var confidential: Bool
    /// Set by `SiteRenderer` for the page's depth.
    var chrome: Chrome?
    /// The feed of the page's language, from the site's root: `feed.xml`, or `cy/feed.xml` on a Welsh page.
    var feed = Route.feed.path

    init(site: Site, depth: Int, confidential: Bool) {
        self.site = SiteNames(title: site.title, organisation: site.organisation, language: site.language)
        self.depth = depth
        root = String(repeating: "../", count: depth)
        self.confidential = confidential
    }

    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "root": root
        case "feed": feed
        case "confidential": confidential
        case "pageHead": chrome?.head
        case "pageHeader": chrome?.header
        case "pageFooter": chrome?.footer
        default: nil
        }
    }
}

/// A page's view model: its own values over those every page has.
protocol PageView: MustacheParent {
    var base: PageBase { get set }
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
