import Foundation
import Yams

/// A project's own labels: `templates/labels.<lang>.yaml`, one `key: text` line per label
/// (`page.nav.news_feed: Ffrwd newyddion`). The council's translation service confirms or replaces
/// the built-in Welsh there, and gives the labels the glossary lacks.
public enum LabelOverrides {
    /// `labels.cy.yaml` and the like.
    public static func fileName(_ language: Language) -> String { "labels.\(language.rawValue).yaml" }

    /// The label tables of the site's languages, each with the project's overrides, and what is
    /// wrong with them: a file's unknown keys and lost placeholders, a language's labels that
    /// neither boardpack nor the project gives, and a labels file for a language the site does
    /// not publish in.
    public static func load(
        directory: URL?, languages: [Language], displayPath: (URL) -> String
    ) -> (tables: [Language: Labels], diagnostics: [Diagnostic]) {
        let main = languages.first ?? .en
        var tables: [Language: Labels] = [:]
        var diagnostics: [Diagnostic] = []
        // The main language first: the others fall back to its labels.
        for language in languages {
            let url = directory?.appendingPathComponent(fileName(language))
            var file: SourceFile?
            if let url, FileManager.default.fileExists(atPath: url.path) {
                switch SourceReader.read(url, displayPath: displayPath(url)) {
                case let .success(read): file = read
                case let .failure(problem): diagnostics.append(problem)
                }
            }
            let missingPath = url.map(displayPath) ?? "templates/\(fileName(language))"
            let (overrides, problems) = read(file, language: language, missingPath: missingPath)
            diagnostics += problems
            tables[language] = Labels(language, overrides: overrides, fallback: language == main ? nil : tables[main])
        }
        if let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) {
            for name in names.sorted() where name.hasPrefix("labels.") && name.hasSuffix(".yaml") {
                let code = String(name.dropFirst("labels.".count).dropLast(".yaml".count))
                let place = SourceLocation.start(of: displayPath(directory.appendingPathComponent(name)))
                if let language = Language(code: code), language.rawValue == code {
                    if !languages.contains(language) {
                        diagnostics.append(.warning(
                            "\(name) is not used: site.yaml does not publish in \(language.englishName). Add \(code) to "
                                + "'languages' in site.yaml (languages: [\((languages + [language]).map(\.rawValue).joined(separator: ", "))]), "
                                + "or remove the file", at: place))
                    }
                } else {
                    diagnostics.append(.warning(
                        "\(name) is not used: labels files are named labels.en.yaml (English) or labels.cy.yaml (Welsh)", at: place))
                }
            }
        }
        return (tables, diagnostics)
    }

    /// One language's overrides from its file (nil: the project has none), checked.
    /// `missingPath`: where to point when the file is missing, to say what it should give.
    public static func read(
        _ file: SourceFile?, language: Language, missingPath: String
    ) -> (overrides: [String: String], diagnostics: [Diagnostic]) {
        guard let file else {
            let missing = LabelCatalogue.all.filter { $0.text(in: language) == nil }.map(\.key)
                .filter { language == .en || !LabelCatalogue.englishPagesOnly.contains($0) }
            guard let first = missing.first else { return ([:], []) }
            return ([:], [.warning(
                "\(missing.count) labels have no \(language.englishName) text in boardpack's glossary: \(missing.joined(separator: ", ")). "
                    + "Create this file and give each one, e.g. '\(first): …' (in English: \"\(LabelCatalogue.definition(first)?.english ?? "")\"); "
                    + "until then \(language.englishName) pages show them in English",
                at: .start(of: missingPath))])
        }
        var (document, diagnostics) = Fields.document(file, owner: "the \(language.englishName) labels file")
        guard let fields = document else { return ([:], diagnostics) }
        var overrides: [String: String] = [:]
        var problems: [Diagnostic] = []
        let keys = LabelCatalogue.all.map(\.key)
        for (keyNode, valueNode) in fields.mapping {
            let key = keyNode.scalar?.string ?? ""
            let place = fields.location(of: keyNode)
            guard let definition = LabelCatalogue.definition(key) else {
                problems.append(.warning("unknown label '\(key)' is ignored: docs/welsh.md lists every label"
                    + Suggestion.didYouMean(key, among: keys), at: place))
                continue
            }
            guard let text = Fields.scalarText(valueNode)?.trimmed, !Fields.isNull(valueNode), !text.isEmpty else {
                problems.append(.warning("the label '\(key)' is ignored: give it one line of text, e.g. '\(key): …' "
                    + "(in English: \"\(definition.english)\")", at: fields.location(of: valueNode)))
                continue
            }
            problems += placeholderProblems(text, definition: definition, at: fields.location(of: valueNode))
            overrides[key] = text
        }
        for definition in LabelCatalogue.all where definition.text(in: language) == nil && overrides[definition.key] == nil
            && (language == .en || !LabelCatalogue.englishPagesOnly.contains(definition.key))
        {
            problems.append(.warning(
                "the label '\(definition.key)' has no \(language.englishName) text: add '\(definition.key): …' to this file "
                    + "(in English: \"\(definition.english)\"); until then \(language.englishName) pages show the English",
                at: fields.ownerLocation))
        }
        diagnostics += problems
        return (overrides, diagnostics)
    }

    /// A value that drops one of its label's `{name}` placeholders, or has one the label does not fill.
    static func placeholderProblems(_ text: String, definition: LabelDefinition, at location: SourceLocation) -> [Diagnostic] {
        let written = Set(StatutoryWording.placeholderNames(in: text))
        var problems: [Diagnostic] = []
        for name in definition.placeholders.subtracting(written).sorted() {
            problems.append(.warning(
                "the label '\(definition.key)' drops {\(name)}: write {\(name)} where it goes, as the English does "
                    + "(\"\(definition.english)\")", at: location))
        }
        for name in written.subtracting(definition.placeholders).sorted() {
            let known = definition.placeholders.isEmpty
                ? "it has none" : "it has " + definition.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
            problems.append(.warning(
                "the label '\(definition.key)' has {\(name)}, which boardpack does not fill in (\(known)): it would be printed as written",
                at: location))
        }
        return problems
    }
}
