import Testing

@testable import BoardPack

@Suite struct PaperImagesTests {
    @Test func referencesAreFoundOutsideCodeBlocksAtTheirColumns() {
        let body = "Intro ![A chart](chart.png \"Title\") and ![](<my chart.svg>).\n```\n![not](code.png)\n```\n![Last](x.jpg)"
        let found = PaperImages.references(in: body, path: "p.md", firstLine: 20)
        #expect(found.map(\.source) == ["chart.png", "my chart.svg", "x.jpg"])
        #expect(found.map(\.alt) == ["A chart", "", "Last"])
        #expect(found.map { "\($0.location.line):\($0.location.column)" } == ["20:7", "20:41", "24:1"])
    }

    @Test func kindsAreKnownByTheirBytesAndScriptsInSVGAreFound() {
        #expect(PaperImages.kind(of: [0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
        #expect(PaperImages.kind(of: Array("<?xml version=\"1.0\"?><svg></svg>".utf8)) == .svg)
        #expect(PaperImages.kind(of: Array("GIF89a".utf8)) == nil)
        #expect(PaperImages.activeContent(inSVG: Array("<svg><rect onclick = \"x()\"/></svg>".utf8)) == "an event handler (onclick=)")
        #expect(PaperImages.activeContent(inSVG: Array("<svg><text>only one</text></svg>".utf8)) == nil)
    }
}
