import Foundation

/// The files of a project's `content/` folder, found but not yet read.
public struct ContentFolder: Sendable {
    public var root: URL
    public var siteFile: URL
    /// `papers/*.md`, sorted by name so every build visits them in the same order.
    public var papers: [URL]
    /// The papers' slugs and file paths, in the same order: worked out once, used by every stage.
    public private(set) var paperSlugs: [String] = []
    public private(set) var paperPaths: [String] = []
    /// The stamps of the papers' files as the scan found them, by path: the build's stamps of its
    /// inputs (`SiteBuilder.stamps`) need not look each up again.
    private(set) var paperStamps: [String: FileStamp] = [:]
    /// `papers/<slug>.<language>.md`: papers' versions in other languages, sorted by name (see
    /// `TranslationFile`). They are not papers of their own.
    public var translations: [TranslationFile] = []
    /// `data/*.yaml|.yml|.csv|.json`, sorted by name.
    public var datasets: [URL] = []
    /// `meetings/*.yaml` and `packs/*.yaml`, sorted by name.
    public var meetings: [URL] = []
    public var packs: [URL] = []
    /// Files in content folders that boardpack does not read, each worth a warning.
    public var strays: [URL]
    /// Entries that are not read because of what they are (a FIFO, a link out of the project) or
    /// what they are called (a control character): each an error.
    var refused: [ContentEntry.Refusal] = []
    /// PNG, JPEG and SVG files beside the papers and in `assets/`, which papers may show.
    public var images: [URL] = []
    /// `attachments/*`: documents that meetings attach to agenda items.
    public var attachments: [URL] = []

    public static func scan(_ root: URL) -> ContentFolder {
        let papersFolder = root.appendingPathComponent("papers")
        let papersPath = papersFolder.path
        var papers: [URL] = []
        var slugs: [String] = []
        var paths: [String] = []
        var strays: [URL] = []
        var refused: [ContentEntry.Refusal] = []
        let project = ContentEntry.projectFolder(of: root.path)
        var images: [URL] = []
        var translations: [TranslationFile] = []
        var stamps: [String: FileStamp] = [:]
        // Names and paths are built as strings: URL's path and lastPathComponent cost microseconds
        // each, and a large project has thousands of papers.
        for name in names(in: papersPath, refused: &refused) {
            let path = papersPath + "/" + name
            let url = URL(fileURLWithPath: path, isDirectory: false)
            var stamp: FileStamp?
            if let refusal = ContentEntry.kindRefusal(path, project: project, read: name.hasSuffix(".md") || isImage(name), stamp: &stamp) {
                refused.append(refusal)
                continue
            }
            guard name.hasSuffix(".md") else {
                if isImage(name) {
                    images.append(url)
                } else if isFolder(path) {
                    images += imageFiles(under: url, project: project, refused: &refused)
                } else {
                    strays.append(url)
                }
                continue
            }
            if let translation = TranslationFile(name: name, path: path) {
                translations.append(translation)
                continue
            }
            papers.append(url)
            slugs.append(String(name.dropLast(3)))
            paths.append(path)
            stamps[path] = stamp
        }
        let datasets = files(
            in: root.appendingPathComponent("data"), reading: { datasetFormat(of: $0) != nil }, project: project,
            strays: &strays, refused: &refused)
        let siteFile = root.appendingPathComponent("site.yaml")
        if let refusal = ContentEntry.kindRefusal(siteFile.path, project: project, read: true) { refused.append(refusal) }
        var ignored: [URL] = []
        images += imageFiles(under: root.appendingPathComponent("assets"), project: project, refused: &refused)
        var folder = ContentFolder(root: root, siteFile: siteFile, papers: papers, strays: strays)
        folder.images = images
        folder.attachments = files(
            in: root.appendingPathComponent("attachments"), reading: { _ in true }, project: project,
            strays: &ignored, refused: &refused)
        folder.datasets = datasets
        folder.paperSlugs = slugs
        folder.paperPaths = paths
        folder.paperStamps = stamps
        folder.translations = translations
        for (name, keyPath) in [("meetings", \ContentFolder.meetings), ("packs", \ContentFolder.packs)] {
            folder[keyPath: keyPath] = files(
                in: root.appendingPathComponent(name), reading: isYAML, project: project, strays: &folder.strays, refused: &refused)
        }
        folder.refused = refused
        return folder
    }

    private static func isYAML(_ url: URL) -> Bool { ["yaml", "yml"].contains(url.pathExtension) }

    /// The files of `folder` that are `reading`'s kind, in name order; other files go to `strays`
    /// and entries that are not files, or cannot be named, to `refused`.
    private static func files(
        in folder: URL, reading: (URL) -> Bool, project: String, strays: inout [URL], refused: inout [ContentEntry.Refusal]
    ) -> [URL] {
        var files: [URL] = []
        for name in names(in: folder.path, refused: &refused) {
            let url = folder.appendingPathComponent(name)
            let read = reading(url)
            if let refusal = ContentEntry.kindRefusal(url.path, project: project, read: read) {
                refused.append(refusal)
            } else if read {
                files.append(url)
            } else {
                strays.append(url)
            }
        }
        return files
    }

    /// The images in `folder` and its sub-folders (`boardpack import` puts each paper's in
    /// `assets/<slug>/`), in name order. Links to folders are not followed, so nothing outside is reached.
    private static func imageFiles(under folder: URL, project: String, refused: inout [ContentEntry.Refusal], depth: Int = 0) -> [URL] {
        var found: [URL] = []
        for name in names(in: folder.path, refused: &refused) {
            let url = folder.appendingPathComponent(name)
            if isFolder(url.path) {
                if depth < 8 { found += imageFiles(under: url, project: project, refused: &refused, depth: depth + 1) }
            } else if let refusal = ContentEntry.kindRefusal(url.path, project: project, read: isImage(name)) {
                refused.append(refusal)
            } else if isImage(name) {
                found.append(url)
            }
        }
        return found
    }

    /// A real folder, not a link to one.
    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The visible names in a folder, sorted; names that cannot be printed are refused instead.
    private static func names(in folder: String, refused: inout [ContentEntry.Refusal]) -> [String] {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted() ?? []
        return all.filter { name in
            guard !name.hasPrefix(".") else { return false }
            guard let refusal = ContentEntry.nameRefusal(name, folder: folder) else { return true }
            refused.append(refusal)
            return false
        }
    }

    static func isImage(_ name: String) -> Bool {
        [".png", ".jpg", ".jpeg", ".svg"].contains { name.lowercased().hasSuffix($0) }
    }

    public static func datasetFormat(of url: URL) -> DatasetFormat? {
        switch url.pathExtension.lowercased() {
        case "yaml", "yml": return .yaml
        case "csv": return .csv
        case "json": return .json
        default: return nil
        }
    }


    /// The papers' files whose slugs are among `slugs`, in file order.
    func papers(withSlugs slugs: Set<String>) -> [URL] {
        guard !slugs.isEmpty else { return [] }
        return zip(papers, paperSlugs).filter { slugs.contains($0.1) }.map(\.0)
    }

    /// A paper's id: its file name without `.md`.
    public static func slug(of url: URL) -> String {
        String(url.lastPathComponent.dropLast(3))
    }

    /// A dataset's id names its downloads (`data/<id>.csv`) and is written in papers: `[a-z0-9-]` only.
    public static func isValidDatasetID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// A name `isValidDatasetID` accepts, for the message that asks for one: lower case, anything
    /// else a '-', no '-' repeated or at either end.
    public static func datasetID(suggestedFor id: String) -> String {
        let words = id.lowercased().unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
        let name = words.map { String(String.UnicodeScalarView($0)) }.joined(separator: "-")
        return name.isEmpty ? "dataset" : name
    }

    /// Slugs become web addresses, so they keep to characters every server and file system accepts.
    public static func isValidSlug(_ slug: String) -> Bool {
        guard let first = slug.unicodeScalars.first, CharacterSet.alphanumerics.contains(first) else { return false }
        return slug.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_") }
    }
}

/// Paths as the user typed them: relative to the working directory when the file is inside it.
public struct PathDisplay: Sendable {
    public var workingDirectory: String

    public init(workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.workingDirectory = workingDirectory.standardizedFileURL.path
    }

    public func callAsFunction(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let prefix = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
