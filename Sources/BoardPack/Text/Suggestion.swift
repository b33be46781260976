/// "Did you mean …?" for misspelt names, by edit distance.
public enum Suggestion {
    public static func didYouMean(_ text: String, among candidates: [String]) -> String {
        let lowered = text.lowercased()
        let best = candidates
            .map { ($0, distance(lowered, $0.lowercased())) }
            .filter { $0.1 <= max(2, $0.0.count / 3) }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }
        return best.map { "; did you mean '\($0.0)'?" } ?? ""
    }

    /// A choice as people type it on a front sheet ("For discussion.") reduced to the word itself.
    static func bareChoice(_ text: String) -> String {
        var word = text.trimmed.lowercased()
        if word.hasSuffix(".") { word.removeLast() }
        if word.hasPrefix("for ") { word.removeFirst(4) }
        return word.trimmed
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
