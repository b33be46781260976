import Foundation
import Testing

@testable import BoardPack

/// Datasets from file to page and download: counts equal an independent count of the records,
/// small numbers are suppressed, and no record's id or summary reaches the public site.
@Suite struct DatasetPublishingTests {
    static let site = Fixtures.siteYAML + "\n  intimidation: Abuse and intimidation of councillors\n  protest: Protest\n"

    /// 20 hate-crime incidents, 3 of intimidation (suppressed), 7 of protest (suppressed too, secondarily).
    static var records: [(id: String, category: String, nation: String, month: Int, summary: String)] {
        var list: [(String, String, String, Int, String)] = []
        for index in 0..<30 {
            let category = index < 20 ? "hate-crime" : index < 23 ? "intimidation" : "protest"
            list.append(("SECRET-ID-\(index)", category, index % 4 == 0 ? "wales" : "england", 1 + index % 3,
                "Private summary naming person \(index)"))
        }
        return list
    }

    static var datasetYAML: String {
        var lines = [
            "title: Incidents reported by councils", "source: Council returns",
            "period: { from: 2020-04-01, to: 2021-03-31 }", "suppress-below: 5", "incidents:",
        ]
        for record in records {
            lines += [
                "  - id: \(record.id)", "    date: 2020-0\(record.month)-15", "    nation: \(record.nation)",
                "    category: \(record.category)", "    council: Exampleshire Council", "    summary: \(record.summary)",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func paper(block: String) -> String {
        Fixtures.paper(body: "## Background\nText.\n\n```incidents\n\(block)```\n\n## Implications for Wales\nNone.\n\n## Discussion\n\n1. What should the Board do next?\n",
            extraFront: "datasets: [incidents]")
    }

    static func project(block: String) throws -> URL {
        let root = try Fixtures.project(papers: ["with-data": paper(block: block)], site: site)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/data"), withIntermediateDirectories: true)
        try datasetYAML.write(to: root.appendingPathComponent("content/data/incidents.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func tableCountsEqualAnIndependentCountWithSmallNumbersSuppressed() throws {
        let root = try Self.project(block: "dataset: incidents\ngroup-by: category\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty)
        let page = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/papers/with-data/index.html")))
        let independent = Dictionary(grouping: Self.records, by: \.category).mapValues(\.count)
        #expect(independent == ["hate-crime": 20, "intimidation": 3, "protest": 7])
        #expect(page.texts("//table[@class='incidents-table']/tbody/tr/th") == ["Hate crime", "Protest", "Abuse and intimidation of councillors"])
        // 3 is below 5; 7 would give 3 away from the total of 30, so it is withheld too.
        #expect(page.texts("//table[@class='incidents-table']/tbody/tr/td") == ["20", "withheld", "fewer than 5"])
        #expect(page.texts("//table[@class='incidents-table']/tfoot/tr/td") == ["30"])
        #expect(page.texts("//table[@class='incidents-table']/thead/tr/th").count == 2)
        #expect(page.attribute("scope", of: "//table[@class='incidents-table']//th") == ["col", "col", "row", "row", "row", "row"])
        #expect(page.texts("//*[local-name()='svg']/@role") == ["img"])
        let chartText = page.texts("//*[local-name()='svg']/*[local-name()='desc']").joined()
        #expect(chartText.contains("Hate crime: 20"))
        #expect(chartText.contains("Protest: withheld"))
        #expect(chartText.contains("Abuse and intimidation of councillors: fewer than 5"))
        #expect(page.texts("//figure[@class='incidents']/figcaption").first?.contains("Source: Council returns") == true)
    }

    @Test func downloadsHoldSuppressedAggregatesAndNoRecordEverReachesThePublicSite() throws {
        let root = try Self.project(block: "dataset: incidents\ngroup-by: month\nfilter: { nation: england }\n")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteBuilder.build(Fixtures.options(root))
        let csv = Fixtures.read(root.appendingPathComponent("_site/data/incidents.csv"))
        #expect(csv.contains("category,hate-crime,Hate crime,20\n"))
        #expect(csv.contains("category,intimidation,Abuse and intimidation of councillors,fewer than 5\n"))
        #expect(csv.contains("nation,england,England,22\n"))
        #expect(csv.contains("month,2020-01,January 2020,"))
        let json = try JSONSerialization.jsonObject(with: Data(Fixtures.read(root.appendingPathComponent("_site/data/incidents.json")).utf8))
        let by = (json as? [String: Any])?["by"] as? [String: Any]
        #expect((by?["category"] as? [String: Any])?["total"] as? Int == 30)

        var everything = ""
        let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent("_site"), includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL { everything += Fixtures.read(url) }
        #expect(!everything.isEmpty)
        for record in Self.records {
            #expect(!everything.contains(record.id), "\(record.id) is in the public site")
            #expect(!everything.contains(record.summary), "a summary is in the public site")
        }
        #expect(!everything.contains("Exampleshire"), "a council not asked for is in the public site")
    }

    @Test func embeddingAMissingDatasetOrFieldIsALocatedError() throws {
        let root = try Self.project(block: "dataset: incidentz\ngroup-by: category\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = try SiteBuilder.check(Fixtures.options(root)).filter { $0.severity == .error }
        #expect(missing.map { "\($0.line):\($0.column)" } == ["27:10"])
        #expect(missing.first?.message.contains("did you mean 'incidents'") == true)

        try Self.paper(block: "dataset: incidents\ngroup-by: forse\n").write(
            to: root.appendingPathComponent("content/papers/with-data.md"), atomically: true, encoding: .utf8)
        let field = try SiteBuilder.check(Fixtures.options(root)).filter { $0.severity == .error }
        #expect(field.map { "\($0.line):\($0.column)" } == ["28:11"])
        #expect(field.first?.message.contains("has a field 'forse'") == true)
    }
}
