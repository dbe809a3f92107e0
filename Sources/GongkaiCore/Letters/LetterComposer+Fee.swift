extension LetterComposer {
    /// The 信息处理费收费通知书 (《条例》第四十二条; 国办函〔2020〕109号): why a fee is charged, the
    /// method and the scale, how the amount was computed, the amount, how and by when to pay, and
    /// that not paying by the deadline counts as abandoning the application. The amount must be
    /// the scale's (`InformationProcessingFee.assess`); a free application gets no notice.
    ///
    /// It carries the appeal sentence: the fee is a payment imposed on the applicant, which can be
    /// challenged apart from the reply (see `LetterKind.carriesAppealRights`).
    public static func feeNotice(_ notice: FeeNotice, paymentMethod: String, facts: LetterFacts) throws(LetterError)
        -> OfficialLetter
    {
        var draft = try applicantDraft(facts)
        let assessment: FeeAssessment
        do {
            assessment = try InformationProcessingFee.assess(notice.basis)
        } catch {
            throw .fee(error)
        }
        guard assessment.amountYuan > 0 else { throw .noFeeDue }
        guard assessment.amountYuan == notice.amountYuan else {
            throw .feeMismatch(given: notice.amountYuan, scale: assessment.amountYuan)
        }
        let method = paymentMethod.trimmedForRecord
        guard !method.isEmpty else { throw .missing(.paymentMethod) }
        if let due = notice.paymentDue, due <= facts.date {
            throw .deadlineNotAfterLetter(.paymentDue, deadline: due, letter: facts.date)
        }
        let you = facts.request.you
        let basis = draft.regulation(["第四十二条"])
        let measures = draft.cite(LegalCitation(Statute.feeMeasures, nil))
        draft.add(
            "经审查，\(you)申请公开政府信息的数量、频次明显超过合理范围。根据\(basis)和\(measures)的规定，"
                + "本机关决定对该申请收取信息处理费。现将有关事项通知如下：")
        draft.add("计收方式：\(notice.basis.methodLabel)。收费标准：\(notice.basis.scaleText)。")
        let computation = assessment.explanation.replacingPrefix(notice.basis.methodLabel + "：", with: "")
        draft.add("计算方法：\(computation)。")
        draft.add("收费金额：人民币\(notice.amountYuan)元。")
        draft.add("缴纳方式：\(method.closedSentence)")
        // Without a date of its own the notice gives the 办法's period, counted from delivery.
        let period = notice.paymentDue.map { "至\($0.chineseText)止" } ?? "自收到本通知之日的次日起20个工作日内"
        draft.add("缴纳期限：\(period)。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。")
        let appeal = try appealRights(.feeNotice, reconsiderationFirst: false, facts: facts, draft: &draft)
        return applicantLetter(.feeNotice, draft, facts: facts, appealRights: appeal, closing: "特此通知。")
    }
}

extension String {
    /// The text with `prefix` replaced by `replacement` where it starts with `prefix`.
    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}

extension FeeBasis {
    /// The scale of the method, in the words of 国办函〔2020〕109号 (第四条, 第五条).
    public var scaleText: String {
        switch self {
        case .perCase:
            "同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；11—30件（含30件）的部分，100元/件；"
                + "31件以上的部分，以10件为一档，每增加一档，收费标准提高100元/件"
        case .perVolume:
            "30页以下（含30页）的，不收费；31—100页（含100页）的部分，10元/页；101—200页（含200页）的部分，20元/页；"
                + "200页以上的部分，40元/页"
        }
    }
}
