/// URL- and id-safe names made from titles.
public enum Slug {
    public static func make(_ text: String, fallback: String) -> String {
        // Made in bytes: the slug is ASCII, and appending scalars one by one to a String cost more
        // than the rest of a heading's anchor.
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let lowered = ("A"..."Z").contains(scalar) ? scalar.value + 32 : scalar.value
            if (0x61...0x7A).contains(lowered) || (0x30...0x39).contains(lowered) {
                if pendingHyphen, !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                slug.append(UInt8(truncatingIfNeeded: lowered))
                pendingHyphen = false
            } else if scalar != "'" && scalar != "’" {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? fallback : String(decoding: slug, as: UTF8.self)
    }
}
