import ArgumentParser
import BoardPack
import Foundation

/// `boardpack bench-decode FILE`: the YAMLDecoder baseline for `make bench` (hidden from help).
struct BenchDecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-decode", abstract: "Decode a dataset with YAMLDecoder (benchmark baseline).", shouldDisplay: false)

    @Argument var file: String

    func run() throws {
        let started = Date()
        let count = try DecoderBaseline.decode(file)
        let seconds = Date().timeIntervalSince(started)
        print("records=\(count)")
        print("seconds=\(String(format: "%.3f", seconds))")
    }
}
