import Foundation
import Testing

@testable import BoardPack

/// Every link and #anchor of the example site resolves, checked by linkchecker on the output folder
/// as a council would get it (opened from disk, no server).
@Suite struct LinkCheckTests {
    static let linkchecker = ExternalTool.onPath("linkchecker")

    @Test(.enabled(if: linkchecker != nil, "needs linkchecker: `sudo make test-tools`"))
    func everyLinkAndAnchorResolves() throws {
        let output = try ExternalTool.buildExample()
        defer { try? FileManager.default.removeItem(at: output) }
        // Run as root, linkchecker drops to `nobody`, which must be able to read the site.
        _ = try ExternalTool.run("/bin/chmod", ["-R", "a+rX", output.path])
        let settings = output.appendingPathComponent("linkcheckerrc")
        try "[AnchorCheck]\n".write(to: settings, atomically: true, encoding: .utf8)
        _ = try ExternalTool.run("/bin/chmod", ["a+r", settings.path])
        let result = try ExternalTool.run(Self.linkchecker ?? "", ["--no-status", "-f", settings.path, output.path + "/"])
        #expect(result.status == 0, "\(result.text)")
        #expect(result.text.contains("0 warnings found. 0 errors found."))
    }
}
