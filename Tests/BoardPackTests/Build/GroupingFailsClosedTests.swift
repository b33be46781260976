import Foundation
import Testing

@testable import BoardPack

/// A paper may count a dataset only by categories (nation, category, month, year) and by fields the
/// dataset declares in `public-fields`: grouping by anything else would print every record's value.
@Suite struct GroupingFailsClosedTests {
    typealias Publishing = DatasetPublishingTests

    /// The whole public site as one text.
    static func everything(_ root: URL) -> String {
        var text = ""
        let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent("_site"), includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL { text += Fixtures.read(url) }
        return text
    }

    static func withHeader(_ header: String, in root: URL) throws {
        let url = root.appendingPathComponent("content/data/incidents.yaml")
        try Publishing.datasetYAML.replacingOccurrences(of: "incidents:\n", with: header + "\nincidents:\n")
            .write(to: url, atomically: true, encoding: .utf8)
    }

    @Test(arguments: ["summary", "id", "council", "date", "count"])
    func groupingByARecordFieldIsALocatedErrorAndPublishesNothing(field: String) throws {
        let root = try Publishing.project(block: "dataset: incidents\ngroup-by: \(field)\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder.build(Fixtures.options(root))
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.path):\($0.line):\($0.column)" } == ["content/papers/with-data.md:28:11"])
        #expect(errors.first?.message.contains("category, month, nation, year") == true)
        let advice = ["id", "date", "count"].contains(field) ? "can never be counted by" : "public-fields: [\(field)]"
        #expect(errors.first?.message.contains(advice) == true, "\(errors)")
        let site = Self.everything(root)
        #expect(!site.contains("Exampleshire") && !site.contains("SECRET-ID") && !site.contains("Private summary"))
    }

    @Test func aFieldListedInPublicFieldsMayBeCounted() throws {
        let root = try Publishing.project(block: "dataset: incidents\ngroup-by: council\n")
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.withHeader("public-fields: [council]", in: root)
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(report.diagnostics.isEmpty)
        let page = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/papers/with-data/index.html")))
        #expect(page.texts("//table[@class='incidents-table']/tbody/tr/th") == ["Exampleshire Council"])
    }

    @Test func yearOfTheDateIsACategory() throws {
        let root = try Publishing.project(block: "dataset: incidents\ngroup-by: year\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(report.diagnostics.isEmpty)
        let page = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/papers/with-data/index.html")))
        #expect(page.texts("//table[@class='incidents-table']/tbody/tr/th") == ["2020"])
    }

    @Test func aFilterOnAPrivateFieldSelectsButNeverPrintsItsValue() throws {
        let root = try Publishing.project(block: "dataset: incidents\ngroup-by: category\nfilter: { council: Exampleshire Council }\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder.build(Fixtures.options(root))
        #expect(report.diagnostics.isEmpty)
        let site = Self.everything(root)
        #expect(site.contains("selected by council"))
        #expect(!site.contains("Exampleshire"))
        let page = try HTMLPage(Fixtures.read(root.appendingPathComponent("_site/papers/with-data/index.html")))
        #expect(page.texts("//table[@class='incidents-table']/tfoot/tr/td") == ["30"])
    }

    @Test(arguments: [
        ("public-fields: [id]", "'id' cannot be a public field"),
        ("public-fields: [council, date]", "'date' cannot be a public field"),
        ("public-fields:", "'public-fields' is empty"),
        ("public-fields: []", "needs at least one entry"),
        ("Public-fields: [council]", "write it exactly 'public-fields'"),
        ("public-field: [council]", "write it exactly 'public-fields'"),
    ])
    func aWrongPublicFieldsIsALocatedError(header: String, message: String) throws {
        let root = try Publishing.project(block: "dataset: incidents\ngroup-by: category\n")
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.withHeader(header, in: root)
        let errors = try SiteBuilder.check(Fixtures.options(root)).filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.path == "content/data/incidents.yaml")
        #expect(errors.first?.line == 5)
        #expect(errors.first?.message.contains(message) == true, "\(errors)")
    }

    @Test func aCSVDatasetIsCountedOnlyByCategories() throws {
        let root = try Publishing.project(block: "dataset: incidents\ngroup-by: council\n")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/data/incidents.yaml"))
        try "id,date,nation,category,council\nA1,2020-05-01,england,hate-crime,Exampleshire Council\n".write(
            to: root.appendingPathComponent("content/data/incidents.csv"), atomically: true, encoding: .utf8)
        let errors = try SiteBuilder.check(Fixtures.options(root)).filter { $0.severity == .error }
        #expect(errors.map { "\($0.line):\($0.column)" } == ["28:11"])
        #expect(errors.first?.message.contains("a CSV dataset") == true)
    }
}

extension GroupingFailsClosedTests {
    @Test(arguments: ["Group-by: category", "groupby: category", "group_by: category"])
    func aMisspeltGroupByIsAnErrorAtItsKey(line: String) {
        let block = IncidentBlockSource(index: 0, text: "dataset: incidents\n\(line)\n", line: 10)
        let (spec, problems) = IncidentSpecReader.read(block, path: "content/papers/p.md")
        #expect(spec == nil)
        #expect(problems.contains { $0.line == 12 && $0.column == 1 && $0.message.contains("write it exactly 'group-by'") })
    }
}

extension GroupingFailsClosedTests {
    /// A record's own `year` is its own text: counted by only once the dataset lists it, in JSON too.
    @Test func aRecordsOwnYearNeedsPublicFields() throws {
        let root = try Publishing.project(block: "dataset: incidents\ngroup-by: year\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("content/data")
        try FileManager.default.removeItem(at: data.appendingPathComponent("incidents.yaml"))
        func write(header: String) throws {
            try """
                {"title": "T", "source": "S", \(header)
                 "incidents": [{"id": "A", "nation": "wales", "category": "hate-crime", "date": "2020-05-01", "year": "2020-21"}]}
                """.write(to: data.appendingPathComponent("incidents.json"), atomically: true, encoding: .utf8)
        }
        try write(header: "")
        let errors = try SiteBuilder.check(Fixtures.options(root)).filter { $0.severity == .error }
        #expect(errors.map { "\($0.line):\($0.column)" } == ["28:11"])
        #expect(errors.first?.message.contains("public-fields: [year]") == true)
        try write(header: #""public-fields": ["year"],"#)
        #expect(try SiteBuilder.check(Fixtures.options(root)).isEmpty)
    }
}
