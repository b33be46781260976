import Foundation
import Testing

@testable import BoardPack

/// `languages:` in site.yaml: en and cy, cy-GB read as cy, the first the main one, [en] when not
/// given; anything else a located error.
@Suite struct LanguageTests {
    static func site(_ line: String) -> (Site?, [String]) {
        let text = Fixtures.siteYAML + (line.isEmpty ? "" : "\n" + line)
        let (site, problems) = SiteValidator.validate(SourceFile(path: "content/site.yaml", text: text))
        return (site, problems.map { "\($0.path):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" })
    }

    @Test(arguments: [
        ("en", Language.en), ("cy", .cy), ("CY", .cy), ("cy-GB", .cy), ("cy-gb", .cy), ("en-GB", .en), ("cy_GB", .cy), (" cy ", .cy),
    ])
    func codesAreRead(code: String, language: Language) {
        #expect(Language(code: code) == language)
    }

    @Test(arguments: ["fr", "welsh", "cym", "cy-FR", "", "en-US"])
    func otherCodesAreNotLanguages(code: String) {
        #expect(Language(code: code) == nil)
    }

    @Test func withoutLanguagesTheSiteIsEnglishOnlyAndNothingElseChanges() throws {
        let (site, problems) = Self.site("")
        #expect(problems.isEmpty)
        let read = try #require(site)
        #expect(read.languages == [.en])
        #expect(read.mainLanguage == .en)
        #expect(read.localized == SiteTexts())
        #expect(read.language == "en-GB")
        #expect(read.boards.map(\.names) == [nil, nil])
    }

    @Test func theFirstLanguageIsTheMainOne() throws {
        #expect(try #require(Self.site("languages: [en, cy]").0).languages == [.en, .cy])
        #expect(try #require(Self.site("languages: [cy-GB, en]").0).languages == [.cy, .en])
        #expect(try #require(Self.site("languages: [cy-GB, en]").0).mainLanguage == .cy)
        #expect(try #require(Self.site("languages: cy").0).languages == [.cy])
        #expect(try #require(Self.site("languages:\n  - en\n  - cy").0).languages == [.en, .cy])
    }

    @Test func anUnknownLanguageIsALocatedError() {
        let (site, problems) = Self.site("languages: [en, fr]")
        #expect(site?.languages == [.en])
        #expect(problems == [
            "content/site.yaml:12:17: error: 'languages' names the language 'fr', which boardpack does not publish in: "
                + "write en (English) or cy (Welsh)",
        ])
    }

    @Test func aLanguageTwiceOrAMapIsALocatedError() {
        #expect(Self.site("languages: [en, cy, cy-GB]").1 == [
            "content/site.yaml:12:21: error: 'languages' lists cy (Welsh) twice: remove one",
        ])
        #expect(Self.site("languages: { en: English }").1 == [
            "content/site.yaml:12:12: error: 'languages' is a list of language codes, the main one first: 'languages: [en, cy]'",
        ])
        #expect(Self.site("languages: [en, [cy]]").1 == [
            "content/site.yaml:12:17: error: each entry of 'languages' is a language code, en or cy: 'languages: [en, cy]'",
        ])
    }

    @Test func aMisspeltFieldNameStillSuggestsLanguages() {
        #expect(Self.site("langauges: [en, cy]").1.first?.contains("did you mean 'languages'") == true)
    }

    @Test func languagesAreNamedInThemselvesForTheSwitch() {
        #expect(Language.cy.ownName == "Cymraeg")
        #expect(Language.en.ownName == "English")
    }
}
