import Foundation
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

@Suite struct CodeQualityReportTests {
    let problems = [
        Diagnostic(path: "content/papers/a.md", line: 6, column: 10, severity: .error, message: "purpose must be \"discussion\""),
        Diagnostic(path: "content/papers/b.md", line: 2, column: 1, severity: .warning, message: "no summary"),
    ]

    @Test func gitlabIsOneJSONArrayInGitLabsCodeQualityFormat() throws {
        let report = DiagnosticFormat.gitlab.report(problems)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [[String: Any]])
        #expect(issues.count == 2)
        #expect(issues[0]["description"] as? String == "purpose must be \"discussion\"")
        #expect(issues[0]["severity"] as? String == "major")
        #expect(issues[1]["severity"] as? String == "minor")
        #expect(issues[0]["check_name"] as? String == "boardpack-error")
        let location = try #require(issues[0]["location"] as? [String: Any])
        #expect(location["path"] as? String == "content/papers/a.md")
        #expect((location["lines"] as? [String: Any])?["begin"] as? Int == 6)
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == 2)
        #expect(fingerprints.allSatisfy { $0.count == 16 })
    }

    @Test func theSameProblemKeepsItsFingerprintAndNoProblemIsAnEmptyArray() {
        #expect(DiagnosticFormat.gitlab.report(problems) == DiagnosticFormat.gitlab.report(problems))
        #expect(DiagnosticFormat.gitlab.report([]) == "[]")
        #expect(DiagnosticFormat.json.report([]) == "")
        #expect(DiagnosticFormat.text.report(problems).split(separator: "\n").count == 2)
    }
}
