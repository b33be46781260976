/// The example project's incident dataset: twelve made-up records over one financial year, in the
/// categories of the example site.yaml. Hate crime has five, so the table shows both a count and a
/// suppressed "fewer than 5".
enum ExampleDataset {
    private struct Record {
        var date: String
        var council: String
        var nation: String
        var category: String
        var severity: Int
        var summary: String
        var tags: String
    }

    private static let exampleshire = "Exampleshire County Council"
    private static let enghraifft = "Sir Enghraifft County Council"

    private static let records: [Record] = [
        Record(date: "2023-04-18", council: exampleshire, nation: "england", category: "hate-crime", severity: 3,
               summary: "Graffiti on the wall of a community centre", tags: "[graffiti]"),
        Record(date: "2023-05-02", council: exampleshire, nation: "england", category: "intimidation", severity: 2,
               summary: "A councillor followed home after a ward surgery", tags: "[councillors]"),
        Record(date: "2023-06-21", council: enghraifft, nation: "wales", category: "community-tension", severity: 2,
               summary: "Protest outside a hotel housing asylum seekers", tags: "[protest, asylum]"),
        Record(date: "2023-07-09", council: exampleshire, nation: "england", category: "hate-crime", severity: 4,
               summary: "Verbal abuse of a family at a bus stop", tags: "[public-transport]"),
        Record(date: "2023-08-30", council: exampleshire, nation: "england", category: "online-abuse", severity: 2,
               summary: "Threatening messages sent to a parish council's social media account", tags: "[social-media]"),
        Record(date: "2023-09-14", council: enghraifft, nation: "wales", category: "hate-crime", severity: 3,
               summary: "Leaflets targeting a faith community left in a car park", tags: "[leaflets, faith]"),
        Record(date: "2023-10-05", council: exampleshire, nation: "england", category: "intimidation", severity: 3,
               summary: "Abusive letters sent to a councillor's home", tags: "[councillors]"),
        Record(date: "2023-11-11", council: exampleshire, nation: "england", category: "misinformation", severity: 1,
               summary: "A false rumour about a new housing development shared locally", tags: "[social-media, housing]"),
        Record(date: "2023-12-02", council: exampleshire, nation: "england", category: "hate-crime", severity: 2,
               summary: "Stickers with a hostile slogan on lamp posts", tags: "[stickers]"),
        Record(date: "2024-01-19", council: enghraifft, nation: "wales", category: "intimidation", severity: 2,
               summary: "A councillor shouted at during a public meeting", tags: "[councillors, meetings]"),
        Record(date: "2024-02-27", council: exampleshire, nation: "england", category: "community-tension", severity: 2,
               summary: "Counter-protests at a planning committee", tags: "[protest, planning]"),
        Record(date: "2024-03-15", council: exampleshire, nation: "england", category: "hate-crime", severity: 3,
               summary: "Damage to the windows of a place of worship", tags: "[faith, criminal-damage]"),
    ]

    static var text: String {
        let header = """
            # An example incident dataset. Every council, incident and figure in it is made up.
            title: Incidents of community tension reported in Exampleshire, 2023-24
            source: Returns from community safety teams (example data)
            period: { from: 2023-04-01, to: 2024-03-31 }
            suppress-below: 5                 # public outputs show counts 1 to 4 as "fewer than 5"
            incidents:

            """
        let entries = records.enumerated().map { index, record in
            let number = String(index + 1)
            return """
                  - id: EX-\(String(repeating: "0", count: 4 - number.count) + number)
                    date: \(record.date)
                    council: \(record.council)
                    region: \(record.nation == "wales" ? "Mid Wales" : "West Midlands")
                    nation: \(record.nation)
                    category: \(record.category)
                    severity: \(record.severity)
                    summary: \(record.summary)
                    tags: \(record.tags)

                """
        }
        return header + entries.joined()
    }
}
