/// The example project `boardpack init` writes: a made-up county council whose community safety
/// committee receives a paper on community tension, with the dataset it embeds.
/// The paper, meeting and dataset agree on board, dates and categories, so it builds with no warnings.
enum ExampleProject {
    /// site.yaml for a council in `jurisdiction`.
    static func site(jurisdiction: Jurisdiction) -> String {
        site.replacingOccurrences(of: "jurisdiction: england ", with: "jurisdiction: \(jurisdiction.rawValue) ")
    }

    static let site = """
        # Site settings. Every page, pack and feed takes its title, organisation and language from here.
        # Exampleshire is a made-up council: replace these with your own.
        title: Exampleshire County Council committee papers
        organisation: Exampleshire County Council
        base-url: https://example.org/papers/         # where the site will be published, ending in /
        language: en-GB                               # the language of the content, for screen readers
        # The law the council publishes under: england or wales. It decides the paragraphs of Schedule 12A
        # that exempt papers cite (England: Part 1, 1-7; Wales: Part 4, 12-18) and the agenda's notice.
        jurisdiction: england                         # or wales
        # The council's own words for the sentences about the law may replace boardpack's, e.g.
        # wording:
        #   exempt-notice: "Not for publication: paragraph {paragraph} of Part {part} of Schedule 12A."
        boards:                                       # papers and meetings name a board by its id
          - id: communities
            name: Safer and Stronger Communities Committee
          - id: cabinet
            name: Cabinet
        categories:                                   # dataset categories: key, then the label readers see
          hate-crime: Hate crime
          intimidation: Abuse and intimidation of councillors
          community-tension: Protest and community tension
          online-abuse: Online abuse
          misinformation: Misinformation

        """

    static let paper = """
        ---
        title: "Community tension monitoring: the first year"
        board: communities
        date: 2024-06-12
        purpose: discussion
        summary: >
          In April 2023 the Council and its partners began recording incidents of community tension
          in a common way. This paper reports what the first year's returns show and asks members
          how the monitoring should develop. Every name and figure in it is made up.
        recommendations:
          - That the Committee notes the first year's returns.
          - That the Committee discusses the questions set out in the paper and agrees priorities for 2024-25.
        actions:
          - Officers to report the second year's returns to the Committee in June 2025.
        contact:
          name: Alex Example
          position: Community Safety Officer
          phone: "01632 960123"
          email: alex.example@example.org
        scope:
          - subject: The monitoring of incidents in Exampleshire
            nations: [england]
          - subject: The cross-border information-sharing agreement
            nations: [england, wales]
        exempt: false
        datasets: [example-incidents]
        tags: [community-tension, hate-crime, data]
        background-papers:
          - title: Community tension information-sharing agreement, April 2023
            link: https://example.org/documents/information-sharing-agreement
        ---

        ## Background

        In April 2023 the Council, Exampleshire Police and our neighbour across the border, Sir
        Enghraifft County Council, agreed to record incidents of community tension in the same way, so
        that patterns could be seen on both sides of the border. Community safety teams send officers a
        return each month.

        This is the first annual report. The numbers are small and a single event can move them, so
        they are a guide to where to look rather than a measure of change.

        ## The first year's returns

        Twelve incidents were recorded between April 2023 and March 2024. Hate crime was the largest
        category; abuse and intimidation of councillors came next.

        ```incidents
        dataset: example-incidents
        group-by: category
        chart: bar
        title: Incidents of community tension by category, 2023-24
        ```

        Counts below five are shown as "fewer than 5", so that nobody involved can be identified.

        ## Discussion

        Officers would welcome members' views on how the monitoring should develop. Members may wish
        to discuss:

        1. Whether the categories we record match what councillors hear about in their wards
        2. How the returns should be shared with schools, faith groups and other partners
        3. What support councillors need when they are themselves the target of abuse or intimidation

        ## Implications for Wales

        The monitoring covers Exampleshire, in England. Under the information-sharing agreement, returns
        from Sir Enghraifft County Council are included so that tensions which cross the border are
        seen; the Welsh council reports them to its own committees.

        ## Financial Implications

        The monitoring is carried out within existing budgets.

        """

    static let meeting = """
        # A meeting of the board 'communities' (see site.yaml). Agenda items are numbered in this order.
        board: communities
        date: 2024-06-12
        time: "10:00"
        venue: Council Chamber, County Hall, Exampletown
        items:
          - title: Welcome, apologies, substitutes and declarations of interest
          - title: Minutes of the previous meeting
          - paper: example-paper
          - title: Date of the next meeting
          - title: Any other business

        """

    static let briefingPack = """
        # A briefing pack: papers chosen by name and by tag, for an audience rather than a meeting.
        title: "Community tension: briefing for new councillors"
        intro: |
          This pack brings together the Committee's papers on community tension, for councillors new
          to the subject. Each paper keeps its own paragraph numbers.
        papers: [example-paper]
        tags: [community-tension]

        """

    static let gitignore = """
        # What boardpack builds: made again from content/ by `boardpack build`.
        _site/
        .boardpack-cache/

        """
}
