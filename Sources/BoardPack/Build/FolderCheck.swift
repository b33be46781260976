import Foundation

/// Refuses folder options that would make a build overwrite or delete the project itself: an
/// output folder that is, holds or lies inside the content or templates folder (`--output .`,
/// `--output content`, the project folder), and a `--templates` folder that is not there.
enum FolderCheck {
    static func templates(_ options: BuildOptions) throws {
        guard let templates = options.templates else { return }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: templates.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw EnvironmentError(description: "there is no templates folder at \(options.display(templates)) "
                + "(give --templates the folder that holds your templates, or leave the option out to use the built-in ones)")
        }
    }

    static func output(_ options: BuildOptions) throws {
        let output = real(options.output)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: options.output.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw EnvironmentError(description: "the output \(options.display(options.output)) is a file, not a folder: "
                + "give --output a folder of its own, such as _site")
        }
        let guarded = [("content", options.content)] + (options.templates.map { [("templates", $0)] } ?? [])
        for (kind, folder) in guarded {
            let protected = real(folder)
            let problem: String? =
                output == protected ? "is the \(kind) folder"
                : contains(output, protected) ? "holds the \(kind) folder \(options.display(folder))"
                : contains(protected, output) ? "is inside the \(kind) folder \(options.display(folder))"
                : nil
            if let problem {
                throw EnvironmentError(description: "the output folder \(options.display(options.output)) \(problem), and a build "
                    + "removes files it did not make there: give --output a folder of its own, such as _site")
            }
        }
    }

    /// The folder's full path with links resolved, for the parts that exist.
    private static func real(_ url: URL) -> [String] {
        url.standardizedFileURL.resolvingSymlinksInPath().standardizedFileURL.path.split(separator: "/").map(String.init)
    }

    private static func contains(_ outer: [String], _ inner: [String]) -> Bool {
        inner.count > outer.count && Array(inner.prefix(outer.count)) == outer
    }
}
