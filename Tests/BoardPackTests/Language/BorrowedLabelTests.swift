import Foundation
import Testing

@testable import BoardPack

/// One way to mark a label a language borrows from another (issue 13): `Labels.lang`, `html` and
/// `xmlLang`, and `MixedText` for text made of runs in more than one language.
@Suite struct BorrowedLabelTests {
    @Test func aLabelTheTableLacksIsMarkedWithTheLanguageItBorrowsFrom() {
        let welsh = Labels(.cy)
        #expect(welsh.lang("meeting.supplement_html") == "en" && welsh.lender("meeting.supplement_html") == .en)
        #expect(welsh.lang("agenda.supplement") == nil)
        #expect(welsh.xmlLang("feed.supplement_summary") == #" xml:lang="en""# && welsh.xmlLang("agenda.heading") == "")
        // English has every label; so has a Welsh-first site's English table, over the Welsh one.
        #expect(LabelCatalogue.all.allSatisfy { Labels.english.lang($0.key) == nil })
        #expect(LabelCatalogue.all.allSatisfy { Labels(.en, fallback: welsh).lang($0.key) == nil })
        // A project's own Welsh is the table's own.
        #expect(Labels(.cy, overrides: ["meeting.supplement_html": "{title} (HTML)"]).lang("meeting.supplement_html") == nil)
    }

    @Test func onlyTheLabelsOwnWordsAreMarkedNotAValueInThePagesLanguage() {
        let welsh = Labels(.cy)
        #expect(welsh.html("meeting.supplement_html", ["title": "Rhaglen atodol 1"]) == #"Rhaglen atodol 1<span lang="en"> (HTML, printable)</span>"#)
        // A number is inside the mark: it has no language.
        #expect(welsh.html("agenda.to_follow_issued", ["number": "1"]) == #"<span lang="en">To follow: issued in supplementary agenda 1</span>"#)
        #expect(welsh.html("paper.tags") == #"<span lang="en">Tags:</span>"#)
        #expect(welsh.html("agenda.supplement", ["number": "2"]) == "Rhaglen atodol 2")
        #expect(Labels.english.html("meeting.supplement_html", ["title": "A & B"]) == "A &amp; B (HTML, printable)")
        // In a template: a placeholder that holds words stays outside, a number inside.
        let template = TemplateLabels(welsh)
        #expect(template.substitute("<a>{{labels.meeting.supplement_html title=t}}</a>") == #"<a>{{t}}<span lang="en"> (HTML, printable)</span></a>"#)
        #expect(template.substitute("<p>{{labels.attachment.pages_other count=n}}</p>") == #"<p><span lang="en">{{n}} pages</span></p>"#)
    }

    @Test func mixedTextMarksEachRunNotInTheOutputsLanguage() {
        var text = MixedText("Nid i'w gyhoeddi.", .cy)
        text.append(" ", .cy)
        text.append("Paragraph 14: the Act's words.", .en)
        text.append(" ", .cy)
        text.append("Prawf budd y cyhoedd:", .cy)
        #expect(text.html(in: .cy) == #"Nid i&#39;w gyhoeddi. <span lang="en">Paragraph 14: the Act&#39;s words.</span> Prawf budd y cyhoedd:"#)
        #expect(text.atomSummary(in: .cy) == #"    <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Nid i&apos;w gyhoeddi. "#
            + #"<span xml:lang="en">Paragraph 14: the Act&apos;s words.</span> Prawf budd y cyhoedd:</div></summary>"#)
        // All in one language: plain text, marked as a whole where it is not the feed's.
        let english = Labels(.cy).mixed("feed.supplement_item", ["number": MixedText("6", .cy), "title": MixedText("Budget", .en)])
        #expect(english.atomSummary(in: .cy) == #"    <summary type="text" xml:lang="en">item 6, Budget</summary>"#)
        #expect(english.atomSummary(in: .en) == #"    <summary type="text">item 6, Budget</summary>"#)
        // Punctuation and numbers go with the words before them; a space between languages is the page's.
        let item = Labels(.cy).mixed("feed.supplement_item", ["number": MixedText("6", .cy), "title": MixedText("Cyllideb", .cy)])
        #expect(item.html(in: .cy) == #"<span lang="en">item 6, </span>Cyllideb"#)
    }

    @Test func theScopeNoteIsInThePagesWordsWhereItsLabelsHaveThem() {
        let welsh = Labels(.cy)
        let scope = [ScopeEntry(subject: "Calendr cyfarfodydd", nations: [.wales]), ScopeEntry(subject: nil, nations: [.england, .wales])]
        #expect(ScopeNote.html(for: scope, labels: welsh, textLanguage: nil)
            == #"><span lang="en">The </span>Calendr cyfarfodydd: Cymru yn unig. Yn gymwys o ran Cymru a Lloegr."#)
        // The glossary's sentence for the whole paper; a name's article small inside it ("yn yr Alban");
        // a list of nations the glossary does not give stays English, marked.
        #expect(ScopeNote.html(for: [ScopeEntry(subject: nil, nations: [.scotland])], labels: welsh, textLanguage: nil)
            == #">Yn gymwys o ran yr Alban yn unig."#)
        #expect(ScopeNote.html(for: [ScopeEntry(subject: nil, nations: [.england, .wales, .scotland])], labels: welsh, textLanguage: nil)
            == #">Yn gymwys o ran <span lang="en">England, Wales and Scotland.</span>"#)
        // An English paper's subject on a Welsh page, already with its determiner.
        #expect(ScopeNote.html(for: [ScopeEntry(subject: "the council's budget", nations: [.wales, .scotland])], labels: welsh, textLanguage: "en-GB")
            == #" lang="en-GB">The council&#39;s budget: Wales and Scotland."#)
    }
}
