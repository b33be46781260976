/// Habits that papers pasted from Word bring, mended line by line before cmark reads the body, so
/// that they publish as the author meant. Every line keeps its number, so locations stay true.
///
/// - `•`, `◦`, `▪` or `–` starting a line is a bullet: read as `- ` (a warning suggests typing `- `).
/// - Under a discussion heading, points typed `1.1 What…` on consecutive lines (one paragraph to
///   Markdown) are read as the items of a numbered list: the discussion points.
struct WordHabits {
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

    private func location(_ index: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: firstLine + index, column: column)
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
