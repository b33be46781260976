/// The contents' page numbers written into a pack before it is printed, once a first layout has
/// said where each item starts and ends: "Page 7" for a one-page item, "Pages 4–7" for more.
/// CSS alone can print only "Pages 7–7".
enum PackPageNumbers {
    static let opening = ##"<span class="pages">Pages <a class="page-from" href="#"##

    static func fill(_ html: String, pages: [String: Int]) -> String {
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: opening) {
            result += rest[..<start.lowerBound]
            let anchor = rest[start.upperBound...].prefix { $0 != "\"" }
            guard let end = rest[start.upperBound...].range(of: "</span>"),
                let first = pages[String(anchor)], let last = pages[anchor + "-end"]
            else {
                result += rest[start]
                rest = rest[start.upperBound...]
                continue
            }
            result += #"<span class="pages">"# + text(first, max(first, last)) + "</span>"
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    static func text(_ first: Int, _ last: Int) -> String {
        first == last ? "Page \(first)" : "Pages \(first)–\(last)"
    }
}
