import Foundation

/// `boardpack import`: one Word paper into `content/papers/<slug>.md`, its images into
/// `content/assets/<slug>/`, then checked as every paper is. A file that cannot be imported leaves
/// nothing behind.
public struct WordImporter: Sendable {
    public enum Changes: String, Sendable { case accept, reject }

    public struct Options: Sendable {
        public var content: URL
        public var settings: ImportSettings
        /// How to resolve tracked changes and comments; nil refuses a document that has them.
        public var changes: Changes?
        public var force: Bool
        public var display: PathDisplay

        public init(
            content: URL, settings: ImportSettings = ImportSettings(), changes: Changes? = nil, force: Bool = false,
            display: PathDisplay = PathDisplay()
        ) {
            self.content = content
            self.settings = settings
            self.changes = changes
            self.force = force
            self.display = display
        }
    }

    /// What became of one file.
    public struct Outcome: Sendable {
        public enum Failure: Sendable, Equatable {
            /// Not a Word document, damaged, protected, or with changes to resolve: exit status 1.
            case refused(String)
            /// The paper is already there: exit status 2, as for any file boardpack will not overwrite.
            case exists(String)
        }

        /// The Word file, as the user gave it.
        public var source: String
        /// The paper written, as shown to the user; nil when nothing was written.
        public var paper: String?
        public var failure: Failure?
        /// The new paper's check, and what the adviser still has to fill in.
        public var diagnostics: [Diagnostic] = []
    }

    public let pandoc: Pandoc
    public let options: Options

    public init(pandoc: Pandoc, options: Options) {
        self.pandoc = pandoc
        self.options = options
    }

    public func importFile(_ file: URL) -> Outcome {
        let source = options.display(file)
        var outcome = Outcome(source: source)
        if let problem = WordFileKind.problem(with: file, shownAs: source) {
            outcome.failure = .refused(problem)
            return outcome
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let document: PandocDocument
        do {
            document = try read(file, scratch: scratch)
        } catch {
            outcome.failure = .refused(error.message)
            return outcome
        }
        let (sheet, body) = FrontSheetMapper.map(document)
        let title = sheet.title.isEmpty ? file.deletingPathExtension().lastPathComponent : sheet.title
        let slug = Slug.make(title.folding(options: .diacriticInsensitive, locale: Locale(identifier: "en")), fallback: "paper")
        let paperURL = options.content.appendingPathComponent("papers/\(slug).md")
        let shown = options.display(paperURL)
        if !options.force, FileManager.default.fileExists(atPath: paperURL.path) {
            outcome.failure = .exists(
                "\(shown) already exists, so nothing was written (import again with --force to replace it)")
            return outcome
        }
        let (markdown, imagePaths) = BodyMarkdown.write(body, title: title) { path in
            "../assets/\(slug)/\(URL(fileURLWithPath: path).lastPathComponent)"
        }
        let images = imagePaths.map { URL(fileURLWithPath: $0) }
        var named = sheet
        named.title = title
        let (text, placeholders) = PaperFileText.make(
            named, body: markdown, settings: options.settings, mayBeExempt: Self.mayBeExempt(sheet, body: markdown))
        do {
            try write(text, to: paperURL, images: images, slug: slug)
        } catch {
            outcome.failure = .refused("cannot write \(shown): \(error.localizedDescription)")
            return outcome
        }
        outcome.paper = shown
        outcome.diagnostics = PaperImportCheck(path: shown, text: text, content: options.content).diagnostics(
            placeholders: placeholders, sheet: sheet, titleFromFile: sheet.title.isEmpty)
        return outcome
    }

    /// Reads the document with its changes marked; refuses it if it has any the user has not said how to resolve.
    private func read(_ file: URL, scratch: URL) throws(PandocFailure) -> PandocDocument {
        let name = options.display(file)
        func readable(_ mode: Pandoc.TrackChanges, _ folder: String) throws(PandocFailure) -> PandocDocument {
            do {
                return try pandoc.read(file, trackChanges: mode, media: scratch.appendingPathComponent(folder))
            } catch {
                throw PandocFailure(message:
                    "\(name) could not be read as a Word document: it may be damaged or incomplete (pandoc said: "
                        + "\(error.message.split(separator: "\n").first ?? "nothing")). Open it in Word, save it again as .docx, and import that")
            }
        }
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let marked = try readable(.all, "all")
        let changes = TrackedChanges(marked)
        guard !changes.isEmpty else { return marked }
        guard let resolution = options.changes else {
            throw PandocFailure(message:
                "\(name) has \(changes.description), so nothing was imported. Resolve them in Word, or import again with "
                    + "--accept-changes (the text as changed, comments left out) or --reject-changes (the text as it was before the changes)")
        }
        return try readable(resolution == .accept ? .accept : .reject, "resolved")
    }

    /// The paper through a temporary file renamed into place, its images copied first: a failed
    /// write leaves neither the paper nor its images behind.
    private func write(_ text: String, to paper: URL, images: [URL], slug: String) throws {
        let manager = FileManager.default
        let temporary = paper.deletingLastPathComponent().appendingPathComponent(".\(slug).md.importing")
        var copied: [URL] = []
        do {
            try manager.createDirectory(at: paper.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: temporary)
            let assets = options.content.appendingPathComponent("assets/\(slug)")
            for image in Set(images).sorted(by: { $0.path < $1.path }) where manager.fileExists(atPath: image.path) {
                try manager.createDirectory(at: assets, withIntermediateDirectories: true)
                let target = assets.appendingPathComponent(image.lastPathComponent)
                try? manager.removeItem(at: target)
                try manager.copyItem(at: image, to: target)
                copied.append(target)
            }
            guard rename(temporary.path, paper.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? manager.removeItem(at: temporary)
            for image in copied { try? manager.removeItem(at: image) }
            throw error
        }
    }

    /// Words that mark an exempt paper, or a confidentiality question not plainly answered "No":
    /// the import then asks, rather than publish what may be exempt.
    static func mayBeExempt(_ sheet: ImportedFrontSheet, body: String) -> Bool {
        if let answer = sheet.confidential?.lowercased(), answer != "no", answer != "no." { return true }
        let text = ([body] + sheet.unlabelled + sheet.summary).joined(separator: " ").lowercased()
        return ["not for publication", "schedule 12a", "exempt information"].contains { text.contains($0) }
    }
}
