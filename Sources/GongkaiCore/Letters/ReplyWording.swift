/// The decision paragraphs of a reply, one wording per reply type, in the terms of the provision
/// the reply rests on (`StatutoryReply.provision`), so that the article and item cited and the
/// words around them always agree.
enum ReplyWording {
    static func decision(
        _ reply: StatutoryReply, details: ReplyDetails, request: RequestSummary, draft: inout LetterDraft
    ) throws(LetterError) {
        let you = request.you
        let reasons = details.reasons.map { $0.closedSentence } ?? ""
        switch reply {
        case .alreadyDisclosed:
            let basis = draft.regulation(["第三十六条第（一）项"])
            draft.add(
                "经审查，\(you)申请获取的政府信息本机关已经主动公开。根据\(basis)的规定，现告知\(you)获取该政府信息的方式、途径："
                    + (details.publishedAt ?? "").closedSentence)
        case .provided:
            let basis = draft.regulation(["第三十六条第（二）项"])
            draft.add("经审查，\(you)申请获取的政府信息属于可以公开的政府信息。根据\(basis)的规定，本机关决定予以公开。")
            try provision(details, request: request, draft: &draft)
        case .separated:
            let basis = draft.regulation(["第三十七条"])
            draft.add(
                "经审查，\(you)申请获取的信息中含有\(withheldKind(details.withheldGrounds))，能够作区分处理。根据\(basis)"
                    + "的规定，本机关向\(you)提供可以公开的政府信息内容，并对不予公开的内容说明理由。")
            try provision(details, request: request, draft: &draft)
            let withheld = withheldPart(details, draft: &draft)
            draft.add(withheld)
        case .withheld(.queryMatters):
            let basis = draft.regulation([DenialGround.queryMatters.provision])
            draft.add(
                "经审查，\(you)申请获取的信息\(DenialGround.queryMatters.letterPhrase)，有关法律、行政法规对该信息的获取"
                    + "另有规定。\(reasons)根据\(basis)的规定，请\(you)依照" + (details.procedure ?? "").closedSentence)
        case .withheld(let ground):
            var provisions = [ground.provision, "第三十六条第（三）项"]
            var consulted = ""
            if ground == .thirdPartyRights, details.thirdPartyObjected {
                provisions.insert("第三十二条", at: 1)
                consulted = "本机关已书面征求第三方意见，第三方不同意公开且理由合理。"
            }
            let basis = draft.regulation(provisions)
            draft.add(
                "经审查，\(you)申请获取的政府信息\(ground.letterPhrase)。\(reasons)\(consulted)根据\(basis)的规定，"
                    + "本机关决定不予公开。")
        case .notExisting:
            let basis = draft.regulation(["第三十六条第（四）项"])
            draft.add("经检索，本机关没有\(you)申请公开的政府信息。\(reasons)根据\(basis)的规定，现告知\(you)该政府信息不存在。")
        case .notThisAgency:
            let basis = draft.regulation(["第三十六条第（五）项"])
            var text = "经审查，\(you)申请获取的政府信息不属于本机关负责公开，理由是：\(reasons)根据\(basis)的规定，现将上述情况告知\(you)。"
            if let agency = details.responsibleAgency {
                text += "负责公开该政府信息的行政机关是\(agency)"
                text += details.responsibleAgencyContact.map { "，联系方式：\($0)".closedSentence } ?? "。"
            }
            draft.add(text)
        case .needsCreation:
            let basis = draft.regulation(["第三十八条"])
            draft.add(
                "经审查，本机关没有现成的\(you)所申请的信息，需要对现有政府信息进行加工、分析才能形成。\(reasons)"
                    + "根据\(basis)的规定，本机关不予提供。")
        case .stillUnclearAfterCorrection:
            let notice = details.correctionRequestedOn.map { "于\($0.chineseText)" } ?? ""
            let basis = draft.regulation(["第三十条"])
            draft.add(
                "本机关已\(notice)依照\(basis)的规定告知\(you)对申请内容作出补正。经审查，\(you)补正后的申请内容仍不明确，"
                    + "本机关无法确定\(you)所需的政府信息，无法提供。\(reasons)\(you)可以在明确所需政府信息的名称、文号"
                    + "或者便于查询的其他特征性描述后重新提出申请。")
        case .repeatedApplication:
            let number = details.previousReplyNumber.map { "（\($0)）" } ?? ""
            let basis = draft.regulation(["第三十六条第（六）项"])
            draft.add(
                "经审查，本机关已于\(details.previousReplyDate?.chineseText ?? "")就\(you)提出的政府信息公开申请作出答复"
                    + "\(number)，\(you)本次申请公开的是相同的政府信息。\(reasons)根据\(basis)的规定，本机关不予重复处理。")
        case .specialProcedure:
            let basis = draft.regulation(["第三十六条第（七）项"])
            draft.add(
                "经审查，\(you)申请获取的信息属于工商、不动产登记资料等有关法律、行政法规对信息的获取有特别规定的信息。"
                    + "\(reasons)根据\(basis)的规定，请\(you)依照" + (details.procedure ?? "").closedSentence)
        case .petitionOrComplaint:
            let basis = draft.regulation(["第三十九条第一款"])
            draft.add(
                "经审查，\(you)的申请系以政府信息公开申请的形式进行信访、投诉、举报等活动。\(reasons)根据\(basis)的规定，"
                    + "本机关不作为政府信息公开申请处理。" + (details.channel.map { "\(you)可以通过\($0)提出".closedSentence } ?? ""))
        case .publication:
            let basis = draft.regulation(["第三十九条第二款"])
            draft.add(
                "经审查，\(you)申请获取的是政府公报、报刊、书籍等公开出版物。\(reasons)根据\(basis)的规定，现告知\(you)"
                    + "获取的途径：" + (details.whereToObtain ?? "").closedSentence)
        case .excessive:
            let asked = details.reasonsRequestedOn.map { "本机关已于\($0.chineseText)要求\(you)说明理由。" } ?? ""
            let basis = draft.regulation(["第三十五条"])
            draft.add(
                "经审查，\(you)申请公开政府信息的数量、频次明显超过合理范围。\(asked)本机关认为申请理由不合理，理由是："
                    + "\(reasons)根据\(basis)的规定，本机关对\(you)的申请不予处理。")
        case .confirmationOfObtained:
            draft.add(
                "经审查，\(you)的申请系要求本机关对\(you)已经获取的信息予以确认或者重新出具，并非申请获取政府信息。"
                    + "\(reasons)本机关对\(you)的申请不予处理。")
        case .other:
            draft.add(reasons)
        }
    }

    /// What the information provided is and how it reaches the applicant (第三十六条第（二）项).
    private static func provision(
        _ details: ReplyDetails, request: RequestSummary, draft: inout LetterDraft
    ) throws(LetterError) {
        let you = request.you
        if !details.providedItems.isEmpty {
            draft.add("本机关向\(you)提供的政府信息为：" + details.providedItems.joined(separator: "；").closedSentence)
        }
        guard let delivery = details.delivery ?? request.deliveryForm.map({ Delivery($0) }) else {
            throw .missing(.delivery)
        }
        switch delivery.form {
        case .paper:
            draft.add("本机关以纸质形式向\(you)提供上述政府信息，" + (delivery.detail ?? "随本答复书一并寄送").closedSentence)
        case .electronic:
            draft.add("本机关以电子数据形式向\(you)提供上述政府信息，" + (delivery.detail ?? "随本答复书一并发送").closedSentence)
        case .selfCollect:
            guard let detail = delivery.detail else { throw .missing(.deliveryDetail) }
            draft.add("请\(you)携带有效身份证明，按以下时间和地点领取上述政府信息：" + detail.closedSentence)
        }
    }

    /// "不应当公开的内容", "不属于政府信息的内容" or both (第三十七条's two cases).
    private static func withheldKind(_ grounds: [DenialGround]) -> String {
        grounds.isEmpty ? "不属于政府信息的内容" : "不应当公开的内容"
    }

    /// The paragraph on the withheld part of a 第三十七条 reply: the officer's reasons and, per
    /// ground, the provision that allows withholding it.
    private static func withheldPart(_ details: ReplyDetails, draft: inout LetterDraft) -> String {
        let reasons = "对不予公开的内容，理由如下：\(details.reasons?.closedSentence ?? "")"
        guard !details.withheldGrounds.isEmpty else { return reasons + "该部分内容不属于政府信息，本机关不予提供。" }
        var grounds: [DenialGround] = []
        for ground in details.withheldGrounds where !grounds.contains(ground) { grounds.append(ground) }
        var provisions: [String] = []
        for ground in grounds where !provisions.contains(ground.provision) { provisions.append(ground.provision) }
        if grounds.contains(.thirdPartyRights), details.thirdPartyObjected { provisions.append("第三十二条") }
        let phrases = grounds.map(\.letterPhrase).joined(separator: "，或者")
        return reasons + "该部分内容\(phrases)，根据\(draft.regulation(provisions))的规定，本机关不予公开。"
    }
}

extension DenialGround {
    /// The ground in the words of its article, as a reply states it: "属于依法确定为国家秘密的政府信息".
    public var letterPhrase: String {
        switch self {
        case .stateSecret: "属于依法确定为国家秘密的政府信息"
        case .prohibitedByLaw: "属于法律、行政法规禁止公开的政府信息"
        case .securityStability: "公开后可能危及国家安全、公共安全、经济安全、社会稳定"
        case .thirdPartyRights: "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害"
        case .internalAffairs: "属于行政机关的内部事务信息（人事管理、后勤管理、内部工作流程等方面的信息）"
        case .processInformation: "属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息"
        case .enforcementFiles: "属于行政执法案卷信息"
        case .queryMatters: "属于行政查询事项"
        }
    }
}
