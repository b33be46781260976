import Foundation
import Yams

/// The baseline `make bench` compares dataset loading with: the same file decoded by Yams's
/// `YAMLDecoder` into Codable structs, with no validation or locations. Not used by builds.
public enum DecoderBaseline {
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
    public static func decode(_ path: String) throws -> Int {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try YAMLDecoder().decode(File.self, from: text).incidents.count
    }
}
