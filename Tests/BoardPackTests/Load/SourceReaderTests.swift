import Foundation
import Testing

@testable import BoardPack

@Suite struct SourceReaderTests {
    func failure(_ bytes: [UInt8]) -> Diagnostic? {
        if case let .failure(diagnostic) = SourceReader.decode(Data(bytes), displayPath: "content/papers/x.md") {
            return diagnostic
        }
        return nil
    }

    @Test func nonUTF8TextIsReportedAtTheBadByte() {
        // "title: Caf\xE9" on line 2: Latin-1, not UTF-8.
        let diagnostic = failure(Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\n---\n".utf8))
        #expect(diagnostic?.line == 2)
        #expect(diagnostic?.column == 11)
        #expect(diagnostic?.message.contains("not UTF-8") == true)
        #expect(diagnostic?.message.contains("0xE9") == true)
    }

    @Test func binaryFilesAreRefusedWithAClearMessage() {
        let diagnostic = failure([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        #expect(diagnostic?.message.contains("not a text file") == true)
        #expect(diagnostic?.severity == .error)
    }

    @Test func byteOrderMarkAndWindowsLineEndingsAreAccepted() throws {
        let result = SourceReader.decode(Data([0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8)), displayPath: "x")
        let file = try result.get()
        #expect(file.text == "a\nb\n")
    }

    @Test func hugeFilesAreRefusedWithoutReadingThem() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("boardpack-huge-\(UUID().uuidString).md")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50 * 1024 * 1024)
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        guard case let .failure(diagnostic) = SourceReader.read(url, displayPath: "content/papers/huge.md") else {
            Issue.record("a 50 MB file was accepted")
            return
        }
        #expect(diagnostic.line == 1 && diagnostic.column == 1)
        #expect(diagnostic.message.contains("50.0 MB"))
    }
}
