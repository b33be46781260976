import Foundation
import Testing

@testable import BoardPack

/// The example meeting's pack rendered by WeasyPrint: the contents' page numbers are the pages the
/// items start on, and the PDF is tagged, titled, in English, with a bookmark per item.
@Suite struct PDFPackTests {
    static let tools = WeasyPrint.find() != nil && ExternalTool.onPath("pdftotext") != nil

    static func pageTexts(_ pdf: URL) throws -> [String] {
        let info = try ExternalTool.run(ExternalTool.onPath("pdfinfo") ?? "/usr/bin/pdfinfo", [pdf.path]).text
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        return try (1...max(1, pages)).map { page in
            try ExternalTool.run(ExternalTool.onPath("pdftotext") ?? "/usr/bin/pdftotext",
                ["-f", "\(page)", "-l", "\(page)", "-layout", pdf.path, "-"]).text
        }
    }

    @Test(.enabled(if: tools, "needs WeasyPrint and poppler-utils: `sudo make test-tools`"))
    func contentsPageNumbersAreThePagesTheItemsStartOn() throws {
        let output = try ExternalTool.buildExample(pdf: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let pdf = output.appendingPathComponent("packs/sscb-2021-06-09.pdf")
        let pages = try Self.pageTexts(pdf)
        #expect(pages.count > 8)
        let contents = try #require(pages.firstIndex { $0.contains("Contents") && $0.contains("Appendix B") })
        var starts: [Int] = []
        for item in [3, 4] {
            // "3.    Social cohesion and resilience ....... Pages 4–7"
            let line = try #require(pages[contents].split(separator: "\n").first { $0.hasPrefix("\(item).") && $0.contains("Pages") })
            let numbers = line.split(separator: "Pages").last?.split(separator: "–").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? []
            #expect(numbers.count == 2, "no page range in: \(line)")
            let first = try #require(pages.indices.first { $0 > contents && pages[$0].contains("Item \(item)\n") })
            #expect(numbers.first == first + 1, "item \(item) starts on page \(first + 1), contents say \(numbers)")
            starts.append(first + 1)
            if let last = numbers.last { #expect(last >= first + 1) }
        }
        #expect(pages[starts[0] - 1].contains("Social cohesion and resilience"))
        // What a clerk would send back: none of it is printed.
        let all = pages.joined()
        for flaw in ["↩", "Tags:", " - ", "A. Appendix", "B. Appendix", "Back to point"] {
            #expect(!all.contains(flaw), "the pack prints \(flaw)")
        }
        #expect(pages[starts[0] - 1].components(separatedBy: "Item 3").count - 1 == 1, "'Item 3' printed more than once")
        #expect(pages[contents - 1].contains("3.    Social cohesion and resilience\n") || pages[contents - 1].contains("Social cohesion and resilience\n"))
        #expect(pages.contains { $0.contains("In the paper: page \(starts[0])") || $0.contains("In the paper: page ") })
        #expect(!pages[contents - 1].contains("resilience For discussion"), "the agenda runs the purpose on")
        #expect(pages.allSatisfy { $0.contains("Page ") && $0.contains(" of \(pages.count)") })

        let bytes = try Data(contentsOf: pdf)
        let raw = String(decoding: bytes, as: UTF8.self)
        #expect(raw.contains("/Lang (en-GB)"))
        #expect(raw.contains("/StructTreeRoot"), "the PDF is not tagged")
        for bookmark in ["3. Social cohesion and resilience", "4. Hate crime trends in England and Wales", "Appendix A: discussion points", "Appendix B: territorial scope"] {
            #expect(raw.contains("/Title (\(bookmark))"), "no bookmark \(bookmark)")
        }
    }
}
