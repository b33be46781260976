import Foundation

/// Reading a paper's translations is a build step (read → parse → validate → assemble, as for
/// any paper), so it lives here rather than in Load/, which only pairs the files.
extension PaperTranslations {
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
        for language in languages.dropFirst() where !files.contains(where: { $0.language == language }) {
            diagnostics.append(.warning(
                "this paper has no \(language.englishName) version: add '\(english.slug).\(language.rawValue).md' beside it, "
                    + "with the same front matter (its texts translated) and the paper's text in \(language.englishName)",
                at: .start(of: englishPath)))
        }
        for file in files {
            guard let language = file.language else { continue }
            let path = display(file.url)
            switch StageTimer.measure(.read, { SourceReader.read(file.url, displayPath: path) }) {
            case let .failure(diagnostic):
                diagnostics.append(diagnostic)
            case let .success(source):
                var languageReader = reader
                languageReader.sectionHeadings = .forLanguage(language)
                // Other papers' anchors are their English headings' ids: links from a translation to
                // sections of other papers are not checked against them.
                languageReader.otherAnchors = nil
                var (read, problems) = languageReader.read(source, slug: english.slug)
                if var translated = read {
                    problems += complete(&translated, file.url)
                    problems += TranslationValidator.check(
                        translated, against: english, file: source, englishPath: englishPath, main: languages[0])
                    english.translations[language] = translated
                }
                diagnostics += problems
            }
        }
        return diagnostics
    }
}
