import CCmarkGFM

/// How Markdown is read: GitHub's extensions, footnotes, and safe mode.
public struct MarkdownOptions: Sendable, Hashable {
    /// GFM syntax extensions by their cmark-gfm names; `footnotes` is a parser option in cmark-gfm
    /// but is named here like the others, as the `cmark-gfm` command does.
    public var extensions: [String]
    /// Off by default: raw HTML becomes a comment and `javascript:` links are emptied. Papers are
    /// published on council websites, so a paste from an email must not carry scripts with it.
    public var unsafeHTML: Bool

    public static let allExtensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist", "footnotes"]

    public static let papers = MarkdownOptions(extensions: allExtensions, unsafeHTML: false)

    public init(extensions: [String] = allExtensions, unsafeHTML: Bool = false) {
        self.extensions = extensions
        self.unsafeHTML = unsafeHTML
    }

    var cmarkOptions: Int32 {
        var options = CMARK_OPT_DEFAULT
        if unsafeHTML { options |= CMARK_OPT_UNSAFE }
        if extensions.contains("footnotes") { options |= CMARK_OPT_FOOTNOTES }
        return options
    }

    var syntaxExtensions: [String] { extensions.filter { $0 != "footnotes" } }
}
