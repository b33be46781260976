import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A built page parsed as HTML, for asserting on elements rather than on strings.
struct HTMLPage {
    let document: XMLDocument

    /// Pages are written as well-formed XML (void elements closed), so they parse as XML, inline SVG
    /// included; anything else falls back to libxml2's HTML parser.
    init(_ html: String) throws {
        if let strict = try? XMLDocument(data: Data(html.utf8), options: []) {
            document = strict
        } else {
            document = try XMLDocument(data: Data(html.utf8), options: [.documentTidyHTML])
        }
    }

    func nodes(_ xpath: String) -> [XMLNode] { (try? document.nodes(forXPath: xpath)) ?? [] }

    func texts(_ xpath: String) -> [String] {
        nodes(xpath).map { ($0.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    func attribute(_ name: String, of xpath: String) -> [String] {
        nodes(xpath).compactMap { ($0 as? XMLElement)?.attribute(forName: name)?.stringValue }
    }

    /// Heading levels in document order: h1 → 1 and so on.
    var headingLevels: [Int] {
        nodes("//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]").compactMap {
            $0.name.flatMap { Int($0.dropFirst()) }
        }
    }
}
