import Testing

@testable import BoardPack

@Suite struct DiagnosticFormatTests {
    let diagnostic = Diagnostic(
        path: "content/papers/a,b.md", line: 6, column: 10, severity: .error,
        message: "purpose must be one of \"discussion\"\nsecond line 100%")

    @Test func textIsPathLineColumnSeverityMessage() {
        let plain = Diagnostic(path: "content/papers/x.md", line: 6, column: 10, severity: .warning, message: "m")
        #expect(DiagnosticFormat.text.format(plain) == "content/papers/x.md:6:10: warning: m")
    }

    @Test func githubAnnotationsEscapeTheirSeparators() {
        #expect(DiagnosticFormat.github.format(diagnostic)
            == "::error file=content/papers/a%2Cb.md,line=6,col=10::purpose must be one of \"discussion\"%0Asecond line 100%25")
    }

    @Test func jsonIsOneObjectPerProblem() {
        #expect(DiagnosticFormat.json.format(diagnostic)
            == #"{"path":"content/papers/a,b.md","line":6,"column":10,"severity":"error","message":"purpose must be one of \"discussion\"\nsecond line 100%"}"#)
    }
}
