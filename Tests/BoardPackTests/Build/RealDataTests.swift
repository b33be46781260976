import Foundation
import Testing

@testable import BoardPack

/// The example's Home Office hate crime figures, rendered, agree with the published source: each
/// strand's 2018-19 count and the totals are the sums of the 43 forces' figures in the CSV.
@Suite struct RealDataTests {
    static let source = Fixtures.shared.appendingPathComponent("real-data/hate_crime_by_force_2017-19_BBC.csv")

    /// A CSV line's cells, honouring quotes ("London, City of"; "567,700").
    static func cells(_ line: Substring) -> [String] {
        var cells = [""]
        var quoted = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
            } else if character == ",", !quoted {
                cells.append("")
            } else {
                cells[cells.count - 1].append(character)
            }
        }
        return cells
    }

    /// Sums of each strand over the forces for a year, read straight from the CSV.
    static func sums(year: String) throws -> [String: Int] {
        let lines = try String(contentsOf: source, encoding: .utf8).split(whereSeparator: \.isNewline)
        let header = cells(lines[0])
        var totals: [String: Int] = [:]
        for line in lines.dropFirst() {
            let cells = Self.cells(line)
            guard cells.count > 8, cells[1] == year else { continue }
            for column in 2...6 { totals[header[column], default: 0] += Int(cells[column]) ?? 0 }
        }
        return totals
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: source.path), "needs ../shared/real-data"))
    func renderedCountsMatchThePublishedFigures() throws {
        let output = try ExternalTool.buildExample()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try HTMLPage(Fixtures.read(output.appendingPathComponent("papers/hate-crime-trends/index.html")))
        let table = "(//table[@class='incidents-table'])[1]"
        let labels = page.texts("\(table)/tbody/tr/th")
        let counts = page.texts("\(table)/tbody/tr/td").map { Int($0.replacingOccurrences(of: ",", with: "")) ?? -1 }
        let expected = try Self.sums(year: "2018-19")
        let byLabel = Dictionary(uniqueKeysWithValues: zip(labels, counts))
        #expect(byLabel["Race"] == expected["Race"])
        #expect(byLabel["Religion"] == expected["Total Religion"])
        #expect(byLabel["Sexual orientation"] == expected["Sexual orientation"])
        #expect(byLabel["Disability"] == expected["Disability"])
        #expect(byLabel["Transgender identity"] == expected["Transgender"])
        let total = page.texts("\(table)/tfoot/tr/td").first.map { Int($0.replacingOccurrences(of: ",", with: "")) }
        #expect(total == expected.values.reduce(0, +))
        #expect(total == 108_763)
        // The download holds the same totals, and no force-level record.
        let csv = Fixtures.read(output.appendingPathComponent("data/police-recorded-hate-crime.csv"))
        let both = try Self.sums(year: "2017-18").values.reduce(0, +) + expected.values.reduce(0, +)
        #expect(csv.contains("category,,Total,\(both)\n"))
        #expect(!csv.contains("Cleveland"))
    }
}
