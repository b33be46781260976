import Mustache

/// What every page's template receives besides its own content: the site and the way back to the root.
struct PageBase: MustacheParent {
    /// The site as templates name it: `site.title`, `site.organisation`, `site.language`. A class:
    /// a tag's lookup copies a reference, not three strings.
    final class SiteNames: MustacheParent, Sendable {
        let title: String
        let organisation: String
        let language: String

        init(title: String, organisation: String, language: String) {
            self.title = title
            self.organisation = organisation
            self.language = language
        }

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "organisation": organisation
            case "language": language
            // Escaped here once, for the built-in templates' `{{{site.titleHTML}}}`.
            case "titleHTML": RawHTML(escaping: title)
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
    /// Folders below the site's root: 0 for index.html, 2 for papers/<slug>/index.html, 3 for cy/papers/<slug>/index.html.
    var depth: Int
    /// Relative links to the page's language's root (the site's root for the main language, `cy/`
    /// for Welsh), so the site works from a sub-folder and opened from disk.
    var root: String
    /// Relative links to the site's root, for what every language shares (`assets/`, `packs/`).
    var shared: String
    /// What a pack's file name has before `.html` in this language: "" or ".cy".
    var packSuffix = ""
    /// A members' build, marked "Confidential: members only" on every page.
    var confidential: Bool
    /// Set by `SiteRenderer` for the page's depth.
    var chrome: Chrome?
    /// The page's language, where the site publishes in more than one.
    var language: Language = .en
    /// The page in each of the site's languages (itself included), for `hreflang`; empty when the
    /// site has one language.
    var alternates: [Alternate] = []
    /// The page in the other languages, for the header's language switch.
    var switchLinks: [Alternate] = []

    init(site: Site, depth: Int, confidential: Bool) {
        self.site = SiteNames(title: site.title, organisation: site.organisation, language: site.language)
        self.depth = depth
        root = String(repeating: "../", count: depth)
        shared = root
        self.confidential = confidential
    }

    /// The frame of the page at `route` in its language, with links to its other languages'
    /// versions when the site has more than one. `labels`: the page's language's.
    init(site: Site, route: Route, labels: Labels, confidential: Bool) {
        let language = route.language
        let mainLanguage = site.languages.first ?? .en
        self.init(site: site.localized(language), depth: route.depth, confidential: confidential)
        self.language = language
        if language != mainLanguage {
            root = String(repeating: "../", count: route.depth - 1)
            packSuffix = "." + language.rawValue
        }
        guard site.languages.count > 1 else { return }
        alternates = site.languages.map { other in
            let version = route.alternate(other)
            let href = site.baseURL.isEmpty ? version.relative(from: route) : version.absolute(base: site.baseURL)
            return Alternate(lang: site.languageCode(other), href: href, name: labels["language.name.\(other.rawValue)"])
        }
        switchLinks = site.languages.filter { $0 != language }.map { other in
            Alternate(lang: site.languageCode(other), href: route.alternate(other).relative(from: route), name: labels["language.name.\(other.rawValue)"])
        }
    }

    /// Another language's version of a page.
    struct Alternate: MustacheParent {
        var lang: String
        var href: String
        var name: String

        func child(named name: String) -> Any? {
            switch name {
            case "lang": lang
            case "href": href
            case "name": self.name
            default: nil
            }
        }
    }

    /// What `chrome` is the same for: pages of one depth in one language.
    var chromeKey: ChromeKey { ChromeKey(language: language, depth: depth) }

    struct ChromeKey: Hashable, Sendable {
        var language: Language
        var depth: Int
    }

    /// Whether the head and header are this page's own (they link its other versions), not shared by its depth.
    var ownsChrome: Bool { !alternates.isEmpty }

    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "root": root
        case "shared": shared
        case "packSuffix": packSuffix
        case "confidential": confidential
        case "pageHead": chrome.map { RawHTML(html: $0.head) }
        case "pageHeader": chrome.map { RawHTML(html: $0.header) }
        case "pageFooter": chrome.map { RawHTML(html: $0.footer) }
        case "alternates": alternates.isEmpty ? nil : alternates
        case "languageSwitch": switchLinks.isEmpty ? nil : Named("links", switchLinks)
        default: nil
        }
    }
}

extension Site {
    /// The site as pages in `language` name it: its title, organisation and board names in that
    /// language, and `language` the `lang` attribute's code.
    func localized(_ language: Language) -> Site {
        guard language != (languages.first ?? .en) else { return self }
        var site = self
        site.title = title(in: language)
        site.organisation = organisation(in: language)
        site.boards = boards.map { board in
            var board = board
            board.name = board.name(in: language)
            return board
        }
        site.language = languageCode(language)
        return site
    }

    /// The code of `lang` and `hreflang` for a language: site.yaml's `language` for the main one (as
    /// every page has today), else the language's own code.
    func languageCode(_ language: Language) -> String {
        language == (languages.first ?? .en) && Language(code: self.language) == language ? self.language : language.rawValue
    }
}

/// A page's view model: its own values over those every page has.
protocol PageView: MustacheParent {
    var base: PageBase { get set }
}

/// The object a template is rendered with: the view behind a reference. Mustache casts the
/// objects of the open sections to `MustacheParent` on every tag it looks up, and a page's view is
/// the bottom one, asked for everything the sections above it do not have: cast as a struct, its
/// every field would be copied and released each time.
final class ViewReference: MustacheParent {
    let view: any MustacheParent

    init(_ view: any MustacheParent) { self.view = view }

    func child(named name: String) -> Any? { view.child(named: name) }
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
extension Meeting {
    /// The meeting as pages in `language` show it: its venue, items' and attachments' titles in
    /// that language where written so.
    func localized(_ language: Language, main: Language) -> Meeting {
        guard language != main else { return self }
        var meeting = self
        if let venues { meeting.venue = venues.text(for: language) }
        meeting.items = items.map { item in
            var item = item
            if let titles = item.titles { item.title = titles.text(for: language) }
            item.attachments = item.attachments.map { attachment in
                var attachment = attachment
                if let titles = attachment.titles { attachment.title = titles.text(for: language) }
                return attachment
            }
            return item
        }
        return meeting
    }
}
