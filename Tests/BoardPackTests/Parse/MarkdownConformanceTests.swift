import Foundation
import Testing

@testable import BoardPack

/// The CommonMark/GFM spec examples, run through our cmark-gfm wrapper as upstream's runner does.
/// Debian's library (0.29.0.gfm.6) is older than the spec files, which gives exactly 15 known
/// differences; any other difference, or one of those 15 starting to match, fails the test.
@Suite struct MarkdownConformanceTests {
    struct Example {
        var number: Int
        var markdown: String
        var html: String
        var extensions: [String]
    }

    static let folder = Fixtures.peerTests.appendingPathComponent("commonmark")
    static let available = FileManager.default.fileExists(atPath: folder.appendingPathComponent("spec.txt").path)

    static let knownSpecDifferences: Set<Int> = [398, 426, 434, 435, 436, 473, 474, 475, 477, 644, 645]
    static let knownExtensionDifferences: Set<Int> = [20, 23, 24, 25]

    static func examples(in name: String) throws -> [Example] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var number = 0
        var current: (tags: [String], markdown: [Substring], html: [Substring], inHTML: Bool)?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(fence + " example") {
                number += 1
                let tags = line.dropFirst(fence.count + " example".count).split(separator: " ").map(String.init)
                current = (tags, [], [], false)
            } else if line == fence, let example = current {
                current = nil
                guard !example.tags.contains("disabled") else { continue }
                func joined(_ lines: [Substring]) -> String {
                    lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                }
                examples.append(Example(
                    number: number, markdown: joined(example.markdown), html: joined(example.html), extensions: example.tags))
            } else if current != nil {
                if line == "." && current?.inHTML == false {
                    current?.inHTML = true
                } else if current?.inHTML == true {
                    current?.html.append(line)
                } else {
                    current?.markdown.append(line)
                }
            }
        }
        return examples
    }

    static func differences(_ examples: [Example], extensions: ([String]) -> [String]) -> Set<Int> {
        Set(examples.filter { example in
            let options = MarkdownOptions(extensions: extensions(example.extensions), unsafeHTML: true)
            return Markdown.html(example.markdown, options: options) != example.html
        }.map(\.number))
    }

    @Test(.enabled(if: available, "needs ../shared/peer-tests/commonmark"))
    func specExamplesMatchExceptTheKnownDifferences() throws {
        let examples = try Self.examples(in: "spec.txt")
        #expect(examples.count == 670)
        let differing = Self.differences(examples) { $0 }
        #expect(differing == Self.knownSpecDifferences)
    }

    @Test(.enabled(if: available, "needs ../shared/peer-tests/commonmark"))
    func extensionExamplesMatchExceptTheKnownDifferences() throws {
        let examples = try Self.examples(in: "extensions.txt")
        #expect(examples.count == 30)
        let differing = Self.differences(examples) { _ in MarkdownOptions.allExtensions }
        #expect(differing == Self.knownExtensionDifferences)
    }
}
