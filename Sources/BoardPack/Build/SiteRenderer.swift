import Mustache

/// Turns the assembled site into output files with the templates: one function per kind of page.
struct SiteRenderer: Sendable {
    /// The main language's templates.
    let templates: TemplateSet
    /// Each language's templates, its labels written in.
    let languages: [Language: TemplateSet]
    let site: Site
    let options: BuildOptions
    /// Built once: every page with a dataset summary uses it.
    let labels: GroupLabels
    /// The meetings each paper went to, for its page's "Considered at".
    let places: [String: [AgendaPlace]]
    /// The same with board names in each language other than the main one.
    let placesByLanguage: [Language: [String: [AgendaPlace]]]
    /// Each page's template, found with its partials before anything is rendered.
    let pages: Pages
    /// The same in each of the site's languages, with that language's labels.
    let pagesByLanguage: [Language: Pages]

    struct Pages: Sendable {
        var paper, meeting, index, pack, search, incidents: MustacheTemplate

        init(_ templates: TemplateSet) throws {
            paper = try templates.template("paper")
            meeting = try templates.template("meeting")
            index = try templates.template("index")
            pack = try templates.template("pack")
            search = try templates.template("search")
            incidents = try templates.template("incidents")
        }
    }

    /// Throws `TemplateSet.MissingTemplate` when a page's template, or a partial it names, is missing.
    init(templates: [Language: TemplateSet], site: Site, options: BuildOptions, meetings: [Meeting] = []) throws {
        let main = site.languages.first ?? .en
        guard let mainTemplates = templates[main] ?? templates.values.first else { throw TemplateSet.MissingTemplate(name: "base", namedIn: nil) }
        self.templates = mainTemplates
        languages = templates
        self.site = site
        self.options = options
        labels = GroupLabels(site: site)
        places = AgendaPlace.index(meetings, site: site)
        var placesByLanguage: [Language: [String: [AgendaPlace]]] = [:]
        for language in site.languages.dropFirst() { placesByLanguage[language] = AgendaPlace.index(meetings, site: site.localized(language)) }
        self.placesByLanguage = placesByLanguage
        pages = try Pages(mainTemplates)
        var byLanguage: [Language: Pages] = [:]
        for (language, set) in templates { byLanguage[language] = language == main ? pages : try Pages(set) }
        pagesByLanguage = byLanguage
        chrome = try Self.chrome(templates, site: site, confidential: options.audience == .members)
    }

    /// What is the same on every page of a depth (0, 1, 2; 1, 2, 3 under `cy/`) in a language, rendered once.
    let chrome: [PageBase.ChromeKey: PageBase.Chrome]

    /// The site's languages, the main one first.
    var siteLanguages: [Language] { site.languages.isEmpty ? [.en] : site.languages }

    private func render(_ template: MustacheTemplate, _ view: any MustacheParent, language: Language? = nil) -> String {
        template.render(ViewReference(view), library: set(language).library)
    }

    /// The templates of `language` (the main language's when nil or not published).
    func set(_ language: Language?) -> TemplateSet { language.flatMap { languages[$0] } ?? templates }

    /// The page templates of `language`.
    func pages(_ language: Language) -> Pages { pagesByLanguage[language] ?? pages }

    private func render<View: PageView>(_ template: MustacheTemplate, page: View) -> String {
        var page = page
        let set = set(page.base.language)
        if page.base.ownsChrome {
            // Its head and header link its other languages' versions: its own.
            page.base.chrome = try? set.chrome(for: page.base)
        } else {
            page.base.chrome = chrome[page.base.chromeKey]
        }
        return render(template, page, language: page.base.language)
    }

    static func chrome(_ templates: [Language: TemplateSet], site: Site, confidential: Bool) throws -> [PageBase.ChromeKey: PageBase.Chrome] {
        let main = site.languages.first ?? .en
        var chrome: [PageBase.ChromeKey: PageBase.Chrome] = [:]
        for (language, set) in templates {
            for depth in 0...2 {
                var base = PageBase(site: site, route: Route(.home, language: language, main: main), labels: set.labels, confidential: confidential)
                base.depth = depth + (language == main ? 0 : 1)
                base.root = String(repeating: "../", count: depth)
                base.shared = String(repeating: "../", count: base.depth)
                base.alternates = []
                base.switchLinks = []
                chrome[base.chromeKey] = try set.chrome(for: base)
            }
        }
        return chrome
    }

    /// `kind` in `language`, with the site's main language.
    func route(_ kind: Route.Kind, _ language: Language) -> Route { Route(kind, language: language, main: site.mainLanguage) }

    /// The frame of the page at `route`.
    func base(_ route: Route) -> PageBase {
        PageBase(site: site, route: route, labels: set(route.language).labels, confidential: options.audience == .members)
    }

    /// A body with each incidents block's summary placed where the block stood, then its images
    /// linked (a page) or embedded (a pack, one file that must print anywhere).
    func placed(_ body: PaperBody, of paper: Paper, datasets: [String: IncidentDataset], idPrefix: String = "", embedImages: Bool) -> PaperBody {
        var body = body
        var source = paper
        source.body = body
        let summaries = IncidentEmbedding.summaries(source, datasets: datasets, labels: labels, idPrefix: idPrefix)
        if !summaries.isEmpty {
            let place = { (html: String) in
                IncidentEmbedding.parts(html, summaries: summaries).map { part in
                    switch part {
                    case let .html(text): text
                    case let .summary(summary): render(pages.incidents, IncidentSummaryView(summary))
                    }
                }.joined()
            }
            body.htmlBeforePoints = place(body.htmlBeforePoints)
            body.htmlAfterPoints = place(body.htmlAfterPoints)
        }
        return PaperImages.rewrite(body, images: paper.images, embed: embedImages)
    }

    /// The paper's page in each of the site's languages.
    func paperPages(_ paper: Paper, datasets: [String: IncidentDataset]) -> [OutputFile] {
        siteLanguages.map { paperPage(paper, datasets: datasets, language: $0) }
    }

    func paperPage(_ paper: Paper, datasets: [String: IncidentDataset], language: Language? = nil) -> OutputFile {
        let language = language ?? site.mainLanguage
        let main = language == site.mainLanguage
        // Another language's page shows its version of the paper, or the main one marked as such.
        let version = main ? paper : paper.translations[language]
        let shown = version ?? paper
        var embedded = shown
        embedded.body = placed(shown.body, of: shown, datasets: datasets, embedImages: false)
        let route = route(.paper(slug: paper.slug), language)
        let page = { (pdf: Bool) in
            var view = PaperPageView(
                for: embedded, site: site.localized(language), audience: options.audience, places: (main ? places : placesByLanguage[language] ?? places)[paper.slug] ?? [],
                pdf: pdf, labels: set(language).labels, untranslatedFrom: version == nil ? site.mainLanguage : nil)
            view.base = base(route)
            return OutputFile(route, text: render(pages(language).paper, page: view))
        }
        guard isPrinted(paper) else { return page(false) }
        if options.pdf { return page(true) }
        // Without --pdf, the PDF an earlier build made is linked only while the page is as it was
        // then; with no PDF there, nothing can vouch for the link, and the page is rendered once.
        guard FileStamp.of(path: options.output.path + "/" + Route.paperPDF(paper.slug).within(route).path) != nil else { return page(false) }
        let linked = page(true)
        return PaperPDFStage.vouched(linked, output: options.output) ? linked : page(false)
    }

    /// Whether a paper has a PDF of its own: never an exempt paper's in public output.
    func isPrinted(_ paper: Paper) -> Bool { options.audience == .members || paper.front.exempt == nil }

    /// The paper as a document of its own in each of the site's languages, for WeasyPrint: the
    /// pack's layout and stylesheet, at the path of that language's PDF (`papers/<slug>.pdf`,
    /// `cy/papers/<slug>.pdf`: beside the paper's page in that language).
    func paperPrints(_ paper: Paper, datasets: [String: IncidentDataset]) -> [OutputFile] {
        let print = PackAssembler.paperPrint(paper, site: site)
        return siteLanguages.compactMap { language in
            packHTML(print, datasets: datasets, language: language).map { OutputFile(route(.paperPDF(slug: paper.slug), language), text: $0) }
        }
    }

    /// A pack in each of the site's languages: the main one's at `packs/<id>.html`, another's at
    /// `packs/<id>.<lang>.html` (issue 13), with that language's templates and labels.
    /// With `bilingual_packs: true`, also the two as one document, the Welsh pack first
    /// (`packs/<id>.cy-en.html`), made from the very renders written beside it.
    func packs(_ pack: Pack, datasets: [String: IncidentDataset]) -> [OutputFile] {
        let rendered = siteLanguages.compactMap { language in
            packHTML(pack, datasets: datasets, language: language, bilingual: site.bilingualPacks).map { (language, $0) }
        }
        var files = rendered.map { OutputFile(route(.pack(id: pack.id), $0.0), text: $0.1) }
        if site.bilingualPacks, let welsh = rendered.first(where: { $0.0 == .cy })?.1, let english = rendered.first(where: { $0.0 == .en })?.1,
            let joined = BilingualPack.joined(
                welsh: welsh, english: english, css: templates.packStylesheet,
                welshPages: PackStylesheet.content(set(.cy).labels["pages.of"]), englishPages: PackStylesheet.content(set(.en).labels["pages.of"]))
        {
            files.append(OutputFile(.bilingualPack(pack.id), text: joined))
        }
        return files
    }

    /// The pack in `language`, with that language's templates and labels and each paper's version
    /// in it; nil when a language other than the main one has no pack template.
    /// `bilingual`: the pack links its bilingual version.
    private func packHTML(_ pack: Pack, datasets: [String: IncidentDataset], language: Language, bilingual: Bool = false) -> String? {
        let body = { (paper: Paper) in
            placed(paper.packBody ?? paper.body, of: paper, datasets: datasets, idPrefix: paper.packPrefix, embedImages: true)
        }
        let bilingualHref = bilingual ? Route.bilingualPack(pack.id).relative(from: route(.pack(id: pack.id), language)) : nil
        guard language != site.mainLanguage else {
            let pack = language == .en ? pack : PackAssembler.localized(pack, site: site, language: language).pack
            var view = PackView(for: pack, site: site, audience: options.audience, css: templates.packStylesheet, labels: templates.labels, body: body)
            view.bilingualHref = bilingualHref
            return render(pages.pack, view)
        }
        guard let set = languages[language], let template = try? set.template("pack") else { return nil }
        let (localized, untranslated) = PackAssembler.localized(pack, site: site, language: language)
        var view = PackView(
            for: localized, site: site, audience: options.audience, css: set.packStylesheet, labels: set.labels, untranslated: untranslated,
            body: body)
        view.bilingualHref = bilingualHref
        return template.render(ViewReference(view), library: set.library)
    }

    func meetingPage(
        _ meeting: Meeting, papers: [String: PaperListing], pdf: Bool, pdfs: Set<String> = [], language: Language? = nil,
        untranslated: Set<String> = []
    ) -> OutputFile {
        let language = language ?? site.mainLanguage
        let route = route(.meeting(id: meeting.id), language)
        var view = MeetingPageView(
            for: meeting, papers: papers, site: site.localized(language), audience: options.audience, pdf: pdf,
            supplementPDF: { pdfs.contains(Route.pack($0.packID(meeting: meeting.id)).path) },
            language: language, labels: set(language).labels, bilingualPDF: { pdfs.contains(Route.bilingualPack($0).path) },
            untranslated: untranslated)
        view.base = base(route)
        return OutputFile(route, text: render(pages(language).meeting, page: view))
    }

    func index(
        _ listings: [PaperListing], meetings: [Meeting], briefingPacks: [BriefingPackSpec], language: Language? = nil, untranslated: Set<String> = []
    ) -> OutputFile {
        let language = language ?? site.mainLanguage
        let route = route(.home, language)
        let local = site.localized(language)
        let index = SiteIndex(site: local, papers: listings, meetings: meetings, briefingPacks: briefingPacks)
        var view = IndexPageView(
            for: index, site: local, audience: options.audience, language: language, labels: set(language).labels, untranslated: untranslated)
        view.base = base(route)
        return OutputFile(route, text: render(pages(language).index, page: view))
    }

    func searchPage(_ listings: [PaperListing], language: Language? = nil, translated: [String: PaperListing] = [:]) -> OutputFile {
        let language = language ?? site.mainLanguage
        let route = route(.search, language)
        // Another language's page lists the papers' translated titles and links that language's pages.
        let version = language == .en && language == site.mainLanguage
            ? nil : OutputLanguage(language, translated: translated, labels: languages[language]?.labels)
        var view = version.map { SearchIndex.page(site: site, papers: listings, audience: options.audience, version: $0) }
            ?? SearchIndex.page(site: site.localized(language), papers: listings, audience: options.audience, labels: set(language).labels)
        view.base = base(route)
        return OutputFile(route, text: render(pages(language).search, page: view))
    }

    /// The site-wide pages, each a job of its own so that they render side by side: meeting pages,
    /// the front page and the search page (a job a language), feed.xml, sitemap.xml, search.json,
    /// and the meetings' calendars. All are made from listings; exempt papers appear only as title and notice.
    /// `pdfs`: the packs (by output path) whose PDF the meeting pages link.
    func siteWideJobs(
        _ listings: [PaperListing], meetings: [Meeting], briefingPacks: [BriefingPackSpec], packIDs: [String],
        pdfs: Set<String> = [], translated: [Language: [String: PaperListing]] = [:]
    ) -> [@Sendable () -> [OutputFile]] {
        let site = site
        // A language's lists name each paper by its version in that language, where it has one.
        let listed = { @Sendable (language: Language) in listings.map { translated[language]?[$0.slug] ?? $0 } }
        // Another language's lists mark the papers with no version in it, named in the main language's words.
        let untranslated = { @Sendable (language: Language) -> Set<String> in
            language == site.mainLanguage ? [] : Set(listings.map(\.slug).filter { translated[language]?[$0] == nil })
        }
        // What each job needs of the listings is worked out in the job, on whichever core runs it.
        typealias Job = @Sendable () -> [OutputFile]
        var jobs: [Job] = [{
            let bySlug = Dictionary(listings.map { ($0.slug, $0) }) { first, _ in first }
            return siteLanguages.flatMap { language in
                let papers = bySlug.merging(translated[language] ?? [:]) { _, version in version }
                let missing = untranslated(language)
                return meetings.map {
                    meetingPage(
                        $0, papers: papers, pdf: pdfs.contains(Route.pack($0.id).path), pdfs: pdfs, language: language, untranslated: missing)
                }
            }
        }]
        for language in siteLanguages {
            jobs.append {
                [index(listed(language), meetings: meetings, briefingPacks: briefingPacks, language: language, untranslated: untranslated(language))]
            }
        }
        // A Welsh-first site's feed and search list give their fixed words in its labels'.
        let mainLabels = languages[site.mainLanguage]?.labels
        jobs.append { [OutputFile(.feed, text: AtomFeed.xml(site: site, papers: listings, meetings: meetings, labels: mainLabels))] }
        jobs.append { [OutputFile(.sitemap, text: Sitemap.xml(site: site, papers: listings, meetings: meetings, packIDs: packIDs))] }
        jobs.append { [OutputFile(.searchIndex, text: SearchIndex.json(site: site, papers: listings, labels: mainLabels))] }
        for language in siteLanguages {
            jobs.append { [searchPage(listings, language: language, translated: translated[language] ?? [:])] }
        }
        jobs.append {
            // A Welsh-first site's calendars are in its labels' words, as another language's are.
            if site.mainLanguage != .en, let labels = languages[site.mainLanguage]?.labels {
                let version = OutputLanguage(site.mainLanguage, labels: labels)
                return MeetingCalendar.files(site: site, meetings: meetings, papers: listings, version: version)
                    .map { OutputFile($0.route.version(in: site.mainLanguage, site: site), text: $0.text) }
            }
            let titles = Dictionary(listings.map { ($0.slug, $0.title) }) { first, _ in first }
            let agendas = Dictionary(meetings.map { meeting in
                (meeting.id, meeting.items.map { $0.title ?? $0.paper.flatMap { titles[$0.value] } ?? $0.paper?.value ?? "" })
            }) { first, _ in first }
            return [OutputFile(.calendar, text: MeetingCalendar.ics(site: site, meetings: meetings, agendaTitles: agendas))]
                + Set(meetings.map(\.board)).sorted().map { board in
                    OutputFile(.boardCalendar(board), text: MeetingCalendar.ics(site: site, meetings: meetings, agendaTitles: agendas, board: board))
                }
        }
        for language in site.languages.dropFirst() {
            let version = OutputLanguage(language, translated: translated[language] ?? [:], labels: languages[language]?.labels)
            jobs.append { otherLanguageFiles(version, listings, meetings: meetings) }
        }
        return jobs
    }

    /// Another language's feed, search list and calendars (`cy/feed.xml`, `cy/search.json`,
    /// `cy/meetings.ics`); its search page is `searchPage`'s.
    func otherLanguageFiles(_ version: OutputLanguage, _ listings: [PaperListing], meetings: [Meeting]) -> [OutputFile] {
        let route = { (route: Route) in route.version(in: version.language, site: site) }
        var files = [
            OutputFile(route(.feed), text: AtomFeed.xml(site: site, papers: listings, meetings: meetings, version: version)),
            OutputFile(route(.searchIndex), text: SearchIndex.json(site: site, papers: listings, version: version)),
        ]
        files += MeetingCalendar.files(site: site, meetings: meetings, papers: listings, version: version).map { OutputFile(route($0.route), text: $0.text) }
        return files
    }

    /// The PDFs a meeting attaches to its items, beside the meeting's page; in public output, none
    /// of an item whose paper is exempt (`exempt`: their slugs).
    func attachmentFiles(_ meeting: Meeting, exempt: Set<String>) -> [OutputFile] {
        let items = meeting.items.filter { item in
            options.audience == .members || item.paper.map { !exempt.contains($0.value) } ?? true
        }
        return items.flatMap(\.attachments).compactMap { attachment in
            guard case let .pdf(bytes, _) = attachment.content else { return nil }
            return OutputFile(.meetingFile(meeting.id, attachment.publishedName), bytes: bytes)
        }
    }

    /// The images a paper shows, beside its page; none for an exempt paper in public output.
    func imageFiles(_ paper: Paper) -> [OutputFile] {
        guard options.audience == .members || paper.front.exempt == nil else { return [] }
        return paper.images.map { OutputFile(.paperFile(paper.slug, $0.name), bytes: $0.bytes) }
    }

    func dataFiles(_ dataset: IncidentDataset) -> [OutputFile] {
        let download = DatasetDownload(dataset, labels: labels)
        var files = [
            OutputFile(.data(dataset.id, .csv), text: download.csv),
            OutputFile(.data(dataset.id, .json), text: download.json),
        ]
        if options.audience == .members {
            files.append(OutputFile(.data(dataset.id, .records), text: RecordListing.csv(dataset)))
        }
        return files
    }

    static func dataPaths(_ id: String) -> [String] {
        Route.DataFormat.allCases.map { Route.data(id, $0).path }
    }

    func assets() -> [OutputFile] {
        templates.assets.sorted { $0.key < $1.key }.map { OutputFile(.asset($0.key), text: $0.value) }
    }
}
