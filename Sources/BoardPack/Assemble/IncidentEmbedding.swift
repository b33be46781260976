import Foundation

/// Puts each incidents block's rendered summary where the block stood in the paper's body.
public enum IncidentEmbedding {
    /// `render` turns a summary's view model into HTML (the `incidents` template).
    public static func embed(
        _ paper: Paper, datasets: [String: IncidentDataset], labels: GroupLabels, idPrefix: String = "",
        render: ([String: Any]) -> String
    ) -> PaperBody {
        var body = paper.body
        var summaries: [Int: String] = [:]
        for (block, spec) in zip(body.incidentBlocks, paper.incidentSpecs) {
            // Validation refuses other groupings; this keeps records out whatever reaches here.
            guard let spec, let dataset = datasets[spec.dataset.value], dataset.groupable.contains(spec.groupBy.value) else { continue }
            let id = "\(idPrefix)incidents-\(block.index + 1)"
            summaries[block.index] = render(IncidentSummaryView.context(spec: spec, dataset: dataset, labels: labels, id: id))
        }
        guard !summaries.isEmpty else { return body }
        body.htmlBeforePoints = substitute(summaries, in: body.htmlBeforePoints)
        body.htmlAfterPoints = substitute(summaries, in: body.htmlAfterPoints)
        return body
    }

    /// One pass over the HTML, so that a paper with thousands of blocks takes linear time.
    static func substitute(_ summaries: [Int: String], in html: String) -> String {
        let pieces = ByteText.split(html, at: "<!--boardpack:incidents:")
        guard pieces.count > 1 else { return html }
        var result = pieces[0]
        for piece in pieces.dropFirst() {
            guard let close = piece.range(of: "-->\n"), let index = Int(piece[..<close.lowerBound]),
                let summary = summaries[index]
            else {
                result += "<!--boardpack:incidents:" + piece
                continue
            }
            result += summary + piece[close.upperBound...]
        }
        return result
    }
}
