import Foundation

/// Reads the image files a paper shows, from under `content/papers/` or `content/assets/`, and checks
/// that each is there, is the PNG, JPEG or SVG its name says, and (for SVG) can run nothing.
enum PaperImageFiles {
    static let maximumBytes = 10 << 20
    static let extensions: [String: PaperImage.Kind] = ["png": .png, "jpg": .jpeg, "jpeg": .jpeg, "svg": .svg]

    static func load(
        _ references: [ImageReference], paperFolder: URL, content: URL, folders: [String] = ["papers", "assets"]
    ) -> (images: [PaperImage], diagnostics: [Diagnostic]) {
        var images: [PaperImage] = []
        var diagnostics: [Diagnostic] = []
        var names: [String: String] = [:]
        for reference in references {
            if reference.alt.isEmpty {
                diagnostics.append(.warning(
                    "the image '\(reference.source)' has no alternative text: say what it shows between the brackets, "
                        + "as in ![Bar chart of incidents by month](\(reference.source))",
                    at: reference.location))
            }
            guard !PaperImages.isExternal(reference.source), !images.contains(where: { $0.source == reference.source }) else { continue }
            switch read(reference, paperFolder: paperFolder, content: content, folders: folders) {
            case let .failure(diagnostic):
                diagnostics.append(diagnostic)
            case let .success((file, kind, bytes)):
                var name = file.lastPathComponent
                var number = 1
                // Two files of one name (papers/chart.png, assets/chart.png) stay apart.
                while let other = names[name], other != file.path {
                    number += 1
                    name = "\(number)-\(file.lastPathComponent)"
                }
                names[name] = file.path
                images.append(PaperImage(source: reference.source, name: name, kind: kind, bytes: bytes))
            }
        }
        return (images, diagnostics)
    }

    private static func read(
        _ reference: ImageReference, paperFolder: URL, content: URL, folders: [String]
    ) -> Result<(URL, PaperImage.Kind, [UInt8]), Diagnostic> {
        let source = reference.source.removingPercentEncoding ?? reference.source
        let root = content.standardizedFileURL.path + "/"
        // Only images under content/papers/ and content/assets/ (any depth) are published: never a
        // file reached through `../` beyond the content folder, nor another of its files.
        let allowed = folders.map { root + $0 + "/" }
        let bases = [paperFolder, content.appendingPathComponent("assets"), content]
        let candidates = bases.filter { Self.staysInside(source, from: $0, content: root) }.map {
            $0.appendingPathComponent(source).standardizedFileURL
        }
        guard !candidates.isEmpty, source.first != "/" else {
            return .failure(.error(
                "the image '\(reference.source)' is outside the content folder: only images in content/papers/ or "
                    + "content/assets/ (or folders inside them) are published; copy it there and link to it",
                at: reference.location))
        }
        guard let file = candidates.first(where: { file in
            allowed.contains { file.path.hasPrefix($0) } && FileManager.default.fileExists(atPath: file.path)
        }) else {
            return .failure(.error(
                "there is no image '\(reference.source)': put the file beside the paper (content/papers/) "
                    + "or in content/assets/, and check the name's spelling and capitals",
                at: reference.location))
        }
        guard let expected = extensions[file.pathExtension.lowercased()] else {
            return .failure(.error(
                "'\(reference.source)' is not an image boardpack can publish: use a PNG, JPEG or SVG file (.png, .jpg, .svg)",
                at: reference.location))
        }
        guard case let .success(bytes) = POSIXFile.read(file.path, limit: maximumBytes) else {
            return .failure(.error(
                "cannot read the image '\(reference.source)' (is it larger than 10 MB?): make it smaller or check it can be opened",
                at: reference.location))
        }
        guard let kind = PaperImages.kind(of: bytes) else {
            return .failure(.error(
                "'\(reference.source)' is not really a \(expected.rawValue.uppercased()) image (the file holds something else): "
                    + "save it again as PNG, JPEG or SVG",
                at: reference.location))
        }
        if kind != expected {
            return .failure(.error(
                "'\(reference.source)' is named as \(expected.rawValue.uppercased()) but holds a \(kind.rawValue.uppercased()) image: "
                    + "rename it to end .\(kind == .jpeg ? "jpg" : kind.rawValue)",
                at: reference.location))
        }
        if kind == .svg, let active = PaperImages.activeContent(inSVG: bytes) {
            return .failure(.error(
                "the SVG image '\(reference.source)' holds \(active), which could run in a reader's browser: "
                    + "export it again as a plain drawing, or as PNG",
                at: reference.location))
        }
        return .success((file, kind, bytes))
    }

    /// Whether `source`, read from `base`, never climbs above the content folder on its way.
    static func staysInside(_ source: String, from base: URL, content root: String) -> Bool {
        let basePath = base.standardizedFileURL.path + "/"
        guard basePath.hasPrefix(root) else { return false }
        var depth = basePath.dropFirst(root.count).split(separator: "/").count
        for part in source.split(separator: "/") {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { return false }
        }
        return true
    }
}
