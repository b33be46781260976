/// Assembles each incidents block of a paper: the counts it asks for, by block index, and the
/// body's HTML split into parts at the blocks, so that Render places each summary in order.
public enum IncidentEmbedding {
    /// The summaries of the paper's valid blocks; `idPrefix` prefixes each figure's id (in a pack).
    public static func summaries(
        _ paper: Paper, datasets: [String: IncidentDataset], labels: GroupLabels, idPrefix: String = ""
    ) -> [Int: EmbeddedSummary] {
        var summaries: [Int: EmbeddedSummary] = [:]
        for (block, spec) in zip(paper.body.incidentBlocks, paper.incidentSpecs) {
            // Validation refuses other groupings; this keeps records out whatever reaches here.
            guard let spec, let dataset = datasets[spec.dataset.value], dataset.groupable.contains(spec.groupBy.value) else { continue }
            summaries[block.index] = EmbeddedSummary(spec: spec, dataset: dataset, labels: labels, id: "\(idPrefix)incidents-\(block.index + 1)")
        }
        return summaries
    }

    /// The marker cmark's output holds where an incidents block stood (`<!--boardpack:incidents:N-->`
    /// and a line break): the body is split there, in one pass, so that a paper with thousands of
    /// blocks takes linear time. A marker without a summary stays as it is.
    public static func parts<Summary>(_ html: String, summaries: [Int: Summary]) -> [Part<Summary>] {
        let pieces = ByteText.split(html, at: marker)
        guard pieces.count > 1, !summaries.isEmpty else { return [.html(html)] }
        var parts: [Part<Summary>] = []
        var text = pieces[0]
        for piece in pieces.dropFirst() {
            guard let close = piece.range(of: "-->\n"), let index = Int(piece[..<close.lowerBound]),
                let summary = summaries[index]
            else {
                text += marker + piece
                continue
            }
            parts.append(.html(text))
            parts.append(.summary(summary))
            text = String(piece[close.upperBound...])
        }
        parts.append(.html(text))
        return parts
    }

    /// A piece of the body: HTML as cmark wrote it, or a block's summary, placed where it stood.
    public enum Part<Summary> {
        case html(String)
        case summary(Summary)
    }

    static let marker = "<!--boardpack:incidents:"
}
