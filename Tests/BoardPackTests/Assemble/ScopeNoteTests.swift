import Testing

@testable import BoardPack

@Suite struct ScopeNoteTests {
    @Test func sentencesSayWhichNationsEachSubjectCovers() {
        let sentences = ScopeNote.sentences(for: [
            ScopeEntry(subject: "The Independent Adviser's role", nations: [.england]),
            ScopeEntry(subject: "SIGCE support offer", nations: [.wales, .england]),
        ])
        #expect(sentences == [
            "The Independent Adviser's role: England only.",
            "The SIGCE support offer: England and Wales.",
        ])
    }

    @Test func aPluralSubjectReadsAsRightlyAsASingularOne() {
        #expect(ScopeNote.sentences(for: [ScopeEntry(subject: "police-recorded figures", nations: [.england, .wales])])
            == ["The police-recorded figures: England and Wales."])
    }

    @Test func wholePaperScopeAndLongerListsReadNaturally() {
        #expect(ScopeNote.sentences(for: [ScopeEntry(subject: nil, nations: [.england, .wales, .scotland])])
            == ["This paper covers England, Wales and Scotland."])
        #expect(ScopeNote.extent(Nation.allCases).hasPrefix("all four UK nations"))
    }

    @Test func discussionPointsTakeTheAgendaItemNumber() {
        let points = [
            DiscussionPoint(index: 1, html: "a", text: "a", line: 1),
            DiscussionPoint(index: 2, html: "b", text: "b", line: 2),
        ]
        #expect(DiscussionNumbering.number(points, item: 4).map(\.number) == ["4.1", "4.2"])
        #expect(DiscussionNumbering.number(points, item: 1).map(\.anchor) == ["point-1-1", "point-1-2"])
    }
}
