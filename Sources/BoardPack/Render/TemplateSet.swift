import Foundation
import Mustache

/// The Mustache templates and assets a build renders with: the project's `templates/` folder,
/// with the built-in defaults standing in for any file it does not have.
public struct TemplateSet: Sendable {
    public let library: MustacheLibrary
    /// Files copied to `assets/` unchanged (the site's stylesheet).
    public let assets: [String: String]
    /// The packs' stylesheet, inlined into each pack so that it is one self-contained file.
    public let packStylesheet: String
    /// A digest of every template and asset, for knowing when pages must be rendered again.
    public let fingerprint: UInt64

    /// Loads the templates, reporting a template with a syntax error at its line and column.
    public static func load(directory: URL?, displayPath: (URL) -> String) -> (TemplateSet?, [Diagnostic]) {
        var (sources, paths, diagnostics) = Self.sources(directory: directory, displayPath: displayPath)
        var library = MustacheLibrary()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) where name.hasSuffix(".mustache") {
            let templateName = String(name.dropLast(".mustache".count))
            do {
                library.register(try MustacheTemplate(string: text), named: templateName)
            } catch let error as MustacheTemplate.ParserError {
                let path = paths[name] ?? "templates/\(name) (built-in)"
                diagnostics.append(.error(
                    "template error: \(describe(error.error))",
                    at: SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error("template error: \(error)", at: .start(of: paths[name] ?? name)))
            }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let assets = sources.filter { $0.key.hasSuffix(".css") && $0.key != "pack.css" }
        let set = TemplateSet(library: library, assets: assets, packStylesheet: sources["pack.css"] ?? "", fingerprint: fingerprint(sources))
        return (set, diagnostics)
    }

    /// The templates' and assets' text by file name: the project's, and the built-in defaults for the rest.
    static func sources(directory: URL?, displayPath: (URL) -> String) -> (sources: [String: String], paths: [String: String], [Diagnostic]) {
        var sources = DefaultTemplates.files
        var paths: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        if let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) {
            for name in names.sorted() where name.hasSuffix(".mustache") || name.hasSuffix(".css") {
                let url = directory.appendingPathComponent(name)
                switch SourceReader.read(url, displayPath: displayPath(url)) {
                case let .success(file):
                    sources[name] = file.text
                    paths[name] = file.path
                case let .failure(diagnostic):
                    diagnostics.append(diagnostic)
                }
            }
        }
        return (sources, paths, diagnostics)
    }

    /// The `fingerprint` of a set loaded from these sources, known without parsing them: a build
    /// with nothing to do learns it is up to date before the templates are parsed.
    static func fingerprint(_ sources: [String: String]) -> UInt64 {
        var digest = ContentHash()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            digest.add(name)
            digest.add(text)
        }
        return digest.value
    }

    public func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not closed with }}"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is opened but never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: return "the delimiter change is not valid"
        case MustacheTemplate.Error.textInsideInheritSection: return "text inside {{<parent}} must be inside a {{$block}}"
        case MustacheTemplate.Error.illegalTokenInsideInheritSection: return "only {{$block}} sections may stand inside {{<parent}}"
        default: return "\(error)"
        }
    }
}
