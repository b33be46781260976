import Foundation
import Testing

@testable import BoardPack

/// The byte-level Word-habit pass against exact outputs, and against the String version it replaced
/// (kept below as the reference) on many generated bodies: same text, same diagnostics, same columns.
@Suite struct WordHabitsTests {
    func mend(_ text: String) -> (String, [String]) {
        let (mended, diagnostics) = WordHabits(path: "p.md", firstLine: 10).mend(text)
        return (mended, diagnostics.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" })
    }

    @Test func wordBulletsBecomeDashesWithOneWarningPerList() {
        let (text, problems) = mend("Intro.\n\n• one\n  ◦ two\n▪ three\n\n– four\n•no space\n")
        #expect(text == "Intro.\n\n- one\n  - two\n- three\n\n- four\n•no space\n")
        #expect(problems == [
            "12:1: warning: a list item typed with '•' (as in Word) is read as a bullet point; type '- ' at the start of the line instead",
            "16:1: warning: a list item typed with '–' (as in Word) is read as a bullet point; type '- ' at the start of the line instead",
        ])
    }

    @Test func typedPointNumbersUnderDiscussionBecomeAListAsWide() {
        let body = "1.1 Not under discussion\n## Discussion\n1.1 What next?\n  2.10.  Who leads?\n    3.1 code\n```\n1.1 fenced\n```\n"
        let (text, problems) = mend(body)
        #expect(text == "1.1 Not under discussion\n## Discussion\n1.  What next?\n  1.    Who leads?\n    3.1 code\n```\n1.1 fenced\n```\n")
        #expect(problems.isEmpty)
    }

    @Test func aBodyWithNothingToMendIsReturnedAsItIs() {
        let body = "## Background\nThe LGA has worked with councils.\n\n- a list\n"
        let (text, problems) = mend(body)
        #expect(text == body)
        #expect(problems.isEmpty)
    }

    @Test func aCombiningMarkChangesTheCharacterAsItDidInTheStringVersion() {
        let body = "## Discussion\n1.1\u{301} x\n1.1 \u{301}x\n1.1  \u{301}x\n• \u{301}x\n•\u{301} x\n \u{301}• x\n```\u{301}\n1.1 y\n#\u{301} Discussion\n"
        let (text, problems) = mend(body)
        let (expectedText, expected) = CharacterWordHabits(path: "p.md", firstLine: 10).mend(body)
        #expect(text == expectedText)
        #expect(problems == expected.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" })
        #expect(text.contains("1.   \u{301}x"))
    }

    @Test func generatedBodiesMendAsTheStringVersionDid() {
        let pieces = [
            "## Discussion", "### Issues for discussion", "## Background", "# Implications for Wales", "####### x",
            "1.1 What?", "2.3. Who?", "1.1.1  How?", "10.2\tx", "1. Para", "1.1", "  1.2 indented", "     1.3 code",
            "• a", "◦ b", "▪ c", "– d", "•x", " • e", "\t• f", "```", "~~~", "````", "```swift", "text", "", "  ",
            "é", "\u{301}", "1.1 \u{301}", "• \u{200D}", "## Discussion #", "##\tDiscussion", "#", "1.1 a\r", "\r",
        ]
        var generator = Mutator.Random(state: 7)
        for _ in 0..<3000 {
            let count = Int(generator.next() % 12)
            let body = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
                .joined(separator: generator.next() % 5 == 0 ? "\r\n" : "\n")
            let (text, problems) = WordHabits(path: "p.md", firstLine: 3).mend(body)
            let (expectedText, expected) = CharacterWordHabits(path: "p.md", firstLine: 3).mend(body)
            #expect(Array(text.utf8) == Array(expectedText.utf8), "\(body.debugDescription)")
            #expect(problems == expected, "\(body.debugDescription)")
        }
    }

    /// The String version this pass replaced, word for word: the reference for the byte-level one.
    struct CharacterWordHabits {
        var path: String
        var firstLine: Int

        static let bullets: Set<Character> = ["•", "◦", "▪", "–"]

        func mend(_ markdown: String) -> (String, [Diagnostic]) {
            var diagnostics: [Diagnostic] = []
            var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var fence: String?
            var inDiscussion = false
            var previousWasBullet = false
            var changed = false
            for index in lines.indices {
                let line = lines[index]
                let indent = line.prefix { $0 == " " }
                let rest = line.dropFirst(indent.count)
                if let open = fence {
                    if rest.hasPrefix(open) { fence = nil }
                    continue
                }
                if rest.hasPrefix("```") || rest.hasPrefix("~~~") {
                    fence = String(rest.prefix(3))
                    continue
                }
                if indent.count < 4, let title = Self.headingText(rest) {
                    inDiscussion = PaperBodyParser.kind(of: title) == .discussion
                    previousWasBullet = false
                    continue
                }
                var isBullet = false
                if let first = rest.first, Self.bullets.contains(first), rest.dropFirst().first == " " {
                    isBullet = true
                    if !previousWasBullet {
                        diagnostics.append(.warning(
                            "a list item typed with '\(first)' (as in Word) is read as a bullet point; type '- ' "
                                + "at the start of the line instead", at: location(index, column: indent.count + 1)))
                    }
                    lines[index] = String(indent) + "-" + rest.dropFirst()
                    changed = true
                } else if inDiscussion, indent.count < 4, let marker = Self.pointNumberLength(rest) {
                    // "1.1 " becomes "1.  ", as wide, so that columns on the line stay true.
                    let spaces = max(1, min(4, marker - 2))
                    lines[index] = String(indent) + "1." + String(repeating: " ", count: spaces) + rest.dropFirst(marker)
                    changed = true
                }
                previousWasBullet = isBullet
            }
            return (changed ? lines.joined(separator: "\n") : markdown, diagnostics)
        }

        private func location(_ index: Int, column: Int) -> BoardPack.SourceLocation {
            BoardPack.SourceLocation(path: path, line: firstLine + index, column: column)
        }

        /// The text of an ATX heading line (`## Discussion`), or nil.
        static func headingText(_ line: Substring) -> String? {
            let hashes = line.prefix { $0 == "#" }
            guard (1...6).contains(hashes.count) else { return nil }
            let rest = line.dropFirst(hashes.count)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            return rest.trimmingCharacters(in: [" ", "\t", "#"])
        }

        /// Length of a typed point number such as `1.1 ` or `2.10. ` (spaces included), or nil.
        static func pointNumberLength(_ line: Substring) -> Int? {
            var index = line.startIndex
            var groups = 0
            while index < line.endIndex {
                let digits = line[index...].prefix { $0.isASCII && $0.isNumber }
                guard !digits.isEmpty else { break }
                groups += 1
                index = digits.endIndex
                guard index < line.endIndex, line[index] == "." else { break }
                index = line.index(after: index)
            }
            guard groups >= 2, index < line.endIndex, line[index] == " " else { return nil }
            let spaces = line[index...].prefix { $0 == " " }
            return line.distance(from: line.startIndex, to: spaces.endIndex)
        }
    }
}
