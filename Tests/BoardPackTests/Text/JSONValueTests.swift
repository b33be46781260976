import Testing

@testable import BoardPack

@Suite struct JSONValueTests {
    @Test func stringsAreQuotedAndEscaped() {
        #expect(JSONValue.string("plain").text == #""plain""#)
        #expect(JSONValue.string("say \"hi\" \\ bye").text == #""say \"hi\" \\ bye""#)
        #expect(JSONValue.string("a\nb\rc\td").text == #""a\nb\rc\td""#)
        #expect(JSONValue.string("\u{01}\u{1F}").text == #""\u0001\u001f""#)
        #expect(JSONValue.string("Ynys Môn – “café” / 😀").text == "\"Ynys Môn – “café” / 😀\"")
    }

    @Test func numbersAreDigits() {
        #expect(JSONValue.integer(0).text == "0")
        #expect(JSONValue.integer(-12).text == "-12")
    }

    @Test func containersKeepTheirOrderAndLayout() {
        let object = JSONValue.object([("b", .integer(1)), ("a", .array([.string("x"), .string("y")]))])
        #expect(object.text == #"{"b":1,"a":["x","y"]}"#)
        #expect(JSONValue.object([("a", .integer(1)), ("b", .integer(2))], .linePerEntry).text == "{\"a\":1,\n\"b\":2}")
        #expect(JSONValue.array([.integer(1), .integer(2)], .block).text == "[\n1,\n2\n]")
        #expect(JSONValue.array([], .block).text == "[\n\n]")
        #expect(JSONValue.array([]).text == "[]")
        #expect(JSONValue.object([]).text == "{}")
    }
}
