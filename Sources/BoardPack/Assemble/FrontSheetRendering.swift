extension FrontSheetHTML {
    /// Renders the summary, recommendations and actions in one turn of the parse lock.
    public init(_ sheet: FrontSheet, options: MarkdownOptions) {
        self.init(sheet, html: Markdown.inlineHTML(all: Self.markdown(of: sheet), options: options))
    }

    /// From the texts of `markdown(of:)` already parsed, in that order (`PaperReader` parses them
    /// with the body, under one turn of the lock).
    init(_ sheet: FrontSheet, documents: some Sequence<MarkdownDocument>) {
        self.init(sheet, html: Markdown.inlineHTML(of: documents))
    }

    /// The front sheet's Markdown texts: the summary, then the recommendations, then the actions.
    static func markdown(of sheet: FrontSheet) -> [String] {
        [sheet.summary] + sheet.recommendations + sheet.actions
    }

    private init(_ sheet: FrontSheet, html: [String]) {
        self.init(
            summary: html[0], recommendations: Array(html[1...sheet.recommendations.count]),
            actions: Array(html.suffix(sheet.actions.count)))
    }
}
