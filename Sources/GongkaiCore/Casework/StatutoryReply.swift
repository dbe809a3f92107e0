/// The reply an agency gives under 《条例》第三十六条 (and the articles it refers to), mapped to
/// the table-3 result it is counted as.
///
/// Mapping (templates.md §5, §6):
/// - 36(一) already proactively disclosed, 36(二) disclosable → （一）予以公开 `granted`;
/// - 37 separable, part disclosed → （二）部分公开 `partiallyGranted` only ("区分处理的，只计这一情形");
/// - 36(三) not disclosed → the （三） row of its ground (第十四、十五、十六条);
/// - 36(四) not found after search, 36(五) not this agency's → （四）1 `unavailable.notHeld`;
/// - 38 would have to be made → （四）2; 30 still unclear after correction → （四）3;
/// - 36(六) repeated application → （五）2 `notProcessed.duplicate`;
/// - 39¶1 petition/complaint → （五）1; 39¶2 publication → （五）3; 35 excessive → （五）4;
///   confirming or re-issuing information already obtained → （五）5 (no single article);
/// - 36(七) information governed by special laws (工商、不动产登记资料…) → （三）8
///   `denied.queryMatters` — **UNVERIFIED**: templates.md marks this mapping as unconfirmed;
///   some agencies count such replies under （五）or （六）3 instead.
public enum StatutoryReply: Sendable, Hashable, Codable {
    /// 36(一): already proactively disclosed; the applicant is told how to obtain it.
    case alreadyDisclosed
    /// 36(二): disclosable; provided, or the applicant is told how, where and when to obtain it.
    case provided
    /// 37: separable; the disclosable part is provided and the rest explained.
    case separated
    /// 36(三): not disclosed, on `DenialGround`.
    case withheld(DenialGround)
    /// 36(四): not found after search; the information does not exist.
    case notExisting
    /// 36(五): not this agency's to disclose (the responsible agency named if known).
    case notThisAgency
    /// 38: the information would have to be made or processed.
    case needsCreation
    /// 30: the content is still unclear after correction.
    case stillUnclearAfterCorrection
    /// 36(六): a repeated application after a reply; not handled again.
    case repeatedApplication
    /// 36(七): information governed by special laws; the applicant is pointed to them. UNVERIFIED row.
    case specialProcedure
    /// 39¶1: a petition, complaint or report made as an application.
    case petitionOrComplaint
    /// 39¶2: a request for 公开出版物.
    case publication
    /// 35: applications clearly beyond a reasonable number or frequency without good reason.
    case excessive
    /// Asking the agency to confirm or re-issue information already obtained.
    case confirmationOfObtained
    /// Anything else (（六）3 其他).
    case other

    /// The table-3 result the reply is counted as.
    public var result: ReplyResult {
        switch self {
        case .alreadyDisclosed, .provided: .granted
        case .separated: .partiallyGranted
        case .withheld(let ground): ground.result
        case .notExisting, .notThisAgency: .unavailableNotHeld
        case .needsCreation: .unavailableNeedsCreation
        case .stillUnclearAfterCorrection: .unavailableStillUnclear
        case .repeatedApplication: .notProcessedDuplicate
        case .specialProcedure: .deniedQueryMatters
        case .petitionOrComplaint: .notProcessedPetition
        case .publication: .notProcessedPublication
        case .excessive: .notProcessedExcessive
        case .confirmationOfObtained: .notProcessedConfirmation
        case .other: .otherHandlingOther
        }
    }

    /// The provision the reply rests on, as cited in a reply letter; `nil` where there is none.
    ///
    /// 行政查询事项 (（三）8) cites 第三十六条第（七）项 alone, not 第三十六条第（三）项 with it:
    /// 36(三) covers decisions not to disclose "依据本条例的规定", and the Regulation has no ground
    /// for withholding a 行政查询 matter — the applicant is referred to the procedure that the
    /// special rules provide, which is what 36(七) says (the same row as `specialProcedure`).
    public var provision: String? {
        switch self {
        case .alreadyDisclosed: "第三十六条第（一）项"
        case .provided: "第三十六条第（二）项"
        case .separated: "第三十七条"
        case .withheld(.queryMatters): DenialGround.queryMatters.provision
        case .withheld(let ground): "第三十六条第（三）项、\(ground.provision)"
        case .notExisting: "第三十六条第（四）项"
        case .notThisAgency: "第三十六条第（五）项"
        case .needsCreation: "第三十八条"
        case .stillUnclearAfterCorrection: "第三十条"
        case .repeatedApplication: "第三十六条第（六）项"
        case .specialProcedure: "第三十六条第（七）项"
        case .petitionOrComplaint: "第三十九条第一款"
        case .publication: "第三十九条第二款"
        case .excessive: "第三十五条"
        case .confirmationOfObtained, .other: nil
        }
    }
}

/// The grounds for not disclosing (36(三)), one per row （三）1–8 of table 3.
public enum DenialGround: String, Sendable, Hashable, CaseIterable, Codable {
    /// （三）1–8 in order: 国家秘密, 法律行政法规禁止, 三安全一稳定, 第三方合法权益, 内部事务, 过程性信息,
    /// 行政执法案卷, 行政查询事项.
    case stateSecret, prohibitedByLaw, securityStability, thirdPartyRights, internalAffairs, processInformation,
        enforcementFiles, queryMatters

    /// The table-3 result row.
    public var result: ReplyResult { ReplyResult(rawValue: "denied.\(rawValue)")! }

    /// The article that allows withholding on this ground.
    public var provision: String {
        switch self {
        case .stateSecret, .prohibitedByLaw, .securityStability: "第十四条"
        case .thirdPartyRights: "第十五条"
        case .internalAffairs: "第十六条第一款"
        case .processInformation, .enforcementFiles: "第十六条第二款"
        case .queryMatters: "第三十六条第（七）项"
        }
    }
}
