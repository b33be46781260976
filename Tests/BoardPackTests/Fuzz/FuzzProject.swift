import Foundation

@testable import BoardPack

/// A small but complete project for the fuzzer: a paper with a front sheet, discussion points, a
/// Wales section and an incidents block; an exempt paper; a dataset; a meeting; a briefing pack;
/// site.yaml. It carries secrets a public build must never show, so that the audit can look for them.
enum FuzzProject {
    /// A sentence only the exempt paper's body holds.
    static let exemptSentence = "The district valuer puts the reserve price at four point two million pounds."
    static let exemptSummary = "Terms of the confidential land sale at Riverside Yard."
    /// The exempt line comes first, so that a front matter cut short before it is missing its
    /// required fields (an error) rather than quietly public.
    static let exemptLine = "---\nexempt: { paragraph: 3, public-interest: \"Publishing the reserve price would weaken the council's position in the sale.\" }\n"

    static let recordIDs = (1...8).map { "REC-QX\($0)7" }
    static let recordSummaries = (1...8).map { "Summary naming resident Quillfeather \($0)" }

    static var dataset: String {
        var lines = [
            "title: Incidents reported by councils", "source: Council returns",
            "period: { from: 2020-04-01, to: 2021-03-31 }", "suppress-below: 2", "public-fields: [region]", "incidents:",
        ]
        for index in 0..<8 {
            lines += [
                "  - id: \(recordIDs[index])", "    date: 2020-0\(1 + index % 3)-15",
                "    nation: \(index % 3 == 0 ? "wales" : "england")",
                "    category: \(index < 5 ? "hate-crime" : "protest")", "    region: \(index % 2 == 0 ? "North" : "South")",
                "    council: Exampleshire Council", "    summary: \(recordSummaries[index])",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let openPaper = Fixtures.paper(
        title: "Community tensions", body: """
            ## Background
            Councils report incidents each quarter, see https://www.local.gov.uk and [the LGA](https://www.local.gov.uk/about).

            ```incidents
            dataset: incidents
            group-by: category
            title: Incidents by kind
            ```

            ```incidents
            dataset: incidents
            group-by: region
            filter: { nation: england }
            chart: bar
            ```

            ## Discussion
            Members may wish to discuss:

            1. The first point
            2. The second point

            ## Implications for Wales
            The offer extends to Wales.
            """, extraFront: "datasets: [incidents]\ntags: [cohesion]")

    static var exemptPaper: String {
        exemptLine + String(Fixtures.paper(title: "Riverside Yard land sale", body: """
            ## Background
            \(exemptSentence)

            ## Implications for Wales
            None.
            """).dropFirst(4)).replacingOccurrences(of: "summary: A short summary.", with: "summary: \(exemptSummary)")
            .replacingOccurrences(of: "purpose: discussion", with: "purpose: decision")
    }

    static let site = Fixtures.siteYAML + "\n  protest: Protest\n"

    static let meeting = """
        board: sscb
        date: 2021-06-09
        time: "11:00"
        venue: Virtual meeting
        items:
          - title: Welcome and apologies
          - paper: community-tensions
          - paper: riverside-yard
        """

    static let pack = """
        title: "Briefing for new councillors"
        intro: |
          This pack brings together the Board's papers on cohesion.
        papers: [community-tensions, riverside-yard]
        """

    /// Path inside the project → text.
    static var files: [String: String] {
        [
            "content/site.yaml": site, "content/papers/community-tensions.md": openPaper,
            "content/papers/riverside-yard.md": exemptPaper, "content/data/incidents.yaml": dataset,
            "content/meetings/sscb-2021-06-09.yaml": meeting, "content/packs/briefing.yaml": pack,
        ]
    }

    static func make() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-fuzz-\(UUID().uuidString)")
        for (path, text) in files { try write(Array(text.utf8), to: path, in: root) }
        return root
    }

    static func write(_ bytes: [UInt8], to path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
}
