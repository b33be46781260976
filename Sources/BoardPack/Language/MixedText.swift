/// Text made of runs in more than one language (issue 13): a label the page's language borrows, the
/// Act's English words, a council's text in the main language, around the page's own words. Each
/// output marks the runs that are not in its own language, so that a screen reader switches voice,
/// and never marks words as a language they are not in.
struct MixedText: Hashable, Sendable {
    struct Run: Hashable, Sendable {
        var text: String
        var language: Language
        var hasLetters: Bool { text.contains(where: \.isLetter) }
    }

    private(set) var runs: [Run] = []

    init() {}

    init(_ text: String, _ language: Language) { append(text, language) }

    mutating func append(_ text: String, _ language: Language) {
        guard !text.isEmpty else { return }
        runs.append(Run(text: text, language: language))
    }

    mutating func append(_ other: MixedText) { runs += other.runs }

    /// The parts joined with `separator` (a space: in no language of its own).
    static func joined(_ parts: [MixedText], separator: String, in language: Language) -> MixedText {
        var out = MixedText()
        for (index, part) in parts.enumerated() {
            if index > 0 { out.append(separator, language) }
            out.append(part)
        }
        return out
    }

    /// The words as one string, unmarked.
    var plain: String { runs.map(\.text).joined() }

    /// The languages of the runs with words.
    var languages: Set<Language> { Set(runs.filter(\.hasLetters).map(\.language)) }

    /// The runs as they are marked on an output in `page`'s language: a run without letters takes
    /// the language of the words either side when they share one; else a space between two languages
    /// is the page's, and a number or punctuation goes with the words before it ("item 6, ").
    /// Runs in the same language are merged.
    func marked(in page: Language) -> [Run] {
        var runs = runs
        for index in runs.indices where !runs[index].hasLetters {
            let before = runs[..<index].last(where: \.hasLetters)?.language
            let after = runs[(index + 1)...].first(where: \.hasLetters)?.language
            if let before, before == after {
                runs[index].language = before
            } else if runs[index].text.allSatisfy(\.isWhitespace) {
                runs[index].language = page
            } else {
                runs[index].language = before ?? after ?? page
            }
        }
        var merged: [Run] = []
        for run in runs {
            if let last = merged.last, last.language == run.language {
                merged[merged.count - 1].text += run.text
            } else {
                merged.append(run)
            }
        }
        return merged
    }

    /// As HTML element content on a page in `page`'s language: escaped, each run in another language
    /// wrapped in `<span lang="code">` (`code` gives a language's code: the site's `language:` for
    /// its main language). `attribute`: "xml:lang" in XHTML inside an Atom feed.
    func html(in page: Language, attribute: String = "lang", code: (Language) -> String = \.rawValue, escape: (String) -> String = HTMLText.escaped) -> String {
        marked(in: page).map { run in
            run.language == page ? escape(run.text) : "<span \(attribute)=\"\(code(run.language))\">\(escape(run.text))</span>"
        }.joined()
    }

    /// An Atom `<summary>` in a feed in `feed`'s language: plain text, marked `xml:lang` as a whole
    /// when it is all in one other language; XHTML with marked runs when it mixes languages.
    func atomSummary(in feed: Language, indent: String = "    ") -> String {
        let languages = languages
        if languages.count <= 1 {
            let mark = languages.first.map { $0 == feed ? "" : #" xml:lang="\#($0.rawValue)""# } ?? ""
            return #"\#(indent)<summary type="text"\#(mark)>\#(XMLText.escaped(plain))</summary>"#
        }
        return #"\#(indent)<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">"#
            + html(in: feed, attribute: "xml:lang", escape: XMLText.escaped) + "</div></summary>"
    }
}

extension Labels {
    /// The label for `key`, filled in, as `MixedText`: its own words in the language they are in
    /// (the language it borrows them from, where it lacks the label), each value as given.
    func mixed(_ key: String, _ fill: [String: MixedText]) -> MixedText {
        let own = lender(key) ?? language
        var out = MixedText()
        for piece in Self.pieces(self[key], fill: fill.mapValues(\.plain)) {
            if piece.isValue, let value = fill.first(where: { $0.value.plain == piece.text })?.value {
                out.append(value)
            } else {
                out.append(piece.text, own)
            }
        }
        return out
    }
}
