/// Where an applicant can appeal an agency's decision, set per agency: its 复议机关 and the court.
///
/// The configured 复议机关 always wins. Without one, the letters use the default that
/// `ReconsiderationBody.suggestion(for:on:)` derives from the agency's `standing` and the
/// letter's date. The court is never guessed: administrative cases are often concentrated in
/// designated courts (集中管辖), so it must be configured.
public struct AppealVenues: Sendable, Hashable, Codable {
    /// The 复议机关 as configured by the agency ("江东市人民政府"); wins over the suggestion.
    public var reconsiderationBody: String?
    /// The court that hears suits against the agency ("江东市江东区人民法院").
    public var court: String?
    /// The agency's place in the administration, from which a default 复议机关 is suggested.
    public var standing: AgencyStanding?

    /// Appeal venues; blank entries count as not set.
    public init(reconsiderationBody: String? = nil, court: String? = nil, standing: AgencyStanding? = nil) {
        self.reconsiderationBody = reconsiderationBody?.trimmedForRecord.nilIfEmptyForRecord
        self.court = court?.trimmedForRecord.nilIfEmptyForRecord
        self.standing = standing
    }

    /// The 复议机关 a letter dated `date` names: the configured one, else the suggested default.
    public func reconsiderationBody(on date: CivilDate) -> String? {
        reconsiderationBody ?? standing.flatMap { ReconsiderationBody.suggestion(for: $0, on: date) }?.text
    }
}

/// Builds the appeal-rights sentence (告知申请复议、提起诉讼的权利、机关和期限).
///
/// - From 2024-01-01 (revised 行政复议法): 复议 within 60 days (第二十条); a refusal to disclose
///   must first go to reconsideration (第二十三条第一款第（四）项, whose second paragraph obliges the
///   agency to say so), after which the applicant may sue within 15 days of the reconsideration
///   decision (行政诉讼法第四十五条); otherwise a suit within 6 months (行政诉讼法第四十六条).
///   Telling the applicant the 复议机关 and the period matters: without it the period runs from
///   when the applicant learns them (up to a year).
/// - Before 2024-01-01: 复议 within 60 days under the old 第九条第一款, or a suit within 6 months.
///
/// The periods run "自收到…之日起", the day the applicant learns of the decision by the letter.
enum AppealRights {
    /// The sentence and the provisions it cites.
    static func sentence(
        kind: LetterKind, reconsiderationFirst: Bool, venues: AppealVenues, date: CivilDate
    ) throws(LetterError) -> (text: String, citations: [LegalCitation]) {
        guard let body = venues.reconsiderationBody(on: date) else { throw .missing(.reconsiderationBody) }
        let subject = kind == .reply ? "如对本答复不服" : kind == .feeNotice ? "如对本收费决定不服" : "如对上述处理不服"
        let received = "自收到\(kind.selfReference)之日起"
        let revised = date >= Statute.revisedReconsiderationLawInForce
        if revised, reconsiderationFirst {
            let citations = [
                LegalCitation(Statute.reconsiderationLaw, "第二十三条第一款第（四）项"),
                LegalCitation(Statute.reconsiderationLaw, "第二十条"), LegalCitation(Statute.litigationLaw, "第四十五条"),
            ]
            let text =
                "\(subject)，根据\(citations[0].text)的规定，应当先申请行政复议：可以\(received)60日内，"
                + "依照该法第二十条的规定向\(body)申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内，"
                + "依照\(citations[2].text)的规定向人民法院提起行政诉讼。"
            return (text, citations)
        }
        guard let court = venues.court else { throw .missing(.court) }
        let citations = [
            LegalCitation(Statute.reconsiderationLaw, revised ? "第二十条" : "第九条第一款"),
            LegalCitation(Statute.litigationLaw, "第四十六条"),
        ]
        let text =
            "\(subject)，可以\(received)60日内，依照\(citations[0].text)的规定向\(body)申请行政复议；"
            + "也可以\(received)6个月内，依照\(citations[1].text)的规定向\(court)提起行政诉讼。"
        return (text, citations)
    }
}
