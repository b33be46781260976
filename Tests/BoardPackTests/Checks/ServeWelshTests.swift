import Foundation
import Testing

@testable import BoardPack

/// `boardpack serve` on a bilingual project (issue 13): the language switch of each served page
/// leads to the other language's page and back, and an edit to a Welsh file (`<slug>.cy.md`),
/// right or wrong, shows on the Welsh page as an English one's does.
@Suite(.serialized) struct ServeWelshTests {
    typealias Server = ServeRobustnessTests.Server

    /// The `href` of the page's language switch link (`<a hreflang="…">` in the header), resolved
    /// against the page's address as a browser would.
    static func switchTarget(_ page: String, at address: String) throws -> String {
        let link = try #require(HTMLPage(page).attribute("href", of: "//header//a[@hreflang]").first)
        return try #require(URL(string: link, relativeTo: URL(string: address))?.absoluteURL.absoluteString)
    }

    @Test(.enabled(if: ServeTests.executable != nil, "needs the built boardpack command next to the tests"))
    func theSwitchLeadsBetweenLanguagesAndWelshEditsShow() throws {
        let root = try WelshPackTests.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try Server(root: root)
        defer { _ = server.stop() }
        let english = server.url + "/papers/report/"
        guard let page = ServeTests.waitFor(english, { $0.contains("</html>") }) else {
            Issue.record("serve did not start: \(server.stop())")
            return
        }
        let welsh = try Self.switchTarget(page, at: english)
        #expect(welsh == server.url + "/cy/papers/report/index.html")
        let welshPage = try #require(ServeTests.fetch(welsh))
        #expect(welshPage.contains(#"<html lang="cy""#))
        #expect(welshPage.contains("<h1>Adroddiad</h1>"))
        #expect(try Self.switchTarget(welshPage, at: welsh) == english + "index.html")
        // The front pages and a meeting's page likewise.
        for (main, other) in [("/", "/cy/"), ("/meetings/2025-03-18-sscb/", "/cy/meetings/2025-03-18-sscb/")] {
            let served = try #require(ServeTests.waitFor(server.url + main) { $0.contains("</html>") })
            #expect(try Self.switchTarget(served, at: server.url + main) == server.url + other + "index.html")
            let back = try #require(ServeTests.fetch(server.url + other + "index.html"))
            #expect(back.contains(#"<html lang="cy""#))
            #expect(try Self.switchTarget(back, at: server.url + other) == server.url + main + "index.html")
        }

        // An edit to the Welsh file shows on the Welsh page.
        let version = root.appendingPathComponent("content/papers/report.cy.md")
        try TranslatedPaperTests.welsh(replacing: ("title: Adroddiad", "title: Adroddiad blynyddol"))
            .replacingOccurrences(of: "date: 2021-06-09", with: "date: 2025-03-18")
            .write(to: version, atomically: true, encoding: .utf8)
        #expect(ServeTests.waitFor(welsh) { $0.contains("<h1>Adroddiad blynyddol</h1>") } != nil)

        // A mistake in it is shown at its line in the Welsh file.
        try TranslatedPaperTests.welsh(replacing: ("date: 2021-06-09", "date: 2025-03-19")).write(to: version, atomically: true, encoding: .utf8)
        let overlay = ServeTests.waitFor(welsh) { $0.contains("could not be built") }
        #expect(overlay?.contains("content/papers/report.cy.md:4:7") == true, "\(overlay ?? "")")
    }
}
