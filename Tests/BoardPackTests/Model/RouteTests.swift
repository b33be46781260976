import Testing

@testable import BoardPack

@Suite("Route")
struct RouteTests {
    /// Every kind of output with the path it is written at today.
    static let everyRoute: [(Route, String)] = [
        (.home, "index.html"),
        (.paper("budget"), "papers/budget/index.html"),
        (.paperPDF("budget"), "papers/budget.pdf"),
        (.paperFile("budget", "chart.png"), "papers/budget/chart.png"),
        (.meeting("2025-03-18-board"), "meetings/2025-03-18-board/index.html"),
        (.meetingFile("2025-03-18-board", "minutes.pdf"), "meetings/2025-03-18-board/minutes.pdf"),
        (.pack("2025-03-18-board"), "packs/2025-03-18-board.html"),
        (.packPDF("2025-03-18-board"), "packs/2025-03-18-board.pdf"),
        (.data("falls", .csv), "data/falls.csv"),
        (.data("falls", .json), "data/falls.json"),
        (.data("falls", .records), "data/falls.records.csv"),
        (.feed, "feed.xml"),
        (.sitemap, "sitemap.xml"),
        (.search, "search/index.html"),
        (.searchIndex, "search.json"),
        (.calendar, "meetings.ics"),
        (.boardCalendar("sscb"), "meetings/sscb.ics"),
        (.asset("boardpack.css"), "assets/boardpack.css"),
    ]

    @Test func pathsAreTodaysPaths() {
        for (route, path) in Self.everyRoute {
            #expect(route.path == path)
            #expect(route.language == .en && route.isMain)
        }
    }

    @Test func parsingAPathGivesTheRouteBack() {
        for (route, path) in Self.everyRoute {
            #expect(Route(path: path) == route, "\(path)")
        }
        #expect(Route(path: "assets/fonts/a.woff2") == .asset("fonts/a.woff2"))
    }

    /// Issue 13: another language's pages under its code, its packs beside the main ones, shared files shared.
    @Test func welshOutputsAreUnderCyAndPacksBeside() {
        let welsh: [(Route.Kind, String)] = [
            (.home, "cy/index.html"), (.paper(slug: "budget"), "cy/papers/budget/index.html"),
            (.meeting(id: "m1"), "cy/meetings/m1/index.html"), (.search, "cy/search/index.html"), (.feed, "cy/feed.xml"),
            (.pack(id: "m1"), "packs/m1.cy.html"), (.packPDF(id: "m1"), "packs/m1.cy.pdf"),
        ]
        for (kind, path) in welsh {
            let route = Route(kind, language: .cy)
            #expect(route.path == path)
            #expect(!route.isMain)
            #expect(Route(path: path) == route, "\(path)")
            #expect(route.alternate(.en) == Route(kind))
            #expect(Route(kind).alternate(.cy) == route)
        }
        // Images, attachments, data, assets and the sitemap are one file for every language.
        #expect(Route(.paperFile(slug: "b", name: "c.png"), language: .cy) == .paperFile("b", "c.png"))
        #expect(Route(.asset(name: "boardpack.css"), language: .cy).path == "assets/boardpack.css")
        #expect(Route(path: "cy/assets/boardpack.css") == nil)
        // Links across languages and within one.
        let page = Route(.paper(slug: "budget"), language: .cy)
        #expect(Route.paper("budget").relative(from: page) == "../../../papers/budget/index.html")
        #expect(page.relative(from: .paper("budget")) == "../../cy/papers/budget/index.html")
        #expect(Route.meeting("m1").within(page).relative(from: page) == "../../meetings/m1/index.html")
        #expect(Route.pack("m1").within(page).relative(from: page) == "../../../packs/m1.cy.html")
        #expect(Route.asset("boardpack.css").relative(from: page) == "../../../assets/boardpack.css")
        #expect(page.absolute(base: "https://example.org/") == "https://example.org/cy/papers/budget/")
        // A site whose main language is Welsh keeps today's paths for Welsh, English under en/.
        #expect(Route(.home, language: .en, main: .cy).path == "en/index.html")
        #expect(Route(.home, language: .cy, main: .cy).path == "index.html")
    }

    @Test func pathsNoBuildWritesAreNotRoutes() {
        for path in ["pagefind/pagefind.js", "", "papers", "papers/.pdf", "packs/x.txt", "search/other.html",
                     "data/x.xml", "papers//index.html", "/index.html", "stray.html", "papers/a/b/c.png"] {
            #expect(Route(path: path) == nil, "\(path)")
        }
    }

    @Test func prettyAddressesDropIndexHTML() {
        #expect(Route.home.url == "")
        #expect(Route.search.url == "search/")
        #expect(Route.paper("budget").url == "papers/budget/")
        #expect(Route.meeting("m1").url == "meetings/m1/")
        #expect(Route.pack("m1").url == "packs/m1.html")
        #expect(Route.feed.url == "feed.xml")
    }

    @Test func absoluteAddressesAddTheBaseAndEncode() {
        #expect(Route.paper("budget").absolute(base: "https://example.org/board") == "https://example.org/board/papers/budget/")
        #expect(Route.paper("budget").absolute(base: "https://example.org/board/") == "https://example.org/board/papers/budget/")
        #expect(Route.home.absolute(base: "https://example.org/") == "https://example.org/")
        #expect(Route.feed.absolute(base: "https://example.org") == "https://example.org/feed.xml")
        #expect(Route.pack("a b").absolute(base: "https://example.org/") == "https://example.org/packs/a%20b.html")
    }

    @Test func relativeLinksGoUpToTheSharedFolderThenDown() {
        #expect(Route.meeting("x").relative(from: .paper("a")) == "../../meetings/x/index.html")
        #expect(Route.paper("b").relative(from: .paper("a")) == "../b/index.html")
        #expect(Route.paper("b").relative(from: .pack("m")) == "../papers/b/index.html")
        #expect(Route.meetingFile("m", "a.pdf").relative(from: .pack("m")) == "../meetings/m/a.pdf")
        #expect(Route.pack("m").relative(from: .meeting("m")) == "../../packs/m.html")
        #expect(Route.paper("a").relative(from: .search) == "../papers/a/index.html")
        #expect(Route.paper("a").relative(from: .home) == "papers/a/index.html")
        #expect(Route.asset("boardpack.css").relative(from: .paper("a")) == "../../assets/boardpack.css")
        #expect(Route.paperFile("a", "chart.png").relative(from: .paper("a")) == "chart.png")
        #expect(Route.paper("a").relative(from: .paper("a")) == "index.html")
        #expect(Route.home.relative(from: .meeting("m")) == "../../index.html")
    }

    @Test func depthIsTheWayBackToTheRoot() {
        #expect(Route.home.depth == 0)
        #expect(Route.pack("m").depth == 1)
        #expect(Route.search.depth == 1)
        #expect(Route.paper("a").depth == 2)
    }

    @Test func stagesTellOutputsApartByRoute() {
        #expect(PDFStage.packID("packs/m1.html") == "m1")
        #expect(PDFStage.packID("packs/m1.pdf") == nil)
        #expect(PDFStage.packID("meetings/m1/index.html") == nil)
        #expect(PDFStage.meetingOfAttachedPDF("meetings/m1/minutes.pdf") == "m1")
        #expect(PDFStage.meetingOfAttachedPDF("meetings/m1/index.html") == nil)
        #expect(PDFStage.meetingOfAttachedPDF("meetings/sscb.ics") == nil)
        let siteWide = ["index.html", "feed.xml", "sitemap.xml", "search/index.html", "search.json", "meetings.ics",
                        "meetings/sscb.ics", "meetings/m1/index.html", "meetings/m1/a.pdf", "assets/boardpack.css"]
        let own = ["papers/a/index.html", "papers/a.pdf", "papers/a/chart.png", "packs/m1.html", "packs/m1.pdf",
                   "data/falls.csv", "data/falls.json", "data/falls.records.csv"]
        #expect(siteWide.filter(RenderPlan.isSiteWide) == siteWide)
        #expect(own.filter(RenderPlan.isSiteWide) == [])
        #expect((siteWide + own).filter(SearchStage.isPapers) == ["papers/a/index.html", "papers/a.pdf", "papers/a/chart.png"])
    }

    /// The render plan passes over papers' pages without parsing their routes: it must tell them as the route does.
    @Test func aPapersPageIsToldWithoutItsRoute() {
        let paths = ["papers/a/index.html", "papers/depot-disposal/index.html", "papers/index.html", "papers//index.html",
                     "papers/a/b/index.html", "papers/a/chart.png", "papers/a.pdf", "cy/papers/a/index.html", "xpapers/a/index.html",
                     "papers/a/index.htm", "meetings/m1/index.html", "index.html", "papers/é/index.html"]
        let told = paths.filter(RenderPlan.isPaperPage)
        #expect(told == ["papers/a/index.html", "papers/depot-disposal/index.html", "papers/é/index.html"])
        for path in told {
            guard case .paper? = Route(path: path)?.kind else { Issue.record("\(path) is not a paper's page by its route"); continue }
        }
    }
}
