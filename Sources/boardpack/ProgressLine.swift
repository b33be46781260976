import BoardPack
import Dispatch
import Foundation

/// One line on the terminal that shows a build's progress and is replaced by the summary. Only on a
/// terminal: in CI, logs get the summary and the problems, not a stream of updates.
final class ProgressLine {
    private let timer: any DispatchSourceTimer
    let progress = BuildProgress()

    static var isTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) == 1 }

    init() {
        let progress = self.progress
        timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + .milliseconds(150), repeating: .milliseconds(100))
        timer.setEventHandler {
            let line = progress.line
            if !line.isEmpty { FileHandle.standardError.write(Data("\r\u{1B}[2KBuilding: \(line)".utf8)) }
        }
        timer.resume()
    }

    func finish() {
        timer.cancel()
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
