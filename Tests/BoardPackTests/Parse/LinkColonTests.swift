import Foundation
import Testing

@testable import BoardPack

/// The byte search for a link's colon agrees with Foundation's, which non-ASCII addresses still take.
@Suite struct LinkColonTests {
    @Test(arguments: ["https://example.org", "mailto:a@b.c", "other-paper.md#x", "", "a:\u{301}b", "café:x", "café.md", ":"])
    func linkColonAsFoundationFindsIt(_ url: String) {
        #expect(PaperLinks.hasColon(url) == url.contains(":"))
    }
}
