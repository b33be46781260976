import Foundation

/// qpdf (Debian's `qpdf` package), which puts attached PDFs into a pack's PDF. Found on PATH.
public struct QPDF: Sendable {
    public let executable: String

    public static let installAdvice =
        "a meeting attaches a PDF, and putting it into the pack's PDF needs qpdf, which was not found on PATH. "
        + "Install it with `sudo apt-get install qpdf`, then run the build again."

    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> QPDF? {
        ExecutablePath.find("qpdf", environment: environment).map { QPDF(executable: $0) }
    }

    /// How many pages a PDF has; nil if qpdf cannot read it.
    public func pageCount(_ path: String) -> Int? {
        guard let output = try? run(["--show-npages", path]) else { return nil }
        return Int(output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Writes `pdf` again with pages `from` to `from + count - 1` (1-based) replaced by the whole of
    /// `insert`, which has `count` pages: the pack was laid out with blank pages where it goes.
    public func replacePages(in pdf: String, from: Int, count: Int, with insert: String) throws {
        let temporary = pdf + ".qpdf-\(ProcessInfo.processInfo.processIdentifier).pdf"
        var ranges = ["--empty", "--pages"]
        if from > 1 { ranges += [pdf, "1-\(from - 1)"] }
        ranges += [insert, "1-z"]
        let total = pageCount(pdf) ?? 0
        if from + count <= total { ranges += [pdf, "\(from + count)-z"] }
        _ = try run(ranges + ["--", temporary])
        guard rename(temporary, pdf) == 0 else {
            unlink(temporary)
            throw EnvironmentError(description: "cannot write \(pdf): \(String(cString: strerror(errno)))")
        }
    }

    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // Exit 3 is "succeeded with warnings" (a slightly damaged but readable PDF).
        guard process.terminationStatus == 0 || process.terminationStatus == 3 else {
            throw EnvironmentError(description: "qpdf could not put an attachment into a pack: "
                + String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return String(decoding: data, as: UTF8.self)
    }
}
