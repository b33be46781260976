extension FrontSheetHTML {
    /// Renders the summary, recommendations and actions in one turn of the parse lock.
    public init(_ sheet: FrontSheet, options: MarkdownOptions) {
        let html = Markdown.inlineHTML(all: [sheet.summary] + sheet.recommendations + sheet.actions, options: options)
        self.init(
            summary: html[0], recommendations: Array(html[1...sheet.recommendations.count]),
            actions: Array(html.suffix(sheet.actions.count)))
    }
}
