import Foundation
import Yams

// `boardpack-bench-decode FILE`: the baseline `make bench` (bench/run.py) compares dataset loading
// with: the same file decoded by Yams's `YAMLDecoder` into Codable structs, with no validation or
// locations. A target of the bench harness, not of the library or the boardpack command.

enum DecoderBaseline {
    struct File: Decodable {
        var title: String
        var incidents: [Record]
    }

    struct Record: Decodable {
        var id: String
        var nation: String
        var category: String
        var date: String?
        var council: String?
        var region: String?
        var severity: Int?
        var count: Int?
        var summary: String?
        var tags: [String]?
    }

    /// Decodes the file and returns how many records it holds.
    static func decode(_ path: String) throws -> Int {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try YAMLDecoder().decode(File.self, from: text).incidents.count
    }
}

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: boardpack-bench-decode FILE\n".utf8))
    exit(2)
}
let started = Date()
do {
    let count = try DecoderBaseline.decode(CommandLine.arguments[1])
    let seconds = Date().timeIntervalSince(started)
    print("records=\(count)")
    print("seconds=\(String(format: "%.3f", seconds))")
} catch {
    FileHandle.standardError.write(Data("boardpack-bench-decode: \(error)\n".utf8))
    exit(1)
}
