/// Every fixed string boardpack's pages, packs, feed and calendar print, by key (issue 13).
///
/// English is exactly today's text, so pages can switch to the table without a byte changing.
/// Welsh comes only from `../shared/research/welsh-glossary.md`, with its confidence; a key the
/// glossary lacks has no Welsh here, and a Welsh build reports it until the project's
/// `templates/labels.cy.yaml` gives it. Keys are stable: docs/welsh.md lists them all.
public enum LabelCatalogue {
    // Where today's English is written.
    private static let base = "templates/base.mustache", index = "templates/index.mustache"
    private static let meeting = "templates/meeting.mustache", pack = "templates/pack.mustache"
    private static let paper = "templates/paper.mustache", front = "templates/front-sheet.mustache"
    private static let background = "templates/background-papers.mustache", search = "templates/search.mustache"
    private static let incidents = "templates/incidents.mustache", packCSS = "templates/pack.css"
    private static let render = "Sources/BoardPack/Render/", assemble = "Sources/BoardPack/Assemble/"
    private static let model = "Sources/BoardPack/Model/"

    public static let all: [LabelDefinition] = frame + meetings + packs + papers + searching + data + scope + feeds + statutory

    /// Labels only English pages print (of a site whose main language is Welsh): a Welsh labels
    /// file never needs them, so the list of labels still to translate leaves them out.
    public static let englishPagesOnly: Set<String> = ["paper.not_translated_english"]

    /// Every page's frame: the skip link, the header, the footer and the members' banner.
    static let frame: [LabelDefinition] = [
        .init("page.skip_link", "Skip to main content", "Neidio i'r prif gynnwys", .high, row: "Skip to main content", in: base),
        .init("page.nav_label", "Site", in: base),
        .init("page.nav.boards_and_papers", "Boards and papers", in: base),
        .init("page.nav.search", "Search", "Chwilio", .high, row: "Search", in: base),
        .init("page.nav.news_feed", "News feed", "Ffrwd newyddion", .low, row: "News feed", in: base),
        .init("page.nav.meetings_calendar", "Meetings calendar", "Calendr cyfarfodydd", .medium, row: "Meetings calendar", in: base),
        .init("page.breadcrumb_label", "Breadcrumb", in: meeting),
        .init("page.published_by", "Published by {organisation}.", "Cyhoeddwyd gan {organisation}.", .high, row: "Published by", in: base),
        .init("confidential.members_only", "Confidential: members only", "Cyfrinachol: aelodau yn unig", .low,
              row: "Confidential: members only", in: render + "PackView.swift"),
        .init("confidential.members_edition",
              "This is the members' edition, which includes exempt information: do not publish it.", in: base),
        // The language switch (issue 13, section 4): not printed yet. Each language is named in itself.
        .init("language.switch_label", "Language", "Iaith", .high, row: "Language", in: "(new)"),
        .init("language.name.en", "English", "English", .high, row: "Toggle label on a Welsh page", in: "(new)"),
        .init("language.name.cy", "Cymraeg", "Cymraeg", .high, row: "Toggle label on an English page", in: "(new)"),
    ]

    /// The home page and meeting pages.
    static let meetings: [LabelDefinition] = [
        .init("index.no_papers", "There are no papers yet.", in: index),
        .init("index.meetings", "Meetings", "Cyfarfodydd", .high, row: "Meeting", in: index),
        .init("index.papers", "Papers", in: index),
        .init("index.briefing_packs", "Briefing packs", in: index),
        .init("meeting.date", "Date", "Dyddiad", .high, row: "Date", in: meeting),
        .init("meeting.time", "Time", "Amser", .high, row: "Time", in: meeting),
        .init("meeting.venue", "Venue", "Lleoliad", .high, row: "Venue / Location", in: meeting),
        .init("meeting.pack_html", "Meeting pack (HTML, printable)", in: meeting),
        .init("meeting.pack_pdf", "Meeting pack (PDF)", in: meeting),
        .init("meeting.supplement_html", "{title} (HTML, printable)", in: meeting),
        .init("meeting.supplement_pdf", "{title} (PDF)", in: meeting),
        .init("meeting.supplement_issued", "issued {date}", in: meeting),
        .init("meeting.attachment_in_pack", "in the meeting pack", in: render + "MeetingPageView.swift"),
        .init("meeting.attachment_pdf", "PDF, {pages}", in: render + "MeetingPageView.swift"),
        .init("agenda.heading", "Agenda", "Rhaglen", .high, row: "Agenda", in: meeting),
        // Welsh agendas head this item "Materion brys" (urgent business), with the reason after it.
        .init("agenda.urgent", "Urgent item: {reason}", "Materion brys: {reason}", .high, row: "Urgent business", in: meeting),
        .init("agenda.to_follow", "To follow", "I ddilyn", .low, row: "To follow", in: render + "PackView+Issue.swift"),
        .init("agenda.to_follow_issued", "To follow: issued in supplementary agenda {number}", in: render + "PackView+Issue.swift"),
        .init("agenda.supplement", "Supplementary agenda {number}", "Rhaglen atodol {number}", .low,
              row: "Supplement / Supplementary agenda", in: model + "Supplement.swift"),
        .init("attachment.pages_one", "1 page", in: render + "PackView.swift"),
        .init("attachment.pages_other", "{count} pages", in: render + "PackView.swift"),
    ]

    /// Printable packs: cover, agenda, contents, items and the two appendices.
    static let packs: [LabelDefinition] = [
        .init("pack.kind.meeting", "Meeting pack", in: render + "PackView.swift"),
        .init("pack.kind.briefing", "Briefing pack", "Pecyn briffio", .medium, row: "Briefing pack", in: render + "PackView.swift"),
        .init("pack.kind.paper", "Paper", in: render + "PackView.swift"),
        .init("pack.cover.board", "Board", "Bwrdd", .high, row: "Board", in: pack),
        .init("pack.cover.date_of_issue", "Date of issue", in: pack),
        .init("pack.contents", "Contents", "Cynnwys", .high, row: "Contents", in: pack),
        // The bilingual pack (`bilingual_packs: true`), linked by name in both languages, the same
        // in each: the glossary names the two languages but has no word for "bilingual".
        .init("pack.bilingual", "Cymraeg / English", "Cymraeg / English", .high, row: "Toggle label on an English page",
              in: "(new)"),
        .init("pack.bilingual_pdf", "Cymraeg / English (PDF)", "Cymraeg / English (PDF)", .high, row: "Toggle label on an English page",
              in: "(new)"),
        .init("pages.range", "Pages {first}–{last}", "Tudalennau {first}–{last}", .medium, row: "Pages 4–7",
              in: "Sources/BoardPack/Build/PackPageNumbers.swift"),
        .init("pages.single", "Page {page}", "Tudalen {page}", .high, row: "Page", in: "Sources/BoardPack/Build/PackPageNumbers.swift"),
        .init("pages.of", "Page {page} of {pages}", "Tudalen {page} o {pages}", .medium, row: "Page N of M", in: packCSS),
        .init("item.running", "Item {number}", "Eitem {number}", .high, row: "\"Item 3\"", in: pack),
        .init("item.heading", "Item {number}: {title}", "Eitem {number}: {title}", .high, row: "\"Item 3\"", in: pack),
        // Denbighshire's heading, word for word: "Materion brys fel y'u cytunwyd gan y Cadeirydd".
        .init("item.urgent_reason", "Urgent item, taken with the chair's agreement: {reason}",
              "Materion brys fel y'u cytunwyd gan y Cadeirydd: {reason}", .high, row: "Urgent business", in: pack),
        .init("item.attachment_pdf", "{title} (PDF, {pages})", in: pack),
        .init("item.exempt_footer", "Exempt information: paragraph {paragraph} of Schedule 12A", in: render + "PackView.swift"),
        .init("appendix.points", "Appendix A: discussion points", "Atodiad A: Pwyntiau trafod", .low,
              row: "Appendix A: discussion points", in: pack),
        .init("appendix.points_empty", "No paper in this pack has discussion points.", in: pack),
        .init("appendix.back_to_point", "Back to point {number} in the paper", in: pack),
        .init("appendix.in_paper_page", "In the paper: page", in: pack),
        .init("appendix.scope", "Appendix B: territorial scope", "Atodiad B: Cwmpas tiriogaethol", .low,
              row: "Appendix B: territorial scope", in: pack),
        .init("appendix.scope_caption",
              "The nations each subject of each paper covers, with the paper’s implications for Wales", in: pack),
        .init("appendix.item_and_subject", "Item and subject", in: pack),
        .init("appendix.wales_implications", "Implications for Wales", "Goblygiadau i Gymru", .low,
              row: "Implications for Wales", in: pack),
        .init("appendix.whole_paper", "The whole paper", in: render + "PackView.swift"),
        .init("appendix.covers_yes", "Yes", in: render + "PackView.swift"),
        .init("appendix.covers_no", "No", in: render + "PackView.swift"),
        .init("appendix.no_wales_section", "The paper has no ‘Implications for Wales’ section.", in: render + "PackView.swift"),
    ]

    /// A paper's page and front sheet.
    static let papers: [LabelDefinition] = [
        .init("paper.pdf_link", "This paper as a PDF, to print", in: paper),
        .init("paper.considered_at", "Considered at", in: paper),
        .init("paper.considered_item", "{meeting}, item {item}", "{meeting}, eitem {item}", .high, row: "\"Item 3\"",
              in: assemble + "AgendaPlaces.swift"),
        .init("paper.exempt", "Exempt.", in: index),
        .init("paper.tags", "Tags:", in: front),
        // A Welsh page of a paper with no Welsh version: the glossary has no such sentence, so the
        // project's translation service gives it (labels.cy.yaml); until then it shows in English.
        .init("paper.not_translated", "This paper is not yet available in Welsh. It is shown in English.", in: "(new)"),
        // The same on an English page of a site whose main language is Welsh (`languages: [cy, en]`).
        .init("paper.not_translated_english", "This paper is not yet available in English. It is shown in Welsh.", in: "(new)"),
        .init("front.label", "Front sheet", in: front),
        .init("front.purpose", "Purpose of report", "Pwrpas yr adroddiad", .medium, row: "Purpose of report", in: front),
        .init("front.summary", "Summary", "Crynodeb", .high, row: "Summary", in: front),
        .init("front.recommendation", "Recommendation", "Argymhelliad", .high, row: "Recommendation(s)", in: render + "PaperPageView.swift"),
        .init("front.recommendations", "Recommendations", "Argymhellion", .high, row: "Recommendation(s)", in: render + "PaperPageView.swift"),
        .init("front.action", "Action", "Cam gweithredu", .medium, row: "Action(s)", in: render + "PaperPageView.swift"),
        .init("front.actions", "Actions", "Camau gweithredu", .medium, row: "Action(s)", in: render + "PaperPageView.swift"),
        .init("front.scope", "Territorial scope", "Cwmpas tiriogaethol", .low, row: "Territorial scope", in: front),
        .init("front.contact_officer", "Contact officer", "Swyddog cyswllt", .medium, row: "Contact officer", in: front),
        .init("front.contact_name", "Name", "Enw", .high, row: "Name", in: front),
        .init("front.contact_position", "Position", "Swydd", .medium, row: "Position (job title)", in: front),
        .init("front.contact_phone", "Phone no", "Rhif ffôn", .high, row: "Phone number", in: front),
        .init("front.contact_email", "Email", "E-bost", .high, row: "Email", in: front),
        .init("purpose.discussion", "For discussion.", "I'w drafod.", .low, row: "For discussion", in: model + "Paper.swift"),
        .init("purpose.decision", "For decision.", "I'w benderfynu.", .low, row: "For decision", in: model + "Paper.swift"),
        .init("purpose.information", "For information.", "Er gwybodaeth.", .high, row: "For information", in: model + "Paper.swift"),
        .init("purpose.noting", "For noting.", "I'w nodi.", .high, row: "For noting", in: model + "Paper.swift"),
        .init("background.heading", "Background papers", "Papurau cefndir", .medium, row: "Background papers", in: background),
        .init("background.none", "None.", in: background),
    ]

    /// The search page (and the words its script writes).
    static let searching: [LabelDefinition] = [
        .init("search.title", "Search papers", "Chwilio", .high, row: "Search", in: search),
        .init("search.label", "Search by title, board, date, purpose, summary or tag", in: search),
        .init("search.label_full_text", "Search the text of every paper", in: search),
        .init("search.board", "Board", "Bwrdd", .high, row: "Board", in: search),
        .init("search.all_boards", "All boards", in: search),
        .init("search.year", "Year", in: search),
        .init("search.all_years", "All years", in: search),
        .init("search.purpose", "Purpose", "Pwrpas", .medium, row: "Purpose of report", in: search),
        .init("search.all_purposes", "All purposes", in: search),
        .init("search.show_more", "Show more results", in: search),
        .init("search.papers_one", "1 paper", in: search),
        .init("search.papers_other", "{count} papers", in: render + "SearchIndex.swift"),
        .init("search.found", "{papers} found", in: search),
        .init("search.found_for", "{papers} found for “{query}”", in: search),
        .init("search.filter.discussion", "Discussion", "I'w drafod", .low, row: "For discussion", in: render + "SearchIndex.swift"),
        .init("search.filter.decision", "Decision", "I'w benderfynu", .low, row: "For decision", in: render + "SearchIndex.swift"),
        .init("search.filter.information", "Information", "Er gwybodaeth", .high, row: "For information", in: render + "SearchIndex.swift"),
        .init("search.filter.noting", "Noting", "I'w nodi", .high, row: "For noting", in: render + "SearchIndex.swift"),
    ]

    /// Incident tables and charts, and small-number suppression.
    static let data: [LabelDefinition] = [
        .init("incidents.count", "Count", "Nifer", .medium, row: "Count", in: incidents),
        .init("incidents.total", "Total", "Cyfanswm", .high, row: "Total", in: incidents),
        .init("incidents.source", "Source: {source}.", "Ffynhonnell: {source}.", .high, row: "Source", in: incidents),
        .init("incidents.caption", "{dataset}: count by {group}", in: render + "IncidentSummaryView.swift"),
        .init("incidents.selected_by", "selected by {field}", in: render + "IncidentSummaryView.swift"),
        .init("incidents.suppression_note",
              "Counts from 1 to {largest} are shown as \"fewer than {threshold}\", and where one could be worked out from the total, "
                  + "another count is hidden too.", in: render + "IncidentSummaryView.swift"),
        .init("chart.description", "Bar chart. {bars}.", in: render + "IncidentSummaryView.swift"),
        .init("suppression.fewer_than", "fewer than {count}", "llai na {count}", .high, row: "Fewer than 5", in: assemble + "Suppression.swift"),
        // Welsh writes "nag" before a vowel sound: the glossary's cases are 1 and 11 ("llai nag 1", "llai nag 11").
        .init("suppression.fewer_than_vowel", "fewer than {count}", "llai nag {count}", .high, row: "Fewer than 5",
              in: assemble + "Suppression.swift"),
        .init("suppression.withheld", "withheld", "wedi'i atal", .medium, row: "Withheld (suppressed value)", in: assemble + "Suppression.swift"),
    ]

    /// Which nations a paper covers: front sheets and the packs' Appendix B.
    static let scope: [LabelDefinition] = [
        .init("nation.england", "England", "Lloegr", .high, row: "England", in: model + "Paper.swift"),
        .init("nation.wales", "Wales", "Cymru", .high, row: "Wales", in: model + "Paper.swift"),
        .init("nation.scotland", "Scotland", "Yr Alban", .high, row: "Scotland", in: model + "Paper.swift"),
        .init("nation.northern_ireland", "Northern Ireland", "Gogledd Iwerddon", .high, row: "Northern Ireland", in: model + "Paper.swift"),
        .init("scope.only", "{nation} only", "{nation} yn unig", .medium, row: "covers England only", in: assemble + "ScopeNote.swift"),
        // Welsh puts Wales first; the order is fixed, so this pair has its own label.
        .init("scope.england_and_wales", "England and Wales", "Cymru a Lloegr", .high, row: "covers England and Wales",
              in: assemble + "ScopeNote.swift"),
        // The row's own sentence, "Yn gymwys o ran Lloegr yn unig", with the paper's extent in it.
        .init("scope.paper_covers", "This paper covers {extent}.", "Yn gymwys o ran {extent}.", .medium, row: "covers England only",
              in: assemble + "ScopeNote.swift"),
        .init("scope.no_nation", "no nation", in: assemble + "ScopeNote.swift"),
        .init("scope.all_nations", "all four UK nations (England, Wales, Scotland and Northern Ireland)", in: assemble + "ScopeNote.swift"),
        .init("scope.subject_the", "The {subject}", in: assemble + "ScopeNote.swift"),
        .init("scope.item_covers", "{items} covers {extent}.", in: assemble + "PackAssembler.swift"),
        .init("scope.items_cover", "{items} cover {extent}.", in: assemble + "PackAssembler.swift"),
        .init("scope.item_mixed", "{items} covers different nations for different subjects, as set out below.", in: assemble + "PackAssembler.swift"),
        .init("scope.items_mixed", "{items} cover different nations for different subjects, as set out below.", in: assemble + "PackAssembler.swift"),
        .init("scope.uncovered", "No item covers {nations}.", in: assemble + "PackAssembler.swift"),
        .init("scope.item_one", "Item {number}", "Eitem {number}", .high, row: "\"Item 3\"", in: assemble + "PackAssembler.swift"),
        .init("scope.items_many", "Items {list}", in: assemble + "PackAssembler.swift"),
    ]

    /// The Atom feed and the meetings calendar.
    static let feeds: [LabelDefinition] = [
        .init("feed.supplement_summary", "Issues the papers to follow: {items}.", in: render + "SupplementEntry.swift"),
        .init("feed.supplement_item", "item {number}, {title}", in: render + "SupplementEntry.swift"),
        // As the Senedd labels a meeting ("Cyfarfod: 11/07/2023 - Y Pwyllgor Busnes"): the noun, then the
        // board's name as written ("Y Pwyllgor Busnes" keeps its capital; no mutation to work out).
        .init("calendar.board_meetings", "{board} meetings", "Cyfarfodydd: {board}", .high, row: "Meeting", in: render + "MeetingCalendar.swift"),
        .init("calendar.meeting", "{board} meeting", "Cyfarfod: {board}", .high, row: "Meeting", in: render + "MeetingCalendar.swift"),
        .init("calendar.agenda", "Agenda:", "Rhaglen:", .high, row: "Agenda", in: render + "MeetingCalendar.swift"),
        .init("calendar.issued", "{title} issued {date}.", in: render + "MeetingCalendar.swift"),
    ]

    /// The sentences about the law (`site.yaml`'s `wording:` overrides them in the main language).
    static let statutory: [LabelDefinition] = [
        .init("statutory.exempt_notice", StatutoryWording.standard.exemptNotice,
              "Nid i'w gyhoeddi yn rhinwedd paragraff {paragraph} Rhan {part}, Atodlen 12A Deddf Llywodraeth Leol 1972.", .low,
              row: "\"Not for publication by virtue of paragraph 3 of Part 4 of Schedule 12A to the Local Government Act 1972\"",
              in: model + "StatutoryWording.swift"),
        .init("statutory.public_interest_label", StatutoryWording.standard.publicInterestLabel, "Prawf budd y cyhoedd:", .high,
              row: "Public interest test", in: model + "StatutoryWording.swift"),
        .init("statutory.exclusion_title", StatutoryWording.standard.exclusionTitle, "Cau allan y wasg a'r cyhoedd", .high,
              row: "Exclusion of the press and public", in: model + "StatutoryWording.swift"),
        .init("statutory.exclusion_resolution", StatutoryWording.standard.exclusionResolution, in: model + "StatutoryWording.swift"),
        .init("statutory.paragraph_cited", "Paragraph {paragraph}: {description}", in: model + "Paper.swift"),
        .init("statutory.paragraph_one", "paragraph {number}", in: model + "StatutoryWording.swift"),
        .init("statutory.paragraph_many", "paragraphs {list} and {last}", in: model + "StatutoryWording.swift"),
    ]

    /// The definition of `key`, if it is one.
    public static func definition(_ key: String) -> LabelDefinition? { byKey[key] }

    private static let byKey: [String: LabelDefinition] = Dictionary(all.map { ($0.key, $0) }) { first, _ in first }

    /// Keys whose Welsh the glossary does not give: a Welsh build needs them from the project.
    public static var keysWithoutWelsh: [String] { all.filter { $0.welsh == nil && !englishPagesOnly.contains($0.key) }.map(\.key) }
}
