/// The files `boardpack new` writes: every field present, each with a comment saying what it is and
/// what it takes, filled with placeholders that are valid so that the new file builds straight away.
extension ProjectScaffold {
    /// A paper for `board` (nil: site.yaml could not be read) on `date`.
    public static func newPaper(
        name: String, board: String?, date: CalendarDate, jurisdiction: Jurisdiction = .england
    ) -> String {
        let example = jurisdiction == .england ? "3" : "14"
        let paragraphs = jurisdiction == .england ? "1 to 7 of Part 1" : "12 to 18 (18A-18C for standards committees) of Part 4"
        return """
        ---
        # The title of the paper, shown on its front sheet, in the index and in packs. Any text;
        # quote it if it contains ': '.
        title: \(yamlValue(title(from: name)))
        # The board the paper goes to: the id of a board in content/site.yaml.
        \(boardLine(board))
        # The date of the meeting the paper goes to: a real date, YYYY-MM-DD.
        date: \(date)
        # Why the paper comes to the board: discussion | decision | information | noting.
        purpose: discussion
        # The summary on the front sheet. Text (Markdown allowed); '>' joins the lines below into one paragraph.
        summary: >
          One or two sentences saying what the paper is about and what it asks the board to do.
        # What the board is asked to do: a list, at least one.
        recommendations:
          - That the Board notes the paper and discusses the points it raises.
        # What follows from the meeting (optional): a list.
        actions:
          - Officers to follow up as directed by the Board.
        # The contact officer.
        contact:
          name: A. N. Officer               # the officer's name
          position: Policy Adviser          # their job title
          phone: "01632 960000"             # in quotes, so that it stays as written
          email: a.officer@example.org      # an email address
        # The territorial extent: each subject with its nations (england, wales, scotland, northern-ireland),
        # or one extent for the whole paper, such as 'scope: england' or 'scope: [england, wales]'.
        scope:
          - subject: The subject of the paper
            nations: [england, wales]
        # Exempt from publication: false, or the paragraph of Schedule 12A to the Local Government Act
        # 1972 (\(paragraphs)) and why the public interest in keeping it exempt outweighs
        # the public interest in disclosing it. Public outputs then show only the title, the notice, the
        # paragraph's words and that reason. For example:
        # exempt: { paragraph: \(example), public-interest: "Publishing the bids would harm the tender." }
        exempt: false
        # The datasets (files in content/data/) that the body embeds with an incidents block,
        # such as [incidents-2024-25]; [] for none.
        datasets: []
        # Topics for briefing packs, the index and search: a list of short words.
        tags: [\(name.lowercased())]
        # The documents the report relied on (section 100D of the Local Government Act 1972): none,
        # or a list of '- title: …' with an optional 'link: https://…'. Exempt documents need not be listed.
        background-papers: none
        ---

        ## Background

        Say what has led to this paper. Leave a blank line between paragraphs: boardpack numbers
        them for you, so do not type numbers.

        To put a summary of a dataset here, add its id to 'datasets' above and a fenced block
        whose info string is 'incidents', with the lines 'dataset: <id>', 'group-by: category'
        and 'chart: bar'.

        ## Discussion

        Members may wish to discuss:

        1. The first question for the Board
        2. The second question for the Board

        ## Implications for Wales

        Say whether and how the paper applies in Wales, even if only to say that it covers England only.

        ## Financial Implications

        Say what the paper costs, or that there are no financial implications.

        """
    }

    /// A meeting of `board` on `date`, with `papers` (slugs) on its agenda.
    public static func newMeeting(name: String, board: String?, date: CalendarDate, papers: [String] = []) -> String {
        let paperItems = papers.isEmpty
            ? "  # - paper: a-paper-slug            # a paper by its file name without .md; a paper goes to one meeting\n"
            : papers.map { "  - paper: \(yamlValue($0))\n" }.joined()
        return """
            # The board that meets: the id of a board in content/site.yaml.
            \(boardLine(board))
            # The date of the meeting: a real date, YYYY-MM-DD. Its papers should carry the same date.
            date: \(date)
            # The start time on a 24-hour clock, in quotes.
            time: "10:00"
            # Where the meeting takes place.
            venue: Council Chamber
            # The day the agenda was published, YYYY-MM-DD: the law asks for clear days of notice
            # before the meeting (England 5, Wales 3).
            # published: \(date)
            # The agenda, in order; items are numbered 1, 2, 3 ... Each item is either
            # '- title: ...' (an item with no paper) or '- paper: slug' (a paper in content/papers/).
            # An item the chair agreed to take although it was not on the published agenda adds
            # 'urgent: "the special circumstances"'; a paper not ready when the agenda was published adds
            # 'to-follow: true'. Before the first exempt paper the agenda shows the resolution to
            # exclude the press and public (section 100A(4)) by itself.
            items:
              - title: Welcome, apologies and declarations of interest
              - title: Minutes of the previous meeting
            \(paperItems)  - title: Any other business
            # Supplementary agendas, issued later with the papers that were to follow:
            # supplements:
            #   - published: YYYY-MM-DD
            #     papers: [a-paper-slug]

            """
    }

    /// A dataset whose period is the financial year (April to March) that `date` falls in, with one
    /// record in `category` (nil: site.yaml could not be read, or names no categories).
    public static func newDataset(name: String, category: String?, date: CalendarDate) -> String {
        let startYear = date.month >= 4 ? date.year : date.year - 1
        let from = CalendarDate(year: startYear, month: 4, day: 1).map(\.description) ?? "\(date)"
        let to = CalendarDate(year: startYear + 1, month: 3, day: 31).map(\.description) ?? "\(date)"
        let categoryLine = category.map { "category: \(yamlValue($0))            # required: a key of 'categories' in site.yaml" }
            ?? "category: category-key          # required: replace with a key of 'categories' in content/site.yaml"
        return """
            # The dataset's title, shown under every table and chart made from it.
            title: \(yamlValue(title(from: name)))
            # Where the figures come from, shown under every table and chart.
            source: Returns from council community safety teams
            # The period the records cover: from and to, both YYYY-MM-DD.
            period: { from: \(from), to: \(to) }
            # Public outputs show counts from 1 to this number less one as "fewer than N"; 1 publishes every count.
            suppress-below: 5
            # Papers may count records by nation, category and the month or year of the date. To count
            # by another field, list it here: its values are then shown in public. Never list a field
            # that names a person or tells one record from another.
            # public-fields: [region]
            # The records: one per incident, or one per group of incidents with 'count'.
            # Records and their summaries never appear in public outputs: only counts do.
            incidents:
              - id: INC-0001                    # required: unique within the dataset
                date: \(date)                # YYYY-MM-DD; needed to group by month
                council: Example Council        # where it took place
                region: North West              # any text
                nation: england                 # required: england | wales | scotland | northern-ireland
                \(categoryLine)
                severity: 3                     # 1 (least) to 5 (most serious)
                count: 1                        # how many incidents the record stands for (default 1)
                summary: A short description    # never published in public outputs
                tags: [example]                 # a list of short words
                # Any other field (force: Gwent) can be named in filter, and in group-by once in public-fields.

            """
    }

    private static func boardLine(_ board: String?) -> String {
        guard let board else {
            return "board: board-id                 # replace with the id of a board in content/site.yaml (none could be read)"
        }
        return "board: \(yamlValue(board))"
    }
}
