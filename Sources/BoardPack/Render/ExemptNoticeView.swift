/// What public output shows of an exempt paper besides its title: the notice citing the paragraph
/// and Part of Schedule 12A, the paragraph's words, and the public-interest reason (the
/// `exempt-notice` template).
enum ExemptNoticeView {
    static func values(_ exempt: Exemption, site: Site) -> [String: Any] {
        [
            "notice": exempt.notice,
            "description": exempt.citedDescription,
            "publicInterestLabel": site.wording.publicInterestLabel,
            "publicInterest": exempt.publicInterest,
        ]
    }
}
