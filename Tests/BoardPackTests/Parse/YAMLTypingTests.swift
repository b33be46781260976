import Testing

@testable import BoardPack

/// The typing pass passes over, in the bytes, every line without a tab in its indent or a curly
/// quote: on many generated front matters it says exactly what reading every line said.
@Suite struct YAMLTypingTests {
    @Test func generatedFrontMattersGiveTheProblemsThatReadingEveryLineGave() {
        let pieces = [
            "title: x", "title: “Quoted”", "title: ‘a’ ", "- “item”", "  \tkey: v", "\t- x", " \u{301}\tx: y", "# “c”",
            "title: Council’s plan", "summary: >", "  text “quoted”", "x: „y“", "é: ”", "", " ", "\r", "a: “b”\r",
        ]
        var generator = Mutator.Random(state: 5)
        let context = YAMLContext(path: "p.md", firstLine: 2)
        for _ in 0..<3000 {
            let yaml = (0..<Int(generator.next() % 10)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
                .joined(separator: "\n")
            let everyLine = yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap {
                YAMLTyping.problem($0.element, fileLine: 2 + $0.offset, context: context)
            }
            #expect(YAMLTyping.problems(yaml, context: context) == everyLine, "\(yaml.debugDescription)")
        }
    }
}
