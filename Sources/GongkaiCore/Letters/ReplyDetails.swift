/// What the officer adds to a reply: the specific grounds and explanations the law asks for, and
/// the practical facts (where it was published, how it is delivered). Everything else in the
/// letter is worded by `LetterComposer`. Which fields a reply type needs: `StatutoryReply.requiredDetails`.
/// `Codable`, so a reply draft can keep its details until the 审核人 approves and the letter is issued.
public struct ReplyDetails: Sendable, Hashable, Codable {
    /// The officer's specific reasons or explanation (理由). Required where the law requires
    /// reasons: 不予公开 (第三十六条第（三）项), the withheld part of 部分公开 (第三十七条), 不属于本机关
    /// 负责公开 (第三十六条第（五）项); and for 第三十五条 and （六）3 其他.
    public var reasons: String?
    /// 第三十六条第（一）项: how and where the information was published ("本机关门户网站“政府信息
    /// 公开”专栏，网址：…").
    public var publishedAt: String?
    /// 第三十六条第（二）项, 第三十七条: the information provided, by name ("《关于…的通知》").
    public var providedItems: [String]
    /// 第三十六条第（二）项, 第三十七条: how it reaches the applicant; the form the applicant asked
    /// for when `nil`.
    public var delivery: Delivery?
    /// 第三十七条: the grounds on which the withheld part is not disclosed; empty when the
    /// withheld part is not government information at all.
    public var withheldGrounds: [DenialGround]
    /// 第十五条 (and 第三十七条 on that ground): the third party was consulted in writing under
    /// 第三十二条 and objected with reasons.
    public var thirdPartyObjected: Bool
    /// 第三十六条第（五）项: the agency responsible for disclosing it, when it can be determined.
    public var responsibleAgency: String?
    /// 第三十六条第（五）项: that agency's contact details.
    public var responsibleAgencyContact: String?
    /// 第三十六条第（六）项: the date of the earlier reply to the same request.
    public var previousReplyDate: CivilDate?
    /// 第三十六条第（六）项: the earlier reply's document number, if any.
    public var previousReplyNumber: String?
    /// 第三十六条第（七）项 and （三）8 行政查询事项: under which rules and where to obtain it
    /// ("《不动产登记资料查询暂行办法》的规定，向不动产登记机构申请查询").
    public var procedure: String?
    /// 第三十九条第一款: the channel for the petition, complaint or report, if the agency names one.
    public var channel: String?
    /// 第三十九条第二款: where the publication can be obtained.
    public var whereToObtain: String?
    /// 第三十条 (still unclear): the date of the correction notice.
    public var correctionRequestedOn: CivilDate?
    /// 第三十五条: the day the agency asked the applicant to state reasons, if it did.
    public var reasonsRequestedOn: CivilDate?

    /// Details; blank texts count as not given.
    public init(
        reasons: String? = nil, publishedAt: String? = nil, providedItems: [String] = [], delivery: Delivery? = nil,
        withheldGrounds: [DenialGround] = [], thirdPartyObjected: Bool = false, responsibleAgency: String? = nil,
        responsibleAgencyContact: String? = nil, previousReplyDate: CivilDate? = nil,
        previousReplyNumber: String? = nil, procedure: String? = nil, channel: String? = nil,
        whereToObtain: String? = nil, correctionRequestedOn: CivilDate? = nil, reasonsRequestedOn: CivilDate? = nil
    ) {
        func clean(_ text: String?) -> String? { text?.trimmedForRecord.nilIfEmptyForRecord }
        self.reasons = clean(reasons)
        self.publishedAt = clean(publishedAt)
        self.providedItems = providedItems.compactMap(clean)
        self.delivery = delivery
        self.withheldGrounds = withheldGrounds
        self.thirdPartyObjected = thirdPartyObjected
        self.responsibleAgency = clean(responsibleAgency)
        self.responsibleAgencyContact = clean(responsibleAgencyContact)
        self.previousReplyDate = previousReplyDate
        self.previousReplyNumber = clean(previousReplyNumber)
        self.procedure = clean(procedure)
        self.channel = clean(channel)
        self.whereToObtain = clean(whereToObtain)
        self.correctionRequestedOn = correctionRequestedOn
        self.reasonsRequestedOn = reasonsRequestedOn
    }
}

extension StatutoryReply {
    /// The detail fields a reply of this type must have, so a form can mark them required.
    /// (`delivery` is satisfied by the form the applicant asked for when the officer sets none;
    /// collection also needs `deliveryDetail`.)
    public var requiredDetails: [LetterField] {
        switch self {
        case .alreadyDisclosed: [.publishedAt]
        case .provided: [.delivery]
        case .separated: [.delivery, .reasons]
        case .withheld(.queryMatters): [.procedure]
        case .withheld: [.reasons]
        case .notThisAgency, .excessive, .other: [.reasons]
        case .repeatedApplication: [.previousReplyDate]
        case .specialProcedure: [.procedure]
        case .publication: [.whereToObtain]
        case .notExisting, .needsCreation, .stillUnclearAfterCorrection, .petitionOrComplaint,
            .confirmationOfObtained:
            []
        }
    }

    /// Whether the reply refuses disclosure in whole or in part, so that from 2024-01-01 the
    /// applicant must apply for reconsideration before suing (行政复议法第二十三条第一款第（四）项
    /// "申请政府信息公开，行政机关不予公开"), and the letter must say so (its second paragraph).
    ///
    /// Read narrowly as the decisions not to disclose: 第三十六条第（三）项 and the withheld part of
    /// 第三十七条. 行政查询事项 (（三）8) is counted under 不予公开 in table 3 but is a referral to
    /// another procedure, not a refusal on a ground of the Regulation, so it is not included;
    /// neither are 信息不存在, 非本机关负责公开, 需另行制作 or the 不予处理 results.
    public var requiresReconsiderationFirst: Bool {
        switch self {
        case .withheld(let ground): ground != .queryMatters
        case .separated: true
        default: false
        }
    }

    /// Whether a 不予处理告知书 may be issued for it: the （五） 不予处理 results.
    public var isNotProcessed: Bool { result.rawValue.hasPrefix("notProcessed.") }
}
