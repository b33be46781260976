import Foundation

/// What the adviser gives on the command line because a Word paper does not hold it in a form
/// boardpack can trust: the board, the meeting's date and the nations the paper covers.
public struct ImportSettings: Sendable, Hashable {
    public var board: String?
    public var date: CalendarDate?
    public var scope: [Nation]?

    public init(board: String? = nil, date: CalendarDate? = nil, scope: [Nation]? = nil) {
        self.board = board
        self.date = date
        self.scope = scope
    }
}

extension ImportSettings {
    /// The settings as typed on the command line; throws a message saying what to type instead.
    public init(board: String?, date: String?, scope: String?) throws(EnvironmentError) {
        var day: CalendarDate?
        if let date {
            guard let parsed = CalendarDate(iso: date) else {
                throw EnvironmentError(description: "--date must be a real date written YYYY-MM-DD, such as 2025-06-11 (found \"\(date)\")")
            }
            day = parsed
        }
        var nations: [Nation]?
        if let scope {
            var list: [Nation] = []
            for word in scope.split(separator: ",") {
                let key = word.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "-")
                guard let nation = Nation(rawValue: key) else {
                    throw EnvironmentError(description:
                        "--scope takes nations separated by commas, from england, wales, scotland, northern-ireland (found \"\(word)\")"
                            + Suggestion.didYouMean(key, among: Nation.allCases.map(\.rawValue)))
                }
                if !list.contains(nation) { list.append(nation) }
            }
            guard !list.isEmpty else { throw EnvironmentError(description: "--scope needs at least one nation, such as england,wales") }
            nations = list.sorted()
        }
        let trimmedBoard = board?.trimmingCharacters(in: .whitespaces)
        if let trimmedBoard, trimmedBoard.isEmpty { throw EnvironmentError(description: "--board needs a board id from site.yaml, such as sscb") }
        self.init(board: trimmedBoard, date: day, scope: nations)
    }
}
