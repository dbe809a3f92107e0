/// What a 延期答复告知书 states (《条例》第三十三条第二款).
public struct ExtensionParticulars: Sendable, Hashable, Codable {
    /// Working days added by this extension.
    public var days: Int
    /// The new last day for the reply, as the statutory clock computes it.
    public var newDueDate: CivilDate
    /// Working days added by earlier extensions of the same request (the total is at most 20).
    public var earlierDays: Int
    /// Why the reply needs more time, if the agency states it (the article does not require it).
    public var reason: String?

    /// The particulars of an extension notice.
    public init(days: Int, newDueDate: CivilDate, earlierDays: Int = 0, reason: String? = nil) {
        self.days = days
        self.newDueDate = newDueDate
        self.earlierDays = earlierDays
        self.reason = reason?.trimmedForRecord.nilIfEmptyForRecord
    }
}

extension LetterComposer {
    /// The 延期答复告知书: approved by the head of the disclosure office and told to the applicant,
    /// at most 20 working days in all — what 第三十三条第二款 says, and nothing it does not. No
    /// appeal sentence (a step of the procedure; see `LetterKind.carriesAppealRights`).
    public static func deadlineExtension(_ particulars: ExtensionParticulars, facts: LetterFacts) throws(LetterError)
        -> OfficialLetter
    {
        var draft = try applicantDraft(facts)
        guard particulars.days >= 1, particulars.earlierDays >= 0,
            particulars.days + particulars.earlierDays <= DisclosureRegime.regulation2019.maximumExtension
        else { throw .extensionTooLong(days: particulars.days, earlier: particulars.earlierDays) }
        guard particulars.newDueDate > facts.date else {
            throw .deadlineNotAfterLetter(.newDueDate, deadline: particulars.newDueDate, letter: facts.date)
        }
        let you = facts.request.you
        let cause = particulars.reason.map { "因\($0.trimmingSentenceEnd)，" } ?? ""
        let total =
            particulars.earlierDays > 0
            ? "（连同此前延长的\(particulars.earlierDays)个工作日，共延长\(particulars.days + particulars.earlierDays)个工作日）"
            : ""
        let basis = draft.regulation(["第三十三条第二款"])
        draft.add(
            "\(cause)本机关不能在规定期限内作出答复。经本机关政府信息公开工作机构负责人同意，根据\(basis)的规定，"
                + "答复期限延长\(particulars.days)个工作日\(total)，本机关将最迟于\(particulars.newDueDate.chineseText)"
                + "向\(you)作出答复。")
        return applicantLetter(.deadlineExtension, draft, facts: facts, closing: "特此告知。")
    }
}

extension String {
    /// The text without a final full stop, to be continued in a longer sentence.
    var trimmingSentenceEnd: String {
        var text = self
        while let last = text.last, "。；，".contains(last) { text.removeLast() }
        return text
    }
}
