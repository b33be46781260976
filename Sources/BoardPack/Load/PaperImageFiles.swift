import Foundation

/// Reads the image files a paper shows, from beside the paper or from `content/assets/`, and checks
/// that each is there, is the PNG, JPEG or SVG its name says, and (for SVG) can run nothing.
enum PaperImageFiles {
    static let maximumBytes = 10 << 20
    static let extensions: [String: PaperImage.Kind] = ["png": .png, "jpg": .jpeg, "jpeg": .jpeg, "svg": .svg]

    static func load(
        _ references: [ImageReference], paperFolder: URL, content: URL
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
            switch read(reference, paperFolder: paperFolder, content: content) {
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
        _ reference: ImageReference, paperFolder: URL, content: URL
    ) -> Result<(URL, PaperImage.Kind, [UInt8]), Diagnostic> {
        let source = reference.source.removingPercentEncoding ?? reference.source
        let root = content.standardizedFileURL.path + "/"
        let candidates = [paperFolder, content.appendingPathComponent("assets"), content].map {
            $0.appendingPathComponent(source).standardizedFileURL
        }
        // Only files of the project are published: never one reached through `../` from outside it.
        guard let file = candidates.first(where: { $0.path.hasPrefix(root) && FileManager.default.fileExists(atPath: $0.path) }) else {
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
}
