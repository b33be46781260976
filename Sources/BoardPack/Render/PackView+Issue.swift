/// How an agenda item was issued, as packs and meeting pages show it: an urgent item with the
/// chair's reason, and a paper to follow with the supplement that issued it.
extension PackView {
    static func issueValues(_ item: PackItem) -> [String: Any] {
        compact(["urgent": item.urgent, "toFollow": item.toFollow.map(toFollowText)])
    }

    /// "To follow", then "To follow: issued in supplementary agenda 1" once a supplement issues it.
    static func toFollowText(_ supplement: Int) -> String {
        supplement > 0 ? "To follow: issued in supplementary agenda \(supplement)" : "To follow"
    }
}
