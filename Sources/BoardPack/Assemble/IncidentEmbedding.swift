/// Puts each incidents block's rendered summary where the block stood in the paper's body.
public enum IncidentEmbedding {
    /// `render` turns a summary's view model into HTML (the `incidents` template).
    public static func embed(
        _ paper: Paper, datasets: [String: IncidentDataset], labels: GroupLabels, idPrefix: String = "",
        render: ([String: Any]) -> String
    ) -> PaperBody {
        var body = paper.body
        for (block, spec) in zip(body.incidentBlocks, paper.incidentSpecs) {
            // Validation refuses other groupings; this keeps records out whatever reaches here.
            guard let spec, let dataset = datasets[spec.dataset.value], dataset.groupable.contains(spec.groupBy.value) else { continue }
            let id = "\(idPrefix)incidents-\(block.index + 1)"
            let html = render(IncidentSummaryView.context(spec: spec, dataset: dataset, labels: labels, id: id))
            let marker = block.marker + "\n"
            body.htmlBeforePoints = ByteText.replace(marker, with: html, in: body.htmlBeforePoints)
            body.htmlAfterPoints = ByteText.replace(marker, with: html, in: body.htmlAfterPoints)
        }
        return body
    }
}
