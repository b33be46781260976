/// How sure the Welsh of a label is, as `../shared/research/welsh-glossary.md` grades it: seen word
/// for word in a published Welsh public-sector source (high); every word attested but not the
/// phrase, or more than one form in use (medium); a proposal to be confirmed by the council's
/// translation service (low).
public enum Confidence: String, Sendable, Hashable, CaseIterable {
    case high, medium, low
}

/// One fixed string of boardpack's outputs: its stable key, today's English exactly, and the
/// glossary's Welsh where the glossary has it. `{name}` marks a placeholder.
public struct LabelDefinition: Sendable, Hashable {
    public var key: String
    public var english: String
    /// nil where the glossary has no Welsh for it: never made up.
    public var welsh: String?
    public var confidence: Confidence?
    /// The glossary row the Welsh comes from (its English column).
    public var glossaryRow: String?
    /// Where today's English is written in the repository (a template or a Swift file).
    public var source: String

    init(_ key: String, _ english: String, in source: String) {
        self.key = key
        self.english = english
        self.source = source
    }

    init(_ key: String, _ english: String, _ welsh: String, _ confidence: Confidence, row: String, in source: String) {
        self.init(key, english, in: source)
        self.welsh = welsh
        self.confidence = confidence
        glossaryRow = row
    }

    /// The text in `language` from the built-in tables; nil when that table lacks it.
    public func text(in language: Language) -> String? {
        switch language {
        case .en: english
        case .cy: welsh
        }
    }

    /// The `{name}` placeholders of the English text, which every translation must keep.
    public var placeholders: Set<String> { Set(StatutoryWording.placeholderNames(in: english)) }
}

/// A table of labels for one language: the built-in one, with a project's overrides
/// (`templates/labels.<lang>.yaml`) on top, and the main language's text for a key it lacks.
public struct Labels: Sendable, Hashable {
    public let language: Language
    private var values: [String: String]
    /// The keys this table gives in another language's words: neither its built-in table nor the
    /// project's overrides have them (a Welsh page prints these marked `lang="en"`). Mark them with
    /// `lang(_:)`, `html(_:_:)` or `xmlLang(_:)`, never by hand.
    public var borrowed: Set<String> { Set(lenders.keys) }
    /// The language whose words stand in for each borrowed key.
    private var lenders: [String: Language] = [:]

    /// The built-in table of `language`, with `overrides`; a key neither has takes `fallback`'s text
    /// (the main language's table), or the English.
    public init(_ language: Language, overrides: [String: String] = [:], fallback: Labels? = nil) {
        self.language = language
        var values: [String: String] = [:]
        var lenders: [String: Language] = [:]
        for definition in LabelCatalogue.all {
            if let own = overrides[definition.key] ?? definition.text(in: language) {
                values[definition.key] = own
            } else if let fallback, let text = fallback.values[definition.key] {
                values[definition.key] = text
                lenders[definition.key] = fallback.lenders[definition.key] ?? fallback.language
            } else {
                values[definition.key] = definition.english
                lenders[definition.key] = .en
            }
        }
        self.values = values
        self.lenders = lenders
    }

    /// The built-in English table: exactly the strings the outputs print today.
    public static let english = Labels(.en)

    /// The label for `key`; the key itself when no such label exists (a slip in a template shows).
    public subscript(key: String) -> String { values[key] ?? key }

    /// The label for `key` with its `{name}` placeholders filled in.
    public func text(_ key: String, _ fill: [String: String]) -> String {
        fill.reduce(self[key]) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }

    // MARK: Marking borrowed words (issue 13)

    /// The language whose words this table prints for `key`, when it is not the table's own: the
    /// language to mark the label with. nil when the table has the label in its own language.
    public func lender(_ key: String) -> Language? {
        guard let lender = lenders[key], lender != language else { return nil }
        return lender
    }

    /// The `lang` (HTML) or `xml:lang` (XML) code to mark `key` with, or nil: "en" on a Welsh page
    /// for a label with no Welsh yet.
    public func lang(_ key: String) -> String? { lender(key)?.rawValue }

    /// ` xml:lang="en"` for an XML element holding only `key`'s text, or "" when it needs no mark.
    public func xmlLang(_ key: String) -> String { lang(key).map { #" xml:lang="\#($0)""# } ?? "" }

    /// The label for `key`, filled in, as HTML element content: escaped (by `escape`), and where the
    /// table borrows it, its own words wrapped in `<span lang="en">`, while a filled-in value that
    /// holds words (a title, a board's name) stays outside, in the page's language: "Rhaglen atodol
    /// 1<span lang="en"> (HTML, printable)</span>". A value without letters (a number) stays inside.
    func html(_ key: String, _ fill: [String: String] = [:], escape: (String) -> String = HTMLText.escaped) -> String {
        guard let code = lang(key) else { return escape(text(key, fill)) }
        return Self.marking(Self.pieces(self[key], fill: fill), code: code) { escape($0.text) }
    }

    /// A label's text in pieces: its own words, and each `{name}` that `fill` has, filled in (a
    /// `{name}` it lacks stays as written, part of the words).
    static func pieces(_ text: String, fill: [String: String]) -> [(text: String, isValue: Bool)] {
        var pieces: [(text: String, isValue: Bool)] = []
        var words = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = fill[String(after[..<close])] {
                words += rest[..<open]
                if !words.isEmpty { pieces.append((words, false)) }
                words = ""
                pieces.append((value, true))
                rest = after[after.index(after: close)...]
            } else {
                words += rest[...open]
                rest = after
            }
        }
        words += rest
        if !words.isEmpty { pieces.append((words, false)) }
        return pieces
    }

    /// `pieces` as HTML (`html` gives each piece's), each run of the label's own words (with any
    /// value that has no letters) wrapped in `<span lang="code">`; a value with letters stays outside.
    static func marking(_ pieces: [(text: String, isValue: Bool)], code: String, _ html: ((text: String, isValue: Bool)) -> String) -> String {
        var out = ""
        var run = ""
        var runHasWords = false
        for piece in pieces {
            let hasLetters = piece.text.contains(where: \.isLetter)
            if piece.isValue, hasLetters {
                out += runHasWords ? "<span lang=\"\(code)\">\(run)</span>" : run
                run = ""
                runHasWords = false
                out += html(piece)
            } else {
                run += html(piece)
                runHasWords = runHasWords || (!piece.isValue && hasLetters)
            }
        }
        return out + (runHasWords ? "<span lang=\"\(code)\">\(run)</span>" : run)
    }

    /// "fewer than 5" / "llai na 5": Welsh writes "nag" before a vowel sound, which the glossary
    /// gives for 1 and 11 ("llai nag 1", "llai nag 11"); English is the same either way.
    public func fewerThan(_ count: Int, written: String? = nil) -> String {
        let key = count == 1 || count == 11 ? "suppression.fewer_than_vowel" : "suppression.fewer_than"
        return text(key, ["count": written ?? String(count)])
    }

    /// Every label by key.
    public var all: [String: String] { values }

    /// Every label as nested groups, for templates: `{{labels.page.skip_link}}` once pages use them
    /// (Mustache reads a dotted name as a path through groups).
    public var nested: [String: Any] {
        var root: [String: Any] = [:]
        for (key, value) in values { Self.insert(value, at: key.split(separator: ".").map(String.init)[...], into: &root) }
        return root
    }

    private static func insert(_ value: String, at path: ArraySlice<String>, into group: inout [String: Any]) {
        guard let first = path.first else { return }
        if path.count == 1 {
            group[first] = value
            return
        }
        var child = group[first] as? [String: Any] ?? [:]
        insert(value, at: path.dropFirst(), into: &child)
        group[first] = child
    }
}
