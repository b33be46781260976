import Mustache

/// What public output shows of an exempt paper besides its title: the notice citing the paragraph
/// and Part of Schedule 12A, the paragraph's words, and the public-interest reason (the
/// `exempt-notice` template).
struct ExemptNoticeView: MustacheParent {
    var notice: String
    var description: String
    var publicInterestLabel: String
    var publicInterest: String

    init(_ exempt: Exemption, site: Site) {
        notice = exempt.notice
        description = exempt.citedDescription
        publicInterestLabel = site.wording.publicInterestLabel
        publicInterest = exempt.publicInterest
    }

    func child(named name: String) -> Any? {
        switch name {
        case "notice": notice
        case "description": description
        case "publicInterestLabel": publicInterestLabel
        case "publicInterest": publicInterest
        default: nil
        }
    }
}
