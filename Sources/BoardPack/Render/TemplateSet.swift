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
    /// The language whose labels are written into the templates.
    public let language: Language
    /// The labels written into the templates (`{{labels.key}}`), for text a view builds itself.
    public let labels: Labels

    /// The templates of each of `languages` (the main one first), each with its labels written in,
    /// and what is wrong with them or with the project's `labels.<lang>.yaml` files.
    public static func load(
        directory: URL?, displayPath: (URL) -> String, languages: [Language]
    ) -> (sets: [Language: TemplateSet]?, diagnostics: [Diagnostic]) {
        let languages = languages.isEmpty ? [Language.en] : languages
        var (tables, diagnostics) = LabelOverrides.load(directory: directory, languages: languages, displayPath: displayPath)
        let read = Self.sources(directory: directory, displayPath: displayPath)
        var sets: [Language: TemplateSet] = [:]
        for language in languages {
            let (set, problems) = load(read, language: language, labels: tables[language] ?? Labels(language))
            // A template's mistakes are the same in every language: reported once.
            if language == languages[0] { diagnostics += problems }
            sets[language] = set
        }
        guard !diagnostics.hasErrors, sets.count == languages.count else { return (nil, diagnostics) }
        return (sets, diagnostics)
    }

    /// Loads the templates with English labels, reporting a template with a syntax error at its line and column.
    public static func load(directory: URL?, displayPath: (URL) -> String) -> (TemplateSet?, [Diagnostic]) {
        load(Self.sources(directory: directory, displayPath: displayPath), language: .en, labels: .english)
    }

    private static func load(
        _ read: (sources: [String: String], paths: [String: String], [Diagnostic]), language: Language, labels: Labels
    ) -> (TemplateSet?, [Diagnostic]) {
        var (sources, paths, diagnostics) = read
        let fingerprint = fingerprint(sources)
        let writer = TemplateLabels(labels)
        var library = MustacheLibrary()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) where name.hasSuffix(".mustache") {
            let templateName = String(name.dropLast(".mustache".count))
            let text = writer.substitute(text)
            sources[name] = text
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
        var partials: [String: [String]] = [:]
        for (name, text) in sources where name.hasSuffix(".mustache") {
            partials[String(name.dropLast(".mustache".count))] = partialNames(in: text)
        }
        let set = TemplateSet(
            library: library, assets: assets, packStylesheet: sources["pack.css"] ?? "", fingerprint: fingerprint,
            language: language, labels: labels, partials: partials)
        for (name, named) in partials.sorted(by: { $0.key < $1.key }) {
            for partial in named where partials[partial] == nil {
                let file = name + ".mustache"
                diagnostics.append(.error(
                    "template error: this template uses the partial \"\(partial)\", but there is no \(partial).mustache in templates/ "
                        + "nor a built-in one: add the file, or correct the name",
                    at: location(of: partial, in: sources[file] ?? "", path: paths[file] ?? "templates/\(file) (built-in)")))
            }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (set, diagnostics)
    }

    /// The templates' and assets' text by file name: the project's, and the built-in defaults for
    /// the rest; and the project's labels files (`labels.cy.yaml`), which change the templates too.
    static func sources(directory: URL?, displayPath: (URL) -> String) -> (sources: [String: String], paths: [String: String], [Diagnostic]) {
        var sources = DefaultTemplates.files
        var paths: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        if let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) {
            for name in names.sorted()
            where name.hasSuffix(".mustache") || name.hasSuffix(".css") || (name.hasPrefix("labels.") && name.hasSuffix(".yaml")) {
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

    /// The partials (`{{>name}}`) and parents (`{{<name}}`) each template names, by template.
    public let partials: [String: [String]]

    /// A template found, with every partial and parent it names (and theirs), or an error naming
    /// what is missing: swift-mustache itself would render a missing one as nothing.
    public func template(_ name: String) throws -> MustacheTemplate {
        guard let template = library.getTemplate(named: name) else { throw MissingTemplate(name: name, namedIn: nil) }
        var seen: Set<String> = [name]
        var pending = [name]
        while let current = pending.popLast() {
            for partial in partials[current] ?? [] where seen.insert(partial).inserted {
                guard library.getTemplate(named: partial) != nil else { throw MissingTemplate(name: partial, namedIn: current) }
                pending.append(partial)
            }
        }
        return template
    }

    /// Renders a view model with a template; throws when the template or a partial it names is missing.
    /// A page's view is given the site's chrome here if it has none (a build gives it, rendered once).
    public func render(_ name: String, _ view: any MustacheParent) throws -> String {
        let template = try template(name)
        if let page = view as? any PageView, page.base.chrome == nil {
            return template.render(ViewReference(try withChrome(page)), library: library)
        }
        return template.render(ViewReference(view), library: library)
    }

    private func withChrome<View: PageView>(_ page: View) throws -> View {
        var page = page
        page.base.chrome = try chrome(for: page.base)
        return page
    }

    /// The parts of `base.mustache` that are the same on every page of `base`'s depth and audience,
    /// rendered from the `page-head`, `page-header` and `page-footer` templates without their last line break.
    func chrome(for base: PageBase) throws -> PageBase.Chrome {
        let texts = try ["page-head", "page-header", "page-footer"].map { name in
            let text = try template(name).render(base, library: library)
            return text.hasSuffix("\n") ? String(text.dropLast()) : text
        }
        return PageBase.Chrome(head: texts[0], header: texts[1], footer: texts[2])
    }

    /// A template the build needs, or a partial a template names, that is not there.
    public struct MissingTemplate: Error, CustomStringConvertible, Equatable {
        public var name: String
        /// The template that names it as a partial or parent; nil for a page's own template.
        public var namedIn: String?

        public var description: String {
            if let namedIn {
                return "the template \(namedIn).mustache uses the partial \"\(name)\", but there is no \(name).mustache in templates/ "
                    + "nor a built-in one: add the file, or correct the name"
            }
            return "there is no template \(name).mustache in templates/ nor a built-in one"
        }
    }

    /// The names a template's `{{>name}}` and `{{<name}}` tags give, in order (dynamic names, `{{>*x}}`, are not known here).
    static func partialNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            let tag = rest.drop { $0 == " " }
            guard let sigil = tag.first, sigil == ">" || sigil == "<", let close = tag.range(of: "}}") else { continue }
            let name = tag.dropFirst()[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, !name.hasPrefix("*"), !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// Where a template first names a partial: the line and column of its tag.
    private static func location(of partial: String, in text: String, path: String) -> SourceLocation {
        var line = 1
        for lineText in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for sigil in [">", "<"] {
                for spaced in ["", " "] {
                    if let range = lineText.range(of: "{{" + sigil + spaced + partial) {
                        return SourceLocation(path: path, line: line, column: lineText.distance(from: lineText.startIndex, to: range.lowerBound) + 1)
                    }
                }
            }
            line += 1
        }
        return .start(of: path)
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
