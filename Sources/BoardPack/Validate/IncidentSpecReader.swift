import Yams

/// What an ```` ```incidents ```` block asks for: which dataset, grouped by what, filtered how.
public struct IncidentSpec: Sendable, Hashable {
    public enum Chart: String, Sendable, Hashable, CaseIterable {
        case bar, none
    }

    public struct Filter: Sendable, Hashable {
        public var field: Located<String>
        public var value: String
    }

    public var dataset: Located<String>
    public var groupBy: Located<String>
    public var filters: [Filter]
    public var chart: Chart
    /// An optional caption; the default names the dataset and the grouping.
    public var title: String?

    public var query: SummaryQuery {
        SummaryQuery(groupBy: groupBy.value, filter: Dictionary(filters.map { ($0.field.value, $0.value) }) { first, _ in first })
    }
}

/// Reads the YAML inside an incidents block, located in the paper's file.
public enum IncidentSpecReader {
    static let knownFields = ["dataset", "group-by", "filter", "chart", "title"]

    public static func read(_ block: IncidentBlockSource, path: String) -> (IncidentSpec?, [Diagnostic]) {
        let context = YAMLContext(path: path, firstLine: block.line + 1)
        let fenceLocation = SourceLocation(path: path, line: block.line, column: 1)
        var diagnostics: [Diagnostic] = []
        let root: Node?
        switch YAMLSource.compose(block.text, context: context) {
        case let .success(node): root = node
        case let .failure(diagnostic): return (nil, [diagnostic])
        }
        guard let root, case let .mapping(mapping) = root else {
            return (nil, [.error("an incidents block needs at least 'dataset:' and 'group-by:' lines", at: fenceLocation)])
        }
        var fields = Fields(mapping, context: context, owner: "the incidents block", ownerLocation: fenceLocation)
        let dataset = fields.string("dataset").map { Located($0, at: fields.location("dataset")) }
        let groupBy = fields.string("group-by").map { Located($0, at: fields.location("group-by")) }
        let chart = fields.choice("chart", of: IncidentSpec.Chart.self, required: false) ?? .bar
        let title = fields.string("title", required: false)
        var filters: [IncidentSpec.Filter] = []
        if let node = fields.node("filter"), !Fields.isNull(node) {
            if case let .mapping(filterMapping) = node {
                for (key, value) in filterMapping {
                    guard let name = key.scalar?.string, let text = Fields.scalarText(value) else {
                        fields.error("each filter is written 'field: value', e.g. filter: { nation: england }", at: value)
                        continue
                    }
                    filters.append(IncidentSpec.Filter(field: Located(name, at: context.location(of: key)), value: text.trimmed))
                }
            } else {
                fields.error("'filter' is written { field: value }, e.g. filter: { nation: england }", at: node)
            }
        }
        fields.warnAboutUnknownFields(known: knownFields, deciding: ["group-by"])
        diagnostics += fields.diagnostics
        guard let dataset, let groupBy, !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (IncidentSpec(dataset: dataset, groupBy: groupBy, filters: filters, chart: chart, title: title), diagnostics)
    }
}
