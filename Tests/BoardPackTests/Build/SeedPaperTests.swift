import Foundation
import Testing

@testable import BoardPack

/// The real example in content/: the LGA's social cohesion paper, built as `make` builds it.
@Suite struct SeedPaperTests {
    static func build() throws -> (URL, BuildReport) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-seed-\(UUID().uuidString)")
        let options = BuildOptions(
            content: Fixtures.packageRoot.appendingPathComponent("content"),
            templates: Fixtures.packageRoot.appendingPathComponent("templates"),
            output: output, display: PathDisplay(workingDirectory: Fixtures.packageRoot), useCache: false)
        return (output, try SiteBuilder.build(options))
    }

    @Test func seedPaperBuildsCompletelyAndCorrectly() throws {
        let (output, report) = try Self.build()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(report.diagnostics.filter { $0.path.hasSuffix("social-cohesion-and-resilience.md") }.isEmpty)
        let html = Fixtures.read(output.appendingPathComponent("papers/social-cohesion-and-resilience/index.html"))
        let page = try HTMLPage(html)

        #expect(page.attribute("lang", of: "/html") == ["en-GB"])
        #expect(page.texts("//h1") == ["Social cohesion and resilience"])
        #expect(page.headingLevels.first == 1)
        #expect(zip(page.headingLevels, page.headingLevels.dropFirst()).allSatisfy { $1 <= $0 + 1 })
        #expect(page.texts("//section[@class='front-sheet']/h2") == [
            "Purpose of report", "Summary", "Recommendation", "Action", "Territorial scope", "Contact officer",
        ])
        #expect(page.texts("//section[@class='front-sheet']/p[1]") == ["For discussion."])
        #expect(page.texts("//p[@class='scope-note']") == [
            "The Independent Adviser’s role: England only. The SIGCE support offer: England and Wales.",
        ])
        #expect(page.texts("//dl[@class='contact']/dd") == [
            "Rachel Duke", "Adviser", "07464 652612", "rachel.duke@local.gov.uk",
        ])
        #expect(page.texts("//div[@class='paper-body']/h2") == [
            "Background", "Policy context", "The extremism challenge", "Supporting councils", "Discussion",
            "Implications for Wales", "Financial Implications", "Next steps",
        ])
        let numbers = page.texts("//div[@class='paper-body']/p/span[@class='para-number']")
        #expect(numbers == (1...18).map { "\($0)." })
        let points = page.texts("//ol[@class='discussion-points']/li")
        #expect(points.count == 4)
        #expect(points.map { String($0.prefix(4)) } == ["1.1 ", "1.2 ", "1.3 ", "1.4 "])
        #expect(points[1] == "1.2 Opportunities for linking up Sara’s work with the Special Interest Group on Countering Extremism")
    }

    /// Every sentence of the seed paper's body appears on the page.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: Fixtures.shared.appendingPathComponent("seed").path)))
    func everySentenceOfTheSeedIsOnThePage() throws {
        let (output, _) = try Self.build()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try HTMLPage(Fixtures.read(output.appendingPathComponent("papers/social-cohesion-and-resilience/index.html")))
        let pageText = Self.normalized(page.texts("//main").joined(separator: " "))
        let seed = Fixtures.read(Fixtures.shared.appendingPathComponent("seed/social-cohesion-and-resilience.txt"))
        let body = seed.components(separatedBy: "\nBackground\n").dropFirst().joined()
        let lines = body.split(separator: "\n").map { Self.normalized(String($0)) }.filter { $0.count > 40 }
        #expect(lines.count >= 20)
        for line in lines {
            // Discussion points lose their typed "1.1." prefix: the page numbers them itself.
            let text = line.replacingOccurrences(of: #"^1\.\d\. "#, with: "", options: .regularExpression)
            #expect(pageText.contains(text), "missing from the page: \(text.prefix(60))")
        }
    }

    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{202F}", with: " ")
            .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
            .trimmingCharacters(in: .whitespaces)
    }
}
