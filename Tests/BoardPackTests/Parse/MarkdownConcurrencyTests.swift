import Foundation
import Testing

@testable import BoardPack

/// cmark-gfm's inline parser edits a global table; unserialized parallel parses lose strikethrough
/// and autolinks. This renders many documents at once and compares them with a serial render, so
/// removing the parse lock makes it fail.
@Suite struct MarkdownConcurrencyTests {
    static func document(_ index: Int) -> String {
        """
        # Paper \(index)

        Text with ~~struck out \(index)~~ words, *emphasis*, and a link https://www.local.gov.uk/papers/\(index).

        | Council | Count |
        | ------- | ----: |
        | Example \(index) | \(index) |

        - [x] done ~~item~~ www.example.org/\(index)
        - [ ] open item[^n]

        [^n]: A footnote \(index).
        """
    }

    @Test func parallelRendersEqualSerialRenders() {
        let documents = (0..<1500).map(Self.document)
        let serial = documents.map { Markdown.html($0) }
        #expect(serial[7].contains("<del>struck out 7</del>"))
        #expect(serial[7].contains("<a href=\"https://www.local.gov.uk/papers/7\">"))
        #expect(serial[7].contains("<a href=\"http://www.example.org/7\">"))
        let parallel = Parallel.map(documents, jobs: 8) { Markdown.html($0) }
        let differing = zip(serial, parallel).filter { $0 != $1 }.count
        #expect(differing == 0)
    }
}
