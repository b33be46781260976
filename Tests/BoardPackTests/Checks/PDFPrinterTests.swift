import Foundation
import Testing

@testable import BoardPack

/// `WeasyPrint.Printer`: one Python process lays out and prints one PDF after another, and a PDF
/// that cannot be made is reported with its file and the reason, leaving the old PDF as it was.
@Suite struct PDFPrinterTests {
    static let tools = WeasyPrint.find() != nil && ExternalTool.onPath("pdftotext") != nil

    static func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-printer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    static func page(_ title: String, _ body: String) -> String {
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(title)</title></head><body>\(body)</body></html>"
    }

    @Test(.enabled(if: tools, "needs WeasyPrint and poppler-utils: `sudo make test-tools`"))
    func oneProcessLaysOutAndPrintsOneFileAfterAnother() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let weasyPrint = try #require(WeasyPrint.find())
        let first = root.appendingPathComponent("first.html").path
        let second = root.appendingPathComponent("second.html").path
        try Self.page("First", #"<h1 id="one">Alpha</h1><h1 id="two" style="break-before: page">Beta</h1>"#)
            .write(toFile: first, atomically: true, encoding: .utf8)
        try Self.page("Second", "<p>Gamma</p>").write(toFile: second, atomically: true, encoding: .utf8)
        let printer = WeasyPrint.Printer(weasyPrint)
        defer { printer.close() }
        #expect(printer.anchorPages(html: first) == ["one": 1, "two": 2])
        try printer.render(html: first, pdf: root.appendingPathComponent("first.pdf").path)
        try printer.render(html: second, pdf: root.appendingPathComponent("second.pdf").path)
        #expect(try PDFPackTests.pageTexts(root.appendingPathComponent("first.pdf")).map { $0.trimmed } == ["Alpha", "Beta"])
        #expect(try PDFPackTests.pageTexts(root.appendingPathComponent("second.pdf")).map { $0.trimmed } == ["Gamma"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
            == ["first.html", "first.pdf", "second.html", "second.pdf"])
    }

    @Test(.enabled(if: tools, "needs WeasyPrint: `sudo make test-tools`"))
    func aFailedPDFSaysWhichAndWhyAndKeepsTheOldOne() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let printer = WeasyPrint.Printer(try #require(WeasyPrint.find()))
        defer { printer.close() }
        let pdf = root.appendingPathComponent("pack.pdf").path
        try "old".write(toFile: pdf, atomically: true, encoding: .utf8)
        let missing = root.appendingPathComponent("missing.html").path
        let error = #expect(throws: EnvironmentError.self) { try printer.render(html: missing, pdf: pdf) }
        #expect(error?.description.hasPrefix("WeasyPrint could not make \(pdf): ") == true)
        #expect(error?.description.contains("missing.html") == true)
        #expect(try String(contentsOfFile: pdf, encoding: .utf8) == "old")
        #expect(printer.anchorPages(html: missing) == nil)
        // The process is still there for the next PDF.
        let good = root.appendingPathComponent("good.html").path
        try Self.page("Good", "<p>Delta</p>").write(toFile: good, atomically: true, encoding: .utf8)
        try printer.render(html: good, pdf: pdf)
        #expect(try String(contentsOfFile: pdf, encoding: .isoLatin1).hasPrefix("%PDF-"))
    }

    /// A pack with its contents' page numbers written in is printed from the layout that gave the
    /// numbers (only the pages up to the contents laid out again), and reads as the numbered file
    /// laid out as a whole: the same text on every page, footers' "of N" included.
    @Test(.enabled(if: tools, "needs WeasyPrint and poppler-utils: `sudo make test-tools`"))
    func aPackIsPrintedFromItsFirstLayoutAsIfLaidOutAgain() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let printer = WeasyPrint.Printer(try #require(WeasyPrint.find()))
        defer { printer.close() }
        let style = """
            <style>@page { @bottom-right { content: "Page " counter(page) " of " counter(pages) } }
            section { break-before: page } .page-from::after { content: target-counter(attr(href), page) }</style>
            """
        let entry = { (id: String) in ##"<span class="pages">Pages <a class="page-from" href="#\##(id)"></a></span>"## }
        let pack = { (one: String, two: String) in
            Self.page("Pack", style + #"<header><h1>Pack</h1></header><main><nav class="contents"><ol><li>One \#(one)</li>"#
                + #"<li>Two \#(two)</li></ol></nav><section id="one"><h2>One</h2><p>Alpha</p></section><section id="two">"#
                + #"<h2>Two</h2><p>Beta</p><p style="break-before: page">Gamma</p></section></main>"#)
        }
        let html = root.appendingPathComponent("pack.html").path
        let numbered = root.appendingPathComponent("numbered.html").path
        try pack(entry("one"), entry("two")).write(toFile: html, atomically: true, encoding: .utf8)
        let printed = try #require(try printer.printNumbered(html: html, pdf: root.appendingPathComponent("pack.pdf").path) { pages in
            let text = pack(#"<span class="pages">Page \#(pages["one"] ?? 0)</span>"#, #"<span class="pages">Pages \#(pages["two"] ?? 0)–4</span>"#)
            try? text.write(toFile: numbered, atomically: true, encoding: .utf8)
            return numbered
        })
        #expect(printed.first == ["one": 2, "two": 3])
        #expect(printed.printed == printed.first)
        #expect(printed.reused)
        try printer.render(html: numbered, pdf: root.appendingPathComponent("whole.pdf").path)
        let pages = try PDFPackTests.pageTexts(root.appendingPathComponent("pack.pdf"))
        #expect(pages == (try PDFPackTests.pageTexts(root.appendingPathComponent("whole.pdf"))))
        #expect(pages.count == 4)
        #expect(pages.first?.contains("Page 1 of 4") == true)
        #expect(pages.first?.contains("One Page 2") == true)
        #expect(pages.first?.contains("Two Pages 3–4") == true)
    }

    @Test func aPythonThatStopsIsReportedWithTheFile() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        // A "weasyprint" whose interpreter is not Python: it stops at once on the script.
        let fake = root.appendingPathComponent("weasyprint").path
        try "#!/bin/false\n".write(toFile: fake, atomically: true, encoding: .utf8)
        let printer = WeasyPrint.Printer(WeasyPrint(executable: fake))
        defer { printer.close() }
        let pdf = root.appendingPathComponent("pack.pdf").path
        let error = #expect(throws: EnvironmentError.self) { try printer.render(html: root.appendingPathComponent("pack.html").path, pdf: pdf) }
        #expect(error?.description == "WeasyPrint could not make \(pdf): its Python stopped (exit 1)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
        #expect(printer.anchorPages(html: root.appendingPathComponent("pack.html").path) == nil)
    }
}
