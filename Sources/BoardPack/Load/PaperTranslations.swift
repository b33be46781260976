import Foundation

/// A file `papers/<slug>.<language>.md`: the version of `papers/<slug>.md` in another language
/// ("cy" for Welsh). Recognised by its name alone; whether the language is one of the site's, and
/// whether the English paper exists, is decided by `PaperTranslations`.
public struct TranslationFile: Sendable, Hashable {
    /// The file's absolute path.
    public var path: String
    /// The English paper's slug: the name without `.<language>.md`.
    public var slug: String
    /// The language as the name writes it ("cy", "cy-GB").
    public var written: String
    /// The language code it stands for, lower case without a region: "cy-GB" is "cy".
    public var language: String { Self.code(written) }

    public var url: URL { URL(fileURLWithPath: path, isDirectory: false) }

    /// nil unless `name` is `<slug>.<code>.md` with `<code>` shaped like a language code: two or
    /// three letters, optionally a region ("cy", "cy-GB"). Other names with dots stay papers (whose
    /// name is then refused, as before).
    public init?(name: String, path: String) {
        guard name.hasSuffix(".md") else { return nil }
        let base = name.utf8.dropLast(3)
        guard let dot = base.lastIndex(of: UInt8(ascii: ".")), dot != base.startIndex else { return nil }
        let suffix = base[base.index(after: dot)...]
        guard Self.isLanguageCode(suffix) else { return nil }
        self.path = path
        slug = String(Substring(base[..<dot]))
        written = String(Substring(suffix))
    }

    /// `xx`, `xxx`, `xx-YY` or `xxx-YY` in ASCII letters.
    static func isLanguageCode(_ text: Substring.UTF8View) -> Bool {
        let parts = text.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count <= 2, (2...3).contains(parts[0].count), parts.count == 1 || parts[1].count == 2 else { return false }
        return text.allSatisfy { $0 == UInt8(ascii: "-") || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    }

    /// A language code without its region, in lower case: "cy-GB" → "cy", "EN" → "en".
    public static func code(_ written: String) -> String {
        String(written.lowercased().prefix { $0 != "-" })
    }

    /// The language's name in messages: "Welsh", "English", or the code itself.
    static func name(of code: String) -> String {
        switch code {
        case "cy": "Welsh"
        case "en": "English"
        default: "'\(code)'"
        }
    }
}

/// The papers' versions in the site's other languages: which files pair with which paper, the
/// problems of files that pair with none, and the reading of a paper's versions beside it.
public struct PaperTranslations: Sendable {
    /// The site's languages (`languages:` in site.yaml), the main one first; `["en"]` by default.
    public var languages: [String] = ["en"]
    /// The versions found for each paper, by the English paper's slug, in language order.
    public var byPaper: [String: [TranslationFile]] = [:]
    /// Errors for translation files that cannot be used, each located at its file.
    public var problems: [Diagnostic] = []

    public init() {}

    /// Pairs `folder`'s translation files with its papers, for a site in `languages`.
    public init(folder: ContentFolder, languages: [String], display: PathDisplay) {
        self.languages = languages.isEmpty ? ["en"] : languages
        let main = self.languages[0]
        let slugs = Set(folder.paperSlugs)
        var taken: [String: TranslationFile] = [:]
        for file in folder.translations {
            let path = display(file.url)
            let code = file.language
            let englishName = file.slug + ".md"
            let problem: String?
            if code == main {
                problem = "\(TranslationFile.name(of: code)) is the site's main language, whose text is '\(englishName)' itself: "
                    + "put this text there, or remove this file"
            } else if !self.languages.contains(code) {
                problem = code == "cy"
                    ? "this is the Welsh version of '\(englishName)', but the site publishes English only: to turn Welsh on, "
                        + "add 'languages: [en, cy]' to site.yaml; otherwise remove this file"
                    : "'\(file.written)' is not one of the site's languages (\(self.languages.joined(separator: ", "))), so "
                        + "this file, named as the '\(file.written)' version of '\(englishName)', is not read: add '\(code)' to "
                        + "'languages' in site.yaml, or, if it is a paper of its own, rename it with letters, digits, '-' and '_' only"
            } else if !slugs.contains(file.slug) {
                problem = "this is the \(TranslationFile.name(of: code)) version of '\(englishName)', but there is no such paper "
                    + "beside it: a translation needs its English paper; check that the two names match"
            } else if let other = taken[file.slug + "." + code] {
                problem = "'\(other.url.lastPathComponent)' is already the \(TranslationFile.name(of: code)) version of "
                    + "'\(englishName)': keep one of the two files"
            } else {
                problem = nil
                taken[file.slug + "." + code] = file
                byPaper[file.slug, default: []].append(file)
            }
            if let problem { problems.append(.error(problem, at: .start(of: path))) }
        }
        for (slug, files) in byPaper {
            byPaper[slug] = files.sorted { (self.languages.firstIndex(of: $0.language) ?? 0) < (self.languages.firstIndex(of: $1.language) ?? 0) }
        }
    }

    /// The site's languages from site.yaml's `languages:` list, each as a code without region
    /// ("cy-GB" is "cy"); `["en"]` when it has none. Checking the list is the site reader's work.
    public static func languages(in siteFile: SourceFile) -> [String] {
        let (fields, _) = Fields.document(siteFile, owner: "site.yaml")
        guard let node = fields?.node("languages"), !Fields.isNull(node) else { return ["en"] }
        var codes: [String] = []
        for item in Fields.items(node) {
            guard let text = Fields.scalarText(item)?.trimmed, !text.isEmpty else { continue }
            let code = TranslationFile.code(text)
            if !codes.contains(code) { codes.append(code) }
        }
        return codes.isEmpty ? ["en"] : codes
    }

    /// Whether the site has languages besides its main one.
    public var isMultilingual: Bool { languages.count > 1 }

    /// Reads `english`'s versions in the other languages into `english.translations`, each parsed
    /// and validated as a paper with its language's section headings, then checked against the
    /// English paper. Also warns of each language the paper has no version in.
    public func attach(
        to english: inout Paper, englishPath: String, reader: PaperReader, display: PathDisplay,
        complete: (inout Paper, URL) -> [Diagnostic]
    ) -> [Diagnostic] {
        guard isMultilingual else { return [] }
        var diagnostics: [Diagnostic] = []
        let files = byPaper[english.slug] ?? []
        for code in languages.dropFirst() where !files.contains(where: { $0.language == code }) {
            diagnostics.append(.warning(
                "this paper has no \(TranslationFile.name(of: code)) version: add '\(english.slug).\(code).md' beside it, "
                    + "with the same front matter (its texts translated) and the paper's text in \(TranslationFile.name(of: code))",
                at: .start(of: englishPath)))
        }
        for file in files {
            let path = display(file.url)
            switch StageTimer.measure(.read, { SourceReader.read(file.url, displayPath: path) }) {
            case let .failure(diagnostic):
                diagnostics.append(diagnostic)
            case let .success(source):
                var languageReader = reader
                languageReader.sectionHeadings = .forLanguage(file.language)
                // Other papers' anchors are their English headings' ids: links from a translation to
                // sections of other papers are not checked against them.
                languageReader.otherAnchors = nil
                var (read, problems) = languageReader.read(source, slug: english.slug)
                if var translated = read {
                    problems += complete(&translated, file.url)
                    problems += TranslationValidator.check(translated, against: english, file: source, englishPath: englishPath)
                    english.translations[file.language] = translated
                }
                diagnostics += problems
            }
        }
        return diagnostics
    }
}

extension PaperTranslations {
    /// The slugs of the papers whose translation files changed, appeared or went since the build
    /// whose input stamps are `previous`: each is an input of its paper, which is read again.
    static func changedPapers(folder: ContentFolder, inputs: [String: FileStamp], previous: [String: FileStamp]) -> Set<String> {
        let papersFolder = folder.root.appendingPathComponent("papers").path + "/"
        var slugs = Set<String>()
        for file in folder.translations where previous[file.path] != inputs[file.path] { slugs.insert(file.slug) }
        for path in previous.keys where inputs[path] == nil && path.hasPrefix(papersFolder) {
            let name = String(path.dropFirst(papersFolder.count))
            if let gone = TranslationFile(name: name, path: path) { slugs.insert(gone.slug) }
        }
        return slugs
    }
}
