import Foundation
import Testing

@testable import BoardPack

/// The label tables: English exactly today's strings (found in the templates and code that print
/// them, or equal to what that code returns), Welsh only from the glossary and documented key by
/// key in docs/welsh.md.
@Suite struct LabelTableTests {
    static let catalogue = LabelCatalogue.all
    static let welshDocs = Fixtures.read(Fixtures.packageRoot.appendingPathComponent("docs/welsh.md"))
    static let glossaryURL = Fixtures.shared.appendingPathComponent("research/welsh-glossary.md")

    /// English texts that the code builds in pieces: the pieces to find in the source instead.
    static let pieces: [String: [String]] = [
        "search.found": ["papers(found.length) + \" found\""],
        "search.found_for": ["\" found\"", "\" for \\u201c\" + query + \"\\u201d\""],
        "incidents.suppression_note": [
            "\"Counts from 1 to \\(embedded.summary.suppressBelow - 1) are shown as \\\"fewer than \\(embedded.summary.suppressBelow)\\\", \"",
            "\"and where one could be worked out from the total, another count is hidden too.\"",
        ],
        "scope.item_covers": ["\"\\(itemList(group.items)) \\(group.items.count == 1 ? \"covers\" : \"cover\") \\(group.extent).\""],
        "scope.items_cover": ["\"\\(itemList(group.items)) \\(group.items.count == 1 ? \"covers\" : \"cover\") \\(group.extent).\""],
        "scope.item_mixed": ["\\(mixed.count == 1 ? \"covers\" : \"cover\") different nations for different subjects, as set out below."],
        "scope.items_mixed": ["\\(mixed.count == 1 ? \"covers\" : \"cover\") different nations for different subjects, as set out below."],
        "scope.england_and_wales": ["\" and \""],
    ]

    /// English texts that code returns: compared with what it returns today.
    static var live: [String: String] {
        let table = Labels.english
        return [
            table.text("pages.range", ["first": "4", "last": "7"]): PackPageNumbers.text(4, 7),
            table.text("pages.single", ["page": "7"]): PackPageNumbers.text(7, 7),
            table["purpose.discussion"]: Purpose.discussion.frontSheetText,
            table["purpose.decision"]: Purpose.decision.frontSheetText,
            table["purpose.information"]: Purpose.information.frontSheetText,
            table["purpose.noting"]: Purpose.noting.frontSheetText,
            table["search.filter.discussion"]: SearchIndex.filterName(.discussion),
            table["search.filter.decision"]: SearchIndex.filterName(.decision),
            table["search.filter.information"]: SearchIndex.filterName(.information),
            table["search.filter.noting"]: SearchIndex.filterName(.noting),
            table["nation.england"]: Nation.england.name,
            table["nation.wales"]: Nation.wales.name,
            table["nation.scotland"]: Nation.scotland.name,
            table["nation.northern_ireland"]: Nation.northernIreland.name,
            table["scope.england_and_wales"]: ScopeNote.extent([.wales, .england]),
            table.text("scope.only", ["nation": "Wales"]): ScopeNote.extent([.wales]),
            table["scope.no_nation"]: ScopeNote.extent([]),
            table["scope.all_nations"]: ScopeNote.extent(Nation.allCases),
            table.text("scope.paper_covers", ["extent": "Wales only"]): ScopeNote.sentences(for: [ScopeEntry(subject: nil, nations: [.wales])])[0],
            table.text("scope.subject_the", ["subject": "offer"]): ScopeNote.subjectPhrase("offer"),
            table.text("scope.item_one", ["number": "3"]): PackAssembler.itemList([3]),
            table.text("scope.items_many", ["list": "3, 4 and 5"]): PackAssembler.itemList([3, 4, 5]),
            table["agenda.to_follow"]: PackView.toFollowText(0),
            table.text("agenda.to_follow_issued", ["number": "2"]): PackView.toFollowText(2),
            table.text("agenda.supplement", ["number": "2"]): Supplement(
                number: 2, published: Located(CalendarDate(year: 2025, month: 3, day: 1)!, at: .start(of: "m")), papers: []).title,
            table.text("statutory.paragraph_one", ["number": "3"]): StatutoryWording.paragraphList(["3"]),
            table.text("statutory.paragraph_many", ["list": "1, 3", "last": "5"]): StatutoryWording.paragraphList(["1", "3", "5"]),
            table["search.papers_one"]: SearchIndex.count(1),
            table.text("search.papers_other", ["count": "12"]): SearchIndex.count(12),
            table.text("suppression.fewer_than", ["count": "5"]): PublishedCount.suppressed(below: 5).text,
            table["suppression.withheld"]: PublishedCount.withheld.text,
            table["confidential.members_only"]: "Confidential: members only",
            table["statutory.exempt_notice"]: StatutoryWording.standard.exemptNotice,
            table["statutory.exclusion_resolution"]: StatutoryWording.standard.exclusionResolution,
        ]
    }

    /// The built-in templates and the Swift files that print pages, packs, feeds and calendars.
    static let printers: [String] = {
        let root = Fixtures.packageRoot
        let templates = DefaultTemplates.files.keys.sorted().map { "templates/" + $0 }
        let folders = ["Sources/BoardPack/Render", "Sources/BoardPack/Assemble", "Sources/BoardPack/Model", "Sources/BoardPack/Build"]
        let swift = folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.hasSuffix(".swift") }.sorted().map { folder + "/" + $0 }
        }
        return templates + swift
    }()

    /// Every English label is printed today either as the literal text where the catalogue says
    /// (or, moved by issue 10, in another template or Swift file), or through its key: a template's
    /// `{{labels.key}}`, which the English TemplateSet turns into exactly that text (the snapshot of
    /// issue 10 checks the bytes), or code that looks the key up.
    @Test func everyEnglishLabelIsWhereTodaysOutputPrintsIt() {
        let returned = Set(Self.live.keys)
        let texts = Dictionary(uniqueKeysWithValues: Self.printers.map { ($0, Fixtures.read(Fixtures.packageRoot.appendingPathComponent($0))) })
        for definition in Self.catalogue where definition.source != "(new)" && !returned.contains(definition.english) {
            let wanted = Self.pieces[definition.key] ?? Self.literalPieces(definition.english)
            let literal = { (text: String) in wanted.allSatisfy { text.contains($0) } }
            let byKey = { (path: String, text: String) in
                path.hasPrefix("templates/") ? text.contains("{{labels.\(definition.key)") || text.contains("{{{labels.\(definition.key)")
                    : text.contains("\"\(definition.key)\"")
            }
            let source = texts[definition.source] ?? Fixtures.read(Fixtures.packageRoot.appendingPathComponent(definition.source))
            let found = literal(source) || texts.contains { literal($0.value) || byKey($0.key, $0.value) }
            #expect(found, "\(definition.key): \"\(definition.english)\" is printed nowhere, neither as text nor by its key")
        }
    }

    /// The templates print labels by key: `{{labels.page.skip_link}}` where "Skip to main content" was.
    @Test func theBuiltInTemplatesPrintTheirTextByKey() throws {
        let header = DefaultTemplates.files["page-header.mustache"] ?? ""
        for key in ["page.skip_link", "page.nav.search", "page.nav.news_feed", "page.nav.meetings_calendar", "page.nav.boards_and_papers"] {
            #expect(header.contains(">{{labels.\(key)}}</a>"), "\(key)")
            #expect(!header.contains(">\(Labels.english[key])</a>"), "\(key)")
        }
        #expect(DefaultTemplates.files["page-footer.mustache"]?.contains("{{labels.page.published_by organisation=site.organisation}}") == true)
        let (loaded, _) = TemplateSet.load(directory: nil, displayPath: { $0.path })
        let templates = try #require(loaded)
        let site = Site(title: "T", organisation: "O", baseURL: "", language: "en-GB", boards: [], categories: [])
        let chrome = try templates.chrome(for: PageBase(site: site, depth: 0, confidential: false))
        for key in ["page.skip_link", "page.nav.search", "page.nav.news_feed", "page.nav.meetings_calendar", "page.nav.boards_and_papers"] {
            #expect(chrome.header.contains(">\(Labels.english[key])</a>"), "\(key)")
        }
        #expect(chrome.footer.contains("<p>Published by O.</p>"))
    }

    @Test func englishLabelsThatCodeReturnsAreExactlyWhatItReturns() {
        for (label, today) in Self.live { #expect(label == today) }
    }

    @Test func aTemplateLabelIsTheWholeTextBetweenTags() {
        // Whole strings, not pieces: "Skip to main content" is the link's whole text.
        let pack = DefaultTemplates.files["pack.mustache"] ?? ""
        for key in ["appendix.points", "appendix.scope", "pack.contents", "agenda.heading"] {
            #expect(pack.contains(">\(Labels.english[key])</h2>") || pack.contains(">{{labels.\(key)}}</h2>"), "\(key)")
        }
        // The front sheet's headings and contact labels are written by its view (issue 10), from the labels.
        let contact = ContactView(Contact(name: "A", position: "B", phone: "C", email: "d@e.f")).html
        for key in ["front.contact_name", "front.contact_position", "front.contact_phone", "front.contact_email"] {
            #expect(contact.contains("<dt>\(Labels.english[key])</dt>"), "\(key)")
        }
        #expect(pack.contains("content: \"Page \"") == false)
        #expect(DefaultTemplates.files["pack.css"]?.contains(#"content: "Page " counter(page) " of " counter(pages);"#) == true)
    }

    @Test func keysAreStableDottedSnakeCaseAndNoneIsThePrefixOfAnother() {
        let keys = Self.catalogue.map(\.key)
        #expect(Set(keys).count == keys.count)
        for key in keys {
            #expect(key.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" || $0 == "." }, "\(key)")
            #expect(!keys.contains { $0.hasPrefix(key + ".") }, "\(key) is also a group of keys: templates could not reach both")
        }
    }

    @Test func everyTranslationKeepsItsPlaceholders() {
        for definition in Self.catalogue {
            guard let welsh = definition.welsh else { continue }
            #expect(Set(StatutoryWording.placeholderNames(in: welsh)) == definition.placeholders, "\(definition.key)")
            #expect(definition.confidence != nil && definition.glossaryRow != nil, "\(definition.key)")
        }
    }

    @Test func everyWelshWordIsTheGlossarys() throws {
        guard FileManager.default.fileExists(atPath: Self.glossaryURL.path) else { return }
        let glossary = Fixtures.read(Self.glossaryURL).lowercased()
        for definition in Self.catalogue {
            guard let welsh = definition.welsh, let row = definition.glossaryRow else { continue }
            #expect(glossary.contains("| \(row.lowercased()) |") || glossary.contains("| \(row.lowercased().replacingOccurrences(of: "\"", with: "")) |")
                || glossary.contains(row.lowercased()), "\(definition.key): no glossary row \(row)")
            var bare = welsh
            for name in definition.placeholders { bare = bare.replacingOccurrences(of: "{\(name)}", with: " ") }
            let words = bare.lowercased().split { !($0.isLetter || $0 == "'" || $0 == "-") }.map(String.init)
            for word in words where !word.isEmpty {
                #expect(glossary.contains(word), "\(definition.key): '\(word)' is not in the glossary")
            }
        }
    }

    @Test func theWelshTableLacksWhatTheGlossaryLacksAndFallsBackToEnglish() {
        let welsh = Labels(.cy)
        #expect(welsh["page.skip_link"] == "Neidio i'r prif gynnwys")
        #expect(welsh.text("pages.of", ["page": "3", "pages": "12"]) == "Tudalen 3 o 12")
        #expect(welsh["language.name.en"] == "English")
        #expect(Labels.english["language.name.cy"] == "Cymraeg")
        #expect(LabelCatalogue.definition("page.nav_label")?.welsh == nil)
        #expect(welsh["page.nav_label"] == "Site")
        #expect(LabelCatalogue.keysWithoutWelsh.contains("index.papers"))
        let overridden = Labels(.cy, overrides: ["page.nav_label": "Site menu"])
        #expect(overridden["page.nav_label"] == "Site menu")
    }

    @Test func welshSaysNagBeforeTheGlossarysVowelNumbers() {
        let welsh = Labels(.cy)
        #expect(welsh.fewerThan(5) == "llai na 5")
        #expect(welsh.fewerThan(1) == "llai nag 1")
        #expect(welsh.fewerThan(11) == "llai nag 11")
        #expect(welsh.fewerThan(10) == "llai na 10")
        for count in [1, 5, 11, 1000] {
            #expect(Labels.english.fewerThan(count, written: count == 1000 ? "1,000" : nil) == PublishedCount.suppressed(below: count).text)
        }
    }

    @Test func templatesCanReachEveryLabel() {
        let nested = Labels.english.nested
        let page = nested["page"] as? [String: Any]
        #expect(page?["skip_link"] as? String == "Skip to main content")
        #expect((page?["nav"] as? [String: Any])?["news_feed"] as? String == "News feed")
    }

    /// docs/welsh.md lists every key with its Welsh and confidence, every key without, and the
    /// low-confidence ones: the same as the tables.
    @Test func theDocumentationListsTheTablesKeyByKey() {
        let rows = Self.welshDocs.split(separator: "\n").filter { $0.hasPrefix("| `") }
        var documented: [String: String] = [:]
        for row in rows {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 3 else { continue }
            documented[cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = cells.dropFirst(2).dropLast().joined(separator: "|")
        }
        for definition in Self.catalogue {
            let line = documented[definition.key]
            #expect(line != nil, "docs/welsh.md does not list \(definition.key)")
            if let welsh = definition.welsh, let confidence = definition.confidence {
                #expect(line?.contains(welsh) == true, "\(definition.key): docs/welsh.md does not give \(welsh)")
                #expect(line?.contains(confidence.rawValue) == true, "\(definition.key): docs/welsh.md does not give \(confidence)")
            } else {
                #expect(line?.contains("no Welsh yet") == true, "\(definition.key): docs/welsh.md should say it has no Welsh yet")
            }
        }
        #expect(Set(documented.keys) == Set(Self.catalogue.map(\.key)))
        let confirm = Self.welshDocs.components(separatedBy: "## Labels to be confirmed by your translation service")
            .last?.components(separatedBy: "\n## ").first ?? ""
        let listed = confirm.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { $0.split(separator: "`")[1] }.map(String.init)
        #expect(listed == Self.catalogue.filter { $0.confidence == .low }.map(\.key))
    }

    /// Writes the tables of docs/welsh.md: `BOARDPACK_WRITE_LABEL_DOCS=/tmp/labels.md swift test --filter LabelTableTests`.
    @Test func writeTheDocumentationsTables() throws {
        guard let path = ProcessInfo.processInfo.environment["BOARDPACK_WRITE_LABEL_DOCS"] else { return }
        var lines = ["| Key | English (today) | Welsh | Confidence | Glossary row |", "|---|---|---|---|---|"]
        for definition in Self.catalogue {
            let cells = [
                "`\(definition.key)`", definition.english, definition.welsh ?? "_no Welsh yet_",
                definition.confidence?.rawValue ?? "", definition.glossaryRow ?? "",
            ]
            lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The pieces of an English label between its placeholders.
    static func literalPieces(_ text: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pieces.append(String(rest[..<open]))
            rest = rest[rest.index(after: close)...]
        }
        pieces.append(String(rest))
        return pieces.filter { !$0.isEmpty }
    }
}
