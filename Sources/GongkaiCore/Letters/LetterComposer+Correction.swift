/// What a 补正告知书 asks for (《条例》第三十条).
public struct CorrectionParticulars: Sendable, Hashable, Codable {
    /// What the applicant must supplement or make clear, one item each, all at once (一次性告知).
    public var items: [String]
    /// The last day for the correction (a reasonable period the agency sets).
    public var deadline: CivilDate
    /// How the correction can be handed in ("本机关政府信息公开在线申请平台、邮寄或者当面提交"), if stated.
    public var submission: String?

    /// The particulars of a correction notice; blank items are dropped.
    public init(items: [String], deadline: CivilDate, submission: String? = nil) {
        self.items = items.map(\.trimmedForRecord).filter { !$0.isEmpty }
        self.deadline = deadline
        self.submission = submission?.trimmedForRecord.nilIfEmptyForRecord
    }
}

extension LetterComposer {
    /// The 补正告知书 (第三十条): what to supplement, by when, that the reply period runs from the
    /// receipt of the corrected application, and that not correcting without good reason by the
    /// deadline counts as abandoning the application. No appeal sentence: it decides nothing on
    /// the request (see `LetterKind.carriesAppealRights`).
    public static func correction(_ particulars: CorrectionParticulars, facts: LetterFacts) throws(LetterError)
        -> OfficialLetter
    {
        var draft = try applicantDraft(facts)
        guard !particulars.items.isEmpty else { throw .missing(.correctionItems) }
        guard particulars.deadline > facts.date else {
            throw .deadlineNotAfterLetter(.correctionDeadline, deadline: particulars.deadline, letter: facts.date)
        }
        let you = facts.request.you
        let basis = draft.regulation(["第三十条"])
        draft.add("经审查，\(you)的申请内容不明确。根据\(basis)的规定，现一次性告知\(you)需要补正的事项：")
        for (index, item) in particulars.items.enumerated() { draft.add("\(index + 1).\(item.closedSentence)") }
        draft.add(
            "补正期限至\(particulars.deadline.chineseText)止。"
                + (particulars.submission.map { "补正后的申请可以通过\($0)提交".closedSentence } ?? ""))
        draft.add(
            "答复期限自本机关收到补正后的申请之日起计算。\(you)无正当理由逾期不补正的，视为放弃申请，"
                + "本机关不再处理该政府信息公开申请。")
        return applicantLetter(.correction, draft, facts: facts, closing: "特此告知。")
    }
}
