/// Discussion points take the number of the item they belong to: 1.1, 1.2 for a paper on its own,
/// 4.1, 4.2 for agenda item 4 of a meeting pack.
public struct NumberedPoint: Sendable, Hashable {
    public var number: String
    public var anchor: String
    public var point: DiscussionPoint
}

public enum DiscussionNumbering {
    public static func number(_ points: [DiscussionPoint], item: Int, idPrefix: String = "") -> [NumberedPoint] {
        points.map { point in
            NumberedPoint(number: "\(item).\(point.index)", anchor: "\(idPrefix)point-\(item)-\(point.index)", point: point)
        }
    }
}
