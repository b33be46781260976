import Testing

@testable import BoardPack

/// Front matter typed in Word or an editor that YAML misreads: the problem is said in plain words,
/// where it is. The title stands on line 2 of a `Fixtures.paper`.
@Suite struct FrontMatterTypingTests {
    func problems(_ text: String, format: DiagnosticFormat = .text) -> [String] {
        let (_, diagnostics) = PaperReader(site: Fixtures.site).read(SourceFile(path: "p.md", text: text), slug: "p")
        return diagnostics.map { format.format($0) }
    }

    @Test func curlyQuotesAroundAValueAreNamedAtTheirColumn() {
        let withColon = problems(Fixtures.paper(title: "“Councillor safety: next steps”"))
        #expect(withColon == [
            "p.md:2:8: error: the value starts with a curly quote “ (as Word types them), which YAML does not read "
                + "as a quote; use straight quotes (\") around the value, or none",
        ])
        let plain = problems(Fixtures.paper(title: "‘Councillor safety’"))
        #expect(plain.count == 1)
        #expect(plain.first?.hasPrefix("p.md:2:8: error: the value starts with a curly quote ‘") == true)
        // A value that only starts with a quotation is the author's text, read as written.
        #expect(problems(Fixtures.paper(title: "“Safer streets” campaign")).isEmpty)
    }

    @Test func aTitleHeadingIsNotBlamedWhenTheFrontMatterCannotBeRead() {
        let text = Fixtures.paper(title: "“Councillor safety: next steps”", body: "# Councillor safety: next steps\n\n## Background\nText.\n")
        #expect(problems(text).map { $0.prefix(9) } == ["p.md:2:8:"])
    }

    @Test func aTabInTheIndentationSaysUseSpaces() {
        let text = Fixtures.paper().replacingOccurrences(of: "\n  name: Rachel Duke", with: "\n\tname: Rachel Duke")
        #expect(problems(text) == ["p.md:12:1: error: use spaces, not tabs, to indent"])
    }

    @Test func anUnclosedQuoteIsLocatedWhereItOpens() {
        let text = Fixtures.paper(title: "\"Councillor safety")
        #expect(problems(text).count == 1)
        #expect(problems(text).first?.hasPrefix("p.md:2:8: error: this quote is never closed") == true)
        #expect(problems(text, format: .github).first?.hasPrefix("::error file=p.md,line=2,col=8::") == true)
    }
}
