import Mustache

/// What public output shows of an exempt paper besides its title: the notice citing the paragraph
/// and Part of Schedule 12A, the paragraph's words, and the public-interest reason (the
/// `exempt-notice` template).
struct ExemptNoticeView: MustacheParent {
    var notice: String
    var description: String
    var publicInterestLabel: String
    var publicInterest: String
    /// On a page in another language than the main one: the `lang` of the texts still in the main
    /// language (the Act's words, the council's reason; the notice where that language lacks it).
    var noticeLang: String?
    var textLang: String?
    /// The `lang` of the paragraph's description: the Act's words, in English.
    var descriptionLang: String?

    /// `labels`: the page's language's, when it is not the site's main language (whose notice is
    /// the council's wording).
    init(_ exempt: Exemption, site: Site, labels: Labels? = nil) {
        notice = exempt.notice
        description = exempt.citedDescription
        publicInterestLabel = site.wording.publicInterestLabel
        publicInterest = exempt.publicInterest
        guard let labels else { return }
        let main = site.mainLanguage
        let englishPage = labels.language == .en
        if labels.language == main {
            // A Welsh-first site (`languages: [cy, en]`): the built-in wording is English, so its
            // main pages give the notice in their labels' words; a council's own `wording:` stands.
            guard !englishPage else { return }
            if site.wording.exemptNotice == StatutoryWording.standard.exemptNotice {
                notice = labels.text("statutory.exempt_notice", ["paragraph": exempt.paragraph, "part": String(exempt.part)])
                noticeLang = labels.lang("statutory.exempt_notice")
            } else {
                noticeLang = nil
            }
            if site.wording.publicInterestLabel == StatutoryWording.standard.publicInterestLabel {
                publicInterestLabel = labels["statutory.public_interest_label"]
            }
            descriptionLang = Language.en.rawValue
            return
        }
        notice = labels.text("statutory.exempt_notice", ["paragraph": exempt.paragraph, "part": String(exempt.part)])
        noticeLang = labels.lang("statutory.exempt_notice")
        publicInterestLabel = labels["statutory.public_interest_label"]
        // The council's reason is in the main language; the Act's words are English.
        textLang = main.rawValue
        descriptionLang = englishPage ? nil : Language.en.rawValue
    }

    func child(named name: String) -> Any? {
        switch name {
        case "notice": notice
        case "description": description
        case "publicInterestLabel": publicInterestLabel
        case "publicInterest": publicInterest
        case "noticeLang": noticeLang
        case "textLang": textLang
        case "descriptionLang": descriptionLang
        default: nil
        }
    }
}

extension Exemption {
    /// The notice, the paragraph cited and the public-interest test as one text (a search list's
    /// summary, a feed's), as an output in `labels`' language gives them: the notice and the label
    /// in its words where the council keeps the standard wording (a label it lacks in the words it
    /// borrows), the Act's description in English, the council's own wording and reason in the
    /// site's main language.
    func mixed(site: Site, labels: Labels) -> MixedText {
        let page = labels.language, main = site.mainLanguage
        let standard = StatutoryWording.standard
        let paragraph = MixedText(paragraph, page)
        let notice = site.wording.exemptNotice == standard.exemptNotice
            ? labels.mixed("statutory.exempt_notice", ["paragraph": paragraph, "part": MixedText(String(part), page)])
            : MixedText(notice, main)
        let described = MixedText(description, site.wording.paragraphDescriptions[self.paragraph] == nil ? .en : main)
        let cited = labels.mixed("statutory.paragraph_cited", ["paragraph": paragraph, "description": described])
        let label = site.wording.publicInterestLabel == standard.publicInterestLabel
            ? labels.mixed("statutory.public_interest_label", [:]) : MixedText(site.wording.publicInterestLabel, main)
        return MixedText.joined([notice, cited, label, MixedText(publicInterest, main)], separator: " ", in: page)
    }
}
