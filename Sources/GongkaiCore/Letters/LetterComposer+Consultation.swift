/// What a 征求意见函 states, and to whom.
public struct ConsultationParticulars: Sendable, Hashable, Codable {
    /// Whom the agency consults.
    public enum Party: Sendable, Hashable, Codable {
        /// A third party whose lawful rights disclosure may harm (第三十二条): a person (您) or an
        /// organisation (贵单位). No answer in 15 working days → the agency decides.
        case thirdParty(isOrganization: Bool)
        /// An agency that made the information jointly with this one (第三十四条). No answer in 15
        /// working days → deemed to agree.
        case coMakingAgency
    }

    /// Whom the agency consults.
    public var party: Party
    /// The addressee's name.
    public var addressee: String
    /// The information concerned; the request's content when `nil`.
    public var information: String?
    /// Why the third party's rights may be affected (required for a third party), or, for a
    /// co-making agency, what it made.
    public var reason: String?

    /// The particulars of a consultation letter.
    public init(party: Party, addressee: String, information: String? = nil, reason: String? = nil) {
        self.party = party
        self.addressee = addressee.trimmedForRecord
        self.information = information?.trimmedForRecord.nilIfEmptyForRecord
        self.reason = reason?.trimmedForRecord.nilIfEmptyForRecord
    }
}

extension LetterComposer {
    /// The 征求意见函 to a third party (第三十二条) or a co-making agency (第三十四条): which
    /// information, why the addressee is asked, the 15 working days counted from receipt of the
    /// letter, and what follows from no answer. The applicant is not named: the consulted party
    /// learns what is asked for, not who asks. No appeal sentence (see `LetterKind.carriesAppealRights`).
    public static func consultation(_ particulars: ConsultationParticulars, facts: LetterFacts) throws(LetterError)
        -> OfficialLetter
    {
        try validate(facts)
        guard !particulars.addressee.isEmpty else { throw .missing(.consultedParty) }
        let information = particulars.information ?? facts.request.content
        var draft = LetterDraft()
        draft.add(
            "本机关于\(facts.request.receivedOn.chineseText)收到一件政府信息公开申请，申请公开的政府信息为：“\(information)”。")
        switch particulars.party {
        case .thirdParty(let isOrganization):
            guard let reason = particulars.reason else { throw .missing(.consultationReason) }
            let you = isOrganization ? "贵单位" : "您"
            let basis = draft.regulation(["第三十二条"])
            draft.add(
                "经审查，\(reason.closedSentence)该政府信息公开可能损害\(you)的合法权益。根据\(basis)的规定，现书面征求\(you)的意见。")
            let regulation = draft.regulationName()
            draft.add(
                "请\(you)自收到本函之日起15个工作日内，以书面形式向本机关提出是否同意公开的意见；不同意公开的，请说明理由。"
                    + "逾期未提出意见的，由本机关依照\(regulation)的规定决定是否公开。")
            draft.add(
                "\(you)不同意公开且有合理理由的，本机关不予公开。本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，"
                    + "并将决定公开的政府信息内容和理由书面告知\(you)。")
        case .coMakingAgency:
            let basis = draft.regulation(["第三十四条"])
            draft.add(
                "经审查，该政府信息由本机关与贵机关共同制作。\(particulars.reason?.closedSentence ?? "")根据\(basis)的规定，"
                    + "现征求贵机关的意见。")
            draft.add("请贵机关自收到本函之日起15个工作日内提出意见。逾期未提出意见的，视为同意公开。")
        }
        return letter(
            .consultation, draft, facts: facts, addressee: particulars.addressee, appealRights: nil, closing: "请予函复。")
    }
}
