import Testing
import Yams

@testable import BoardPack

/// The reading phase's fast paths give exactly what the definitions they replace give.
@Suite struct ReadingFastPathTests {
    /// Mostly ASCII, with runs of non-ASCII and ill-formed bytes at the start, the middle and the end.
    static let byteSamples: [[UInt8]] = [
        [], Array("plain ASCII text, longer than eight bytes".utf8), Array("£81 million – a “quote” ‘here’".utf8),
        Array("ends in non-ASCII: café".utf8), Array("e\u{301} combining, 👩‍👩‍👧 family, 🇬🇧".utf8),
        [0xFF], [0x61, 0xC3], [0xC3, 0x61], Array("before ".utf8) + [0xE2, 0x80] + Array(" after the cut".utf8),
        Array("overlong ".utf8) + [0xC0, 0xAF] + Array(" and surrogate ".utf8) + [0xED, 0xA0, 0x80],
        Array("twelve bytes".utf8) + [0xF0, 0x9F, 0x98] + [0x80] + Array("tail".utf8), [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x41],
    ]

    @Test func decodingEqualsSwiftsOwn() {
        for bytes in Self.byteSamples {
            let expected = String(decoding: bytes, as: UTF8.self)
            #expect(UTF8Scan.decoded(bytes) == expected)
            #expect(Array(UTF8Scan.decoded(bytes).utf8) == Array(expected.utf8))
            let validated = bytes.withUnsafeBufferPointer(UTF8Scan.validated)
            #expect(validated == String(validating: bytes, as: UTF8.self))
        }
        #expect(UTF8Scan.decoded(Array("£40 million".utf8)) == "£40 million")
        #expect([0x61, 0xFF, 0x62].withUnsafeBufferPointer(UTF8Scan.validated) == nil)
    }

    @Test func firstNonASCIIFindsTheFirstHighByte() {
        for length in 0..<20 {
            for position in 0...length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                if position < length { bytes[position] = 0xC3 }
                let found = bytes.withUnsafeBufferPointer { UTF8Scan.firstNonASCII($0, from: 0) }
                #expect(found == position)
            }
        }
    }

    /// `trimmed` as it was: a character-by-character walk from both ends.
    static func trimmedReference(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    @Test func trimmedEqualsTheCharacterWalk() {
        let samples = [
            "", "a", " a ", "a\n", "\ta", "plain words", "a \u{301}", "x\u{20}\u{301}", "\u{600}a", "a\u{600}b", "\r\na", "a\r\n",
            "\u{85}a", "a\u{85}", "\u{A0}a\u{A0}", "a\u{1C}", "\u{1C}a", "é", "e\u{301}x", "a\u{2028}", "\u{301}", " ",
        ]
        for text in samples {
            #expect(text.trimmed == Self.trimmedReference(text), "\(text.unicodeScalars.map(\.value))")
            let inside = ("z" + text + "z").dropFirst().dropLast()
            #expect(inside.trimmed == Self.trimmedReference(String(inside)))
        }
    }

    @Test func ownAnchorsAnswerAsTheSetOfEveryNameDid() {
        let anchors = OwnAnchors(sections: ["background", "para-3", "fn-9"], paragraphs: 4, points: 2, footnotes: 1)
        let every = anchors.all
        #expect(every.count == 3 + 5 + 2 + 1 - 1)
        for name in every { #expect(anchors.contains(name)) }
        for name in ["para-5", "para-00", "para-01", "para-", "para--1", "point-1-0", "point-1-3", "point-2-1", "fn-0", "fn-2", "fn-01",
            "Background", "para-4 ", "para-99999999999999999999", ""]
        {
            #expect(anchors.contains(name) == every.contains(name), "\(name)")
        }
        let places = anchors.places(labels: ["evidence": 2])
        #expect(places == ["background": "background", "para-3": "para-3", "para-1": "para-1", "para-2": "para-2", "para-4": "para-4",
            "evidence": "para-2"])
    }

    @Test func fieldsFindTheFirstOfEachName() {
        // Made directly: Yams's parser refuses a key given twice, but a mapping can hold one.
        let small = Node.Mapping([(Node("title"), Node("First")), (Node("board"), Node("ltb")), (Node("title"), Node("Second"))])
        let large = Node.Mapping((1...20).map { (Node("field\($0)"), Node("\($0)")) } + [(Node("field3"), Node("again"))])
        let context = YAMLContext(path: "p.md")
        for (mapping, name, value) in [(small, "title", "First"), (small, "board", "ltb"), (large, "field17", "17"), (large, "field3", "3")] {
            let fields = Fields(mapping, context: context, owner: "the paper")
            #expect(fields.node(name)?.string == value)
            #expect(fields.node("missing") == nil)
        }
    }
}
