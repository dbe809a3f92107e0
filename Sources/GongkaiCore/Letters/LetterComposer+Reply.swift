extension LetterComposer {
    /// The 政府信息公开申请答复书 for `reply`: the request restated, the decision in the words of
    /// the provision it rests on (article and item cited), the officer's reasons where the law
    /// requires them, how to obtain the information when granted, and the appeal-rights sentence
    /// (with 复议前置 for refusals from 2024-01-01).
    public static func reply(_ reply: StatutoryReply, details: ReplyDetails, facts: LetterFacts) throws(LetterError)
        -> OfficialLetter
    {
        try decisionLetter(.reply, reply: reply, details: details, facts: facts, closing: "特此答复。")
    }

    /// The 不予处理告知书 for a （五） 不予处理 result: 信访举报投诉 (第三十九条第一款), 重复申请
    /// (第三十六条第（六）项), 公开出版物 (第三十九条第二款), 无正当理由大量反复申请 (第三十五条),
    /// 要求确认或重新出具已获取信息 (no article of the Regulation provides for it, so none is cited).
    /// The wording of the decision is the reply's; the title and closing differ.
    public static func notProcessed(_ reply: StatutoryReply, details: ReplyDetails, facts: LetterFacts)
        throws(LetterError) -> OfficialLetter
    {
        guard reply.isNotProcessed else { throw .notANotProcessedReply(reply) }
        return try decisionLetter(.notProcessed, reply: reply, details: details, facts: facts, closing: "特此告知。")
    }

    private static func decisionLetter(
        _ kind: LetterKind, reply: StatutoryReply, details: ReplyDetails, facts: LetterFacts, closing: String
    ) throws(LetterError) -> OfficialLetter {
        var draft = try applicantDraft(facts)
        for field in reply.requiredDetails where !details.has(field) { throw .missing(field) }
        try ReplyWording.decision(reply, details: details, request: facts.request, draft: &draft)
        let appeal = try appealRights(
            kind, reconsiderationFirst: reply.requiresReconsiderationFirst, facts: facts, draft: &draft)
        return applicantLetter(kind, draft, facts: facts, appealRights: appeal, closing: closing)
    }
}

extension ReplyDetails {
    /// Whether the detail `field` is given.
    func has(_ field: LetterField) -> Bool {
        switch field {
        case .reasons: reasons != nil
        case .publishedAt: publishedAt != nil
        case .delivery: true  // falls back to the applicant's form; checked when worded
        case .previousReplyDate: previousReplyDate != nil
        case .procedure: procedure != nil
        case .whereToObtain: whereToObtain != nil
        default: true
        }
    }
}
