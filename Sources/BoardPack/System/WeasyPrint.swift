import Foundation

/// Renders packs to PDF with WeasyPrint, found on PATH: Debian's `weasyprint` package or PyPI's.
/// The PDF is tagged (PDF/UA-1) and takes its title and language from the pack's HTML.
public struct WeasyPrint: Sendable {
    public let executable: String

    public static let installAdvice =
        "--pdf needs WeasyPrint, which was not found on PATH. Install it with `sudo apt-get install weasyprint` "
        + "(Debian and Ubuntu) or `pip install weasyprint` (PyPI, newer), then run the build again."

    /// nil when WeasyPrint is not installed.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> WeasyPrint? {
        ExecutablePath.find("weasyprint", environment: environment).map { WeasyPrint(executable: $0) }
    }

    /// Writes `pdf` from `html`, through a temporary file renamed into place so a failed run leaves
    /// the previous PDF as it was.
    public func render(html: String, pdf: String) throws {
        let temporary = pdf + ".tmp-\(ProcessInfo.processInfo.processIdentifier).pdf"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--quiet", "--pdf-variant", "pdf/ua-1", html, temporary]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: temporary) else {
            try? FileManager.default.removeItem(atPath: temporary)
            let text = String(decoding: message, as: UTF8.self).trimmed
            throw EnvironmentError(description: "WeasyPrint could not make \(pdf): \(text.isEmpty ? "exit \(process.terminationStatus)" : text)")
        }
        guard rename(temporary, pdf) == 0 else {
            throw EnvironmentError(description: "cannot write \(pdf): \(String(cString: strerror(errno)))")
        }
    }
}
