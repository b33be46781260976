import Foundation
import Testing

@testable import BoardPack

/// The fuzzer's audit finds what it is there to find, and passes the site's own pages.
@Suite struct PublicSiteAuditTests {
    @Test func findsScriptsEventsAndDisguisedAddresses() {
        let bad = [
            "<p><script>alert(1)</script></p>", "<SCRIPT src=x></SCRIPT>", "<img src=x onerror=alert(1)>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>", "<a href='java&#x09;script&colon;alert(1)'>x</a>",
            "<a href=\" JaVaScRiPt:alert(1)\">x</a>", "<iframe src=x></iframe>", "<a href=\"data:text/html,x\">x</a>",
            "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
        ]
        for page in bad { #expect(!PublicSiteAudit.markupProblems(page).isEmpty, "\(page)") }
        let good = [
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; javascript:alert(1)</p>", "<a href=\"https://example.org/?q=javascript:\">x</a>",
            "<p title=\"onerror=1\">x</p>", "<code>[x](javascript:alert(1))</code>",
        ]
        for page in good { #expect(PublicSiteAudit.markupProblems(page).isEmpty, "\(page)") }
    }

    @Test func theSitesOwnPagesPassAndItsSearchScriptIsKnown() throws {
        #expect(!PublicSiteAudit.knownScripts.isEmpty)
        let root = try FuzzProject.make()
        defer { try? FileManager.default.removeItem(at: root) }
        let options = Fixtures.options(root, jobs: 1)
        #expect(try !SiteBuilder.build(options).failed)
        #expect(Fixtures.read(options.output.appendingPathComponent("search/index.html")).contains("<script"))
        #expect(PublicSiteAudit(secrets: MutationFuzzTests.secrets(exempt: true)).problems(in: options.output).isEmpty)
        // The same project built for members holds the secrets, and the audit sees them.
        var members = options
        members.audience = .members
        members.output = root.appendingPathComponent("_members")
        #expect(try !SiteBuilder.build(members).failed)
        let found = PublicSiteAudit(secrets: MutationFuzzTests.secrets(exempt: true)).problems(in: members.output)
        #expect(found.contains { $0.contains(FuzzProject.recordIDs[0]) })
        #expect(found.contains { $0.contains(FuzzProject.exemptSentence) })
    }
}
