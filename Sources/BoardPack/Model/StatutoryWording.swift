import Foundation

/// Every fixed sentence boardpack prints about the law. A council's constitution often has its own
/// words for them, so `site.yaml` may replace each one (`wording:`); `{name}` placeholders are
/// filled in from the item.
public struct StatutoryWording: Sendable, Hashable {
    public var exemptNotice: String
    public var publicInterestLabel: String
    public var exclusionTitle: String
    public var exclusionResolution: String
    /// The council's own words for paragraphs of Schedule 12A, by number ("14"); the Act's otherwise.
    public var paragraphDescriptions: [String: String] = [:]

    public static let standard = StatutoryWording(
        exemptNotice: "Exempt information: not for publication by virtue of paragraph {paragraph} of Part {part} of "
            + "Schedule 12A to the Local Government Act 1972.",
        publicInterestLabel: "Public interest test:",
        exclusionTitle: "Exclusion of the press and public",
        exclusionResolution: "To resolve that, under section 100A(4) of the Local Government Act 1972, the press and public "
            + "be excluded from the meeting for the following business on the grounds that it involves the likely "
            + "disclosure of exempt information as defined in {paragraphs} of Part {part} of Schedule 12A to the Act, "
            + "and that in all the circumstances the public interest in keeping the information exempt outweighs the "
            + "public interest in disclosing it.",
        paragraphDescriptions: [:])

    /// The keys of `wording:` in site.yaml, and the placeholders each may use.
    public static let placeholders: [(key: String, names: [String])] = [
        ("exempt-notice", ["paragraph", "part"]),
        ("public-interest-label", []),
        ("exclusion-title", []),
        ("exclusion-resolution", ["paragraphs", "part"]),
    ]

    public subscript(key: String) -> String? {
        get {
            switch key {
            case "exempt-notice": exemptNotice
            case "public-interest-label": publicInterestLabel
            case "exclusion-title": exclusionTitle
            case "exclusion-resolution": exclusionResolution
            default: nil
            }
        }
        set {
            guard let newValue else { return }
            switch key {
            case "exempt-notice": exemptNotice = newValue
            case "public-interest-label": publicInterestLabel = newValue
            case "exclusion-title": exclusionTitle = newValue
            case "exclusion-resolution": exclusionResolution = newValue
            default: break
            }
        }
    }

    public func notice(paragraph: String, part: Int) -> String {
        Self.fill(exemptNotice, ["paragraph": paragraph, "part": String(part)])
    }

    public func resolution(paragraphs: [String], part: Int) -> String {
        Self.fill(exclusionResolution, ["paragraphs": Self.paragraphList(paragraphs), "part": String(part)])
    }

    /// "paragraph 3", "paragraphs 3 and 14", "paragraphs 1, 3 and 5".
    static func paragraphList(_ numbers: [String]) -> String {
        guard let last = numbers.last else { return "" }
        guard numbers.count > 1 else { return "paragraph \(last)" }
        return "paragraphs " + numbers.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The `{name}` placeholders written in `text`, in order.
    public static func placeholderNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    private static func fill(_ text: String, _ values: [String: String]) -> String {
        values.reduce(text) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
}
