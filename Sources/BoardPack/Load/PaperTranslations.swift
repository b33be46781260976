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
    /// The language it stands for ("cy-GB" is Welsh); nil for a code boardpack does not publish in.
    public var language: Language? { Language(code: written) }

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
}

/// The papers' versions in the site's other languages: which files pair with which paper, the
/// problems of files that pair with none, and the reading of a paper's versions beside it.
public struct PaperTranslations: Sendable {
    /// The site's languages (`Site.languages`), the main one first.
    public var languages: [Language] = [.en]
    /// The versions found for each paper, by the English paper's slug, in language order.
    public var byPaper: [String: [TranslationFile]] = [:]
    /// Errors for translation files that cannot be used, each located at its file.
    public var problems: [Diagnostic] = []

    public init() {}

    /// Pairs `folder`'s translation files with its papers, for a site in `languages`.
    public init(folder: ContentFolder, languages: [Language], display: PathDisplay) {
        self.languages = languages.isEmpty ? [.en] : languages
        let slugs = Set(folder.paperSlugs)
        var taken: [String: TranslationFile] = [:]
        for file in folder.translations {
            let key = file.slug + "." + (file.language?.rawValue ?? file.written)
            if let problem = problem(file, englishExists: slugs.contains(file.slug), taken: taken[key]) {
                problems.append(.error(problem, at: .start(of: display(file.url))))
            } else {
                taken[key] = file
                byPaper[file.slug, default: []].append(file)
            }
        }
        for (slug, files) in byPaper {
            let order = { (file: TranslationFile) in file.language.flatMap { languages.firstIndex(of: $0) } ?? 0 }
            byPaper[slug] = files.sorted { order($0) < order($1) }
        }
    }

    /// Why `file` cannot be read as its paper's version; nil when it can.
    private func problem(_ file: TranslationFile, englishExists: Bool, taken: TranslationFile?) -> String? {
        let englishName = file.slug + ".md"
        guard let language = file.language else {
            return "'\(file.written)' is not a language boardpack publishes in (en or cy), so this file, named as the "
                + "'\(file.written)' version of '\(englishName)', is not read: if it is a paper of its own, rename it with "
                + "letters, digits, '-' and '_' only"
        }
        if language == languages[0] {
            return "\(language.englishName) is the site's main language, whose text is '\(englishName)' itself: "
                + "put this text there, or remove this file"
        }
        if !languages.contains(language) {
            return language == .cy
                ? "this is the Welsh version of '\(englishName)', but the site publishes English only: to turn Welsh on, "
                    + "add 'languages: [en, cy]' to site.yaml; otherwise remove this file"
                : "this is the \(language.englishName) version of '\(englishName)', but the site does not publish in "
                    + "\(language.englishName): add \(language.rawValue) to 'languages' in site.yaml, or remove this file"
        }
        if !englishExists {
            return "this is the \(language.englishName) version of '\(englishName)', but there is no such paper "
                + "beside it: a translation needs its \(languages[0].englishName) paper; check that the two names match"
        }
        if let taken {
            return "'\(taken.url.lastPathComponent)' is already the \(language.englishName) version of '\(englishName)': "
                + "keep one of the two files"
        }
        return nil
    }

    /// Whether the site has languages besides its main one.
    public var isMultilingual: Bool { languages.count > 1 }
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
