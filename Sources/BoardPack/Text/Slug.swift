/// URL- and id-safe names made from titles.
public enum Slug {
    public static func make(_ text: String, fallback: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let lowered = ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
            if ("a"..."z").contains(lowered) || ("0"..."9").contains(lowered) {
                if pendingHyphen, !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(lowered)
                pendingHyphen = false
            } else if scalar != "'" && scalar != "’" {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? fallback : slug
    }
}
