import Foundation
import Testing

@testable import BoardPack

/// Text fields by language (`venue: { en: Council Chamber, cy: Siambr y Cyngor }`) in site.yaml,
/// meetings and packs: a plain string serves every language, the main language's text is what
/// today's properties return, and every wrong map is a located error. Welsh here is glossary
/// phrases only (and the issue's own "Siambr y Cyngor").
@Suite struct LocalizedTextTests {
    static let bilingualSite = Fixtures.siteYAML
        .replacingOccurrences(of: "title: Test papers", with: "title: { en: Agenda and draft minutes, cy: Rhaglen a chofnodion }")
        .replacingOccurrences(
            of: "name: Community Wellbeing Board", with: "name:\n      en: Community Wellbeing Board\n      cy: Y Pwyllgor Busnes")
        + "\nlanguages: [en, cy]"

    static func lines(_ problems: [Diagnostic]) -> [String] {
        problems.map { "\($0.line):\($0.column) \($0.severity.rawValue): \($0.message)" }
    }

    static func meeting(_ venue: String, site: Site? = nil) -> (Meeting?, [String]) {
        let text = "board: sscb\ndate: 2025-03-12\n\(venue)\nitems:\n  - title: Apologies\n"
        let (meeting, problems) = MeetingValidator.meeting(
            SourceFile(path: "content/meetings/m.yaml", text: text), id: "m", site: site ?? bilingual)
        return (meeting, lines(problems))
    }

    static var bilingual: Site {
        SiteValidator.validate(SourceFile(path: "content/site.yaml", text: bilingualSite)).0!
    }

    @Test func siteTitleAndBoardNamesMayBeWrittenByLanguage() throws {
        let (read, problems) = SiteValidator.validate(SourceFile(path: "content/site.yaml", text: Self.bilingualSite))
        #expect(problems.isEmpty)
        let site = try #require(read)
        #expect(site.title == "Agenda and draft minutes")
        #expect(site.title(in: .cy) == "Rhaglen a chofnodion")
        #expect(site.organisation(in: .cy) == "Local Government Association")
        #expect(site.board("cwb")?.name == "Community Wellbeing Board")
        #expect(site.board("cwb")?.name(in: .cy) == "Y Pwyllgor Busnes")
        #expect(site.board("sscb")?.name(in: .cy) == "Safer and Stronger Communities Board")
    }

    @Test func aVenueByLanguageKeepsTheMainTextWhereItWas() throws {
        let (meeting, problems) = Self.meeting("venue: { en: Council Chamber, cy: Siambr y Cyngor }")
        #expect(problems.isEmpty)
        let read = try #require(meeting)
        #expect(read.venue == "Council Chamber")
        #expect(read.venues?.text(for: .cy) == "Siambr y Cyngor")
        #expect(read.venues?.text(for: .en) == "Council Chamber")
    }

    @Test func aPlainVenueServesEveryLanguage() throws {
        let (meeting, problems) = Self.meeting("venue: Council Chamber")
        #expect(problems.isEmpty)
        #expect(try #require(meeting).venue == "Council Chamber")
        #expect(try #require(meeting).venues == nil)
    }

    @Test func anAgendaItemTitleMayBeWrittenByLanguage() throws {
        let text = "board: sscb\ndate: 2025-03-12\nitems:\n  - title: { en: Apologies, cy: Ymddiheuriadau }\n"
        let (meeting, problems) = MeetingValidator.meeting(
            SourceFile(path: "content/meetings/m.yaml", text: text), id: "m", site: Self.bilingual)
        #expect(problems.isEmpty)
        #expect(meeting?.items.first?.title == "Apologies")
        #expect(meeting?.items.first?.titles?.text(for: .cy) == "Ymddiheuriadau")
    }

    @Test func anAttachmentTitleMayBeWrittenByLanguage() throws {
        let text = """
            board: sscb
            date: 2025-03-12
            items:
              - title: Minutes
                attachments:
                  - { title: { en: Minutes, cy: Cofnodion }, file: attachments/minutes.md }
            """
        let (meeting, problems) = MeetingValidator.meeting(
            SourceFile(path: "content/meetings/m.yaml", text: text), id: "m", site: Self.bilingual)
        #expect(problems.isEmpty)
        let attachment = try #require(meeting?.items.first?.attachments.first)
        #expect(attachment.title == "Minutes")
        #expect(attachment.titles?.text(for: .cy) == "Cofnodion")
    }

    @Test func aWelshTextInAnEnglishOnlySiteSaysToAddTheLanguage() {
        let (meeting, problems) = Self.meeting("venue: { en: Council Chamber, cy: Siambr y Cyngor }", site: Fixtures.site)
        #expect(meeting == nil)
        #expect(problems == [
            "3:31 error: 'venue' has Welsh text (cy), but site.yaml does not publish in Welsh: add it to 'languages' in "
                + "site.yaml (languages: [en, cy]) or remove this line",
        ])
    }

    @Test func anUnknownLanguageKeyIsLocatedAtTheKey() {
        #expect(Self.meeting("venue:\n  en: Council Chamber\n  fr: Salle du conseil").1 == [
            "5:3 error: 'venue' is written by language, and 'fr' is not a language code: write en (English) or cy (Welsh), "
                + "e.g. 'venue: { en: …, cy: … }'",
        ])
    }

    @Test func aValueThatIsNotTextIsLocatedAtTheValue() {
        #expect(Self.meeting("venue:\n  en: Council Chamber\n  cy: [Siambr, y Cyngor]").1 == [
            "5:7 error: the Welsh text of 'venue' must be a single value, not a list or a group of fields",
        ])
        #expect(Self.meeting("venue:\n  en: Council Chamber\n  cy: \"  \"").1 == [
            "5:7 error: the Welsh text of 'venue' is empty: write it, or remove the line to use the English text",
        ])
    }

    @Test func theMainLanguageMustBeGiven() {
        #expect(Self.meeting("venue: { cy: Siambr y Cyngor }").1 == [
            "3:8 error: 'venue' has no English text, the site's main language: add 'en: …'",
        ])
    }

    @Test func cyGBIsReadAsCy() throws {
        let (meeting, problems) = Self.meeting("venue: { en-GB: Council Chamber, cy-GB: Siambr y Cyngor }")
        #expect(problems.isEmpty)
        #expect(try #require(meeting).venues?.text(for: .cy) == "Siambr y Cyngor")
    }

    @Test func aPlainStringKeepsTodaysMessages() {
        #expect(Self.meeting("venue: [a, b]").1 == ["3:8 error: 'venue' must be a single value, not a list or a group of fields"])
    }

    @Test func aBriefingPacksTitleAndIntroMayBeWrittenByLanguageWithTheIntroLocated() throws {
        let text = """
            title:
              en: Budget briefing
              cy: Pecyn briffio
            intro:
              en: |
                Read this first.
              cy: Er gwybodaeth.
            papers: [budget]
            """
        let (spec, problems) = MeetingValidator.briefingPack(
            SourceFile(path: "content/packs/b.yaml", text: text), id: "b", languages: [.en, .cy])
        #expect(problems.isEmpty)
        let read = try #require(spec)
        #expect(read.title == "Budget briefing")
        #expect(read.titles?.text(for: .cy) == "Pecyn briffio")
        #expect(read.intro == "Read this first.")
        #expect(read.intros?.text(for: .cy) == "Er gwybodaeth.")
        #expect(read.introPlace == TextPlace(line: 6, column: 5))
    }

    @Test func aSiteYAMLProblemIsLocatedInSiteYAML() {
        let text = Fixtures.siteYAML.replacingOccurrences(of: "title: Test papers", with: "title: { en: Papers, cy: }")
            + "\nlanguages: [en, cy]"
        let (site, problems) = SiteValidator.validate(SourceFile(path: "content/site.yaml", text: text))
        #expect(site?.title == "Papers")
        #expect(Self.lines(problems) == ["1:26 error: the Welsh text of 'title' is empty: write it, or remove the line to use the English text"])
    }
}
