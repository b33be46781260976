import Testing

@testable import BoardPack

/// The readings every part shares: nations, dates, board names and YAML's null.
@Suite struct SharedReadingTests {
    @Test func aNationIsReadOneWayEverywhere() {
        for text in ["wales", "Wales", " WALES ", "wales\n"] { #expect(Nation(written: text) == .wales, "\(text)") }
        for text in ["northern-ireland", "Northern Ireland", "northern  ireland", "Northern-Ireland", " northern ireland "] {
            #expect(Nation(written: text) == .northernIreland, "\(text)")
        }
        for text in ["", "uk", "great britain", "northernireland"] { #expect(Nation(written: text) == nil, "\(text)") }
        #expect(Nation.unknown("Walse") == "unknown nation 'Walse': use england, wales, scotland or northern-ireland; did you mean 'wales'?")
        #expect(Nation.unknown("Northern Irland")
            == "unknown nation 'Northern Irland': use england, wales, scotland or northern-ireland; did you mean 'northern-ireland'?")
        #expect(Nation.unknown("atlantis") == "unknown nation 'atlantis': use england, wales, scotland or northern-ireland")
    }

    @Test func aDateIsReadByOneParser() {
        #expect(CalendarDate(iso: "2024-02-29") == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(CalendarDate(iso: "0001-01-01")?.description == "0001-01-01")
        for text in ["2023-02-29", "2021-13-01", "2021-6-09", "2021-06-9", "21-06-09", "2021/06/09", "2021-06-09 ", "２０２１-06-09",
                     "2021-0６-09", "2021-06-0a", "", "0000-01-01", "+202-06-09"] {
            #expect(CalendarDate(iso: text) == nil, "\(text)")
        }
    }

    @Test func aDateProblemIsWordedOnce() {
        #expect(CalendarDate.problem("2023-02-29", key: "date") == "'date' is wrong: 29 February 2023 is not a date (found \"2023-02-29\")")
        #expect(CalendarDate.problem("9 June", key: "published")
            == "'published' must be a date written YYYY-MM-DD, for example 2021-06-09 (found \"9 June\")")
    }

    @Test func aBoardIsNamedAsSiteYAMLNamesIt() {
        let site = Site(
            title: "T", organisation: "O", baseURL: "https://example.org/", language: "en",
            boards: [.init(id: "sscb", name: "Safer and Stronger Communities Board")], categories: [])
        #expect(site.boardName("sscb") == "Safer and Stronger Communities Board")
        #expect(site.boardName("unknown") == "unknown")
    }

    @Test func yamlNullIsOneTest() {
        for text in ["", "~", "null", "Null", "NULL"] { #expect(YAMLNull.isNull(plain: text), "\(text)") }
        for text in ["nul", "NuLL", "none", " ", "0", "false"] { #expect(!YAMLNull.isNull(plain: text), "\(text)") }
    }
}
