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
    /// `data/*.yaml|.yml|.csv|.json`, sorted by name.
    public var datasets: [URL] = []
    /// `meetings/*.yaml` and `packs/*.yaml`, sorted by name.
    public var meetings: [URL] = []
    public var packs: [URL] = []
    /// Files in content folders that boardpack does not read, each worth a warning.
    public var strays: [URL]
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
        var images: [URL] = []
        // Names and paths are built as strings: URL's path and lastPathComponent cost microseconds
        // each, and a large project has thousands of papers.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: papersPath))?.sorted() ?? [] {
            guard !name.hasPrefix(".") else { continue }
            let path = papersPath + "/" + name
            let url = URL(fileURLWithPath: path, isDirectory: false)
            guard name.hasSuffix(".md") else {
                if isImage(name) { images.append(url) } else { strays.append(url) }
                continue
            }
            papers.append(url)
            slugs.append(String(name.dropLast(3)))
            paths.append(path)
        }
        var datasets: [URL] = []
        let dataFolder = root.appendingPathComponent("data")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dataFolder.path))?.sorted() ?? [] {
            guard !name.hasPrefix(".") else { continue }
            let url = dataFolder.appendingPathComponent(name)
            if datasetFormat(of: url) != nil { datasets.append(url) } else { strays.append(url) }
        }
        let assets = root.appendingPathComponent("assets")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: assets.path))?.sorted() ?? [] where isImage(name) {
            images.append(assets.appendingPathComponent(name))
        }
        var folder = ContentFolder(root: root, siteFile: root.appendingPathComponent("site.yaml"), papers: papers, strays: strays)
        folder.images = images
        let attachments = root.appendingPathComponent("attachments")
        folder.attachments = ((try? FileManager.default.contentsOfDirectory(atPath: attachments.path))?.sorted() ?? [])
            .filter { !$0.hasPrefix(".") }.map { attachments.appendingPathComponent($0) }
        folder.datasets = datasets
        folder.paperSlugs = slugs
        folder.paperPaths = paths
        folder.meetings = yamlFiles(in: root.appendingPathComponent("meetings"), strays: &folder.strays)
        folder.packs = yamlFiles(in: root.appendingPathComponent("packs"), strays: &folder.strays)
        return folder
    }

    private static func yamlFiles(in folder: URL, strays: inout [URL]) -> [URL] {
        var files: [URL] = []
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? [] where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { files.append(url) } else { strays.append(url) }
        }
        return files
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


    /// A paper's id: its file name without `.md`.
    public static func slug(of url: URL) -> String {
        String(url.lastPathComponent.dropLast(3))
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
