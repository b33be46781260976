import Testing

@testable import BoardPack

/// `jurisdiction:` and `wording:` in site.yaml: England by default, Wales when asked, and every slip
/// a located error.
@Suite struct JurisdictionTests {
    static func site(_ extra: String) -> (Site?, [Diagnostic]) {
        SiteValidator.validate(SourceFile(path: "content/site.yaml", text: Fixtures.siteYAML + "\n" + extra))
    }

    /// The line `extra` starts on: after the fixture's 11 lines.
    static let extraLine = 12

    @Test func aSiteWithoutJurisdictionIsEngland() throws {
        let (site, problems) = Self.site("")
        #expect(problems.isEmpty)
        #expect(site?.jurisdiction == .england)
        #expect(site?.notice.clearDays == 5)
        #expect(site?.wording == .standard)
    }

    @Test func walesGivesPartFourAndThreeClearDays() throws {
        let site = try #require(Self.site("jurisdiction: wales").0)
        #expect(site.jurisdiction == .wales)
        #expect(site.jurisdiction.schedulePart == 4)
        #expect(site.notice.clearDays == 3)
        #expect(site.jurisdiction.paragraphs == ["12", "13", "14", "15", "16", "17", "18", "18A", "18B", "18C"])
    }

    @Test func aMisspeltJurisdictionIsALocatedErrorWithASuggestion() {
        let problems = Self.site("jurisdiction: wails").1
        #expect(problems.map { "\($0.severity) \($0.line):\($0.column)" } == ["error \(Self.extraLine):15"])
        #expect(problems.first?.message.contains("did you mean 'wales'?") == true)
    }

    @Test(arguments: ["jurisdiction:", "jurisdiction: ''"])
    func anEmptyJurisdictionIsAnError(line: String) {
        let problems = Self.site(line).1
        #expect(problems.map(\.severity) == [.error])
        #expect(problems.first?.line == Self.extraLine)
    }

    @Test func aMisspeltJurisdictionKeyIsAnError() {
        let problems = Self.site("jurisdicton: wales").1
        #expect(problems.map { "\($0.severity) \($0.line):\($0.column)" } == ["error \(Self.extraLine):1"])
    }

    @Test func theCouncilsOwnWordingReplacesBoardpacks() throws {
        let site = try #require(Self.site("""
            wording:
              exempt-notice: "Not for publication: paragraph {paragraph}, Part {part}, Schedule 12A."
              exclusion-title: Exclusion of the public
            """).0)
        #expect(site.wording.notice(paragraph: "3", part: 1) == "Not for publication: paragraph 3, Part 1, Schedule 12A.")
        #expect(site.wording.exclusionTitle == "Exclusion of the public")
        #expect(site.wording.exclusionResolution == StatutoryWording.standard.exclusionResolution)
    }

    @Test func anUnknownWordingOrPlaceholderIsALocatedError() {
        let problems = Self.site("""
            wording:
              exempt-notise: "Not for publication."
              exclusion-resolution: "Exclude the public under {paragraph}."
            """).1
        #expect(problems.map { "\($0.severity) \($0.line):\($0.column)" }
            == ["error \(Self.extraLine + 2):25", "error \(Self.extraLine + 1):3"])
        #expect(problems.last?.message.contains("did you mean 'exempt-notice'?") == true)
        #expect(problems.first?.message.contains("{paragraph}") == true)
        #expect(problems.first?.message.contains("did you mean 'paragraphs'?") == true)
    }

    @Test func paragraphsAreListedInPlainWords() {
        #expect(StatutoryWording.paragraphList(["3"]) == "paragraph 3")
        #expect(StatutoryWording.paragraphList(["3", "14"]) == "paragraphs 3 and 14")
        #expect(StatutoryWording.paragraphList(["1", "3", "5"]) == "paragraphs 1, 3 and 5")
    }

    @Test func theCouncilMayWordAParagraphOfItsOwnPart() throws {
        let (site, problems) = Self.site("""
            jurisdiction: wales
            wording:
              paragraph-descriptions:
                14: "Information about the financial or business affairs of a particular person."
                3: "Not a Welsh paragraph."
            """)
        #expect(problems.map { "\($0.severity) \($0.line):\($0.column)" } == ["error \(Self.extraLine + 4):5"])
        #expect(problems.first?.message.contains("paragraphs 12 to 18 of Part 4") == true)
        let wording = try #require(site?.wording)
        let exempt = try #require(Exemption(paragraph: "14", publicInterest: "Why.", jurisdiction: .wales, wording: wording))
        #expect(exempt.citedDescription == "Paragraph 14: Information about the financial or business affairs of a particular person.")
    }
}
