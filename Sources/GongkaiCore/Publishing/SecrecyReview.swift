/// The 保密审查 of a catalogue item before release (《条例》第十七条, 先审查后公开): a checklist
/// of what the text involves, a decision, and — when withheld — the grounds of 第十四条–第十六条.
///
/// Rules:
/// - the reviewer is not the drafter;
/// - 国家秘密 (第十四条) is absolute: an item marked as involving it cannot be passed;
/// - 商业秘密 or 个人隐私 (第十五条) may be passed only with a note naming the third party's consent
///   or the overriding public interest; 过程性信息 (第十六条第二款, "可以不予公开") only with a note;
/// - withholding needs at least one ground and a note.
public struct SecrecyReview: Sendable, Hashable, Codable {
    /// What the reviewer found the text to involve.
    public struct Checklist: Sendable, Hashable, Codable {
        public var stateSecret: Bool
        public var commercialSecret: Bool
        public var privacy: Bool
        public var processInformation: Bool

        public init(stateSecret: Bool = false, commercialSecret: Bool = false, privacy: Bool = false, processInformation: Bool = false) {
            self.stateSecret = stateSecret
            self.commercialSecret = commercialSecret
            self.privacy = privacy
            self.processInformation = processInformation
        }

        /// The items marked, in Chinese.
        public var labels: [String] {
            [(stateSecret, "国家秘密"), (commercialSecret, "商业秘密"), (privacy, "个人隐私"), (processInformation, "过程性信息")]
                .filter(\.0).map(\.1)
        }
    }

    /// The grounds for withholding.
    public enum Ground: String, Sendable, Hashable, CaseIterable, Codable {
        /// 第十四条: 国家秘密, 法律行政法规禁止公开, 危及国家安全、公共安全、经济安全、社会稳定.
        case article14
        /// 第十五条: 商业秘密、个人隐私, 公开会对第三方合法权益造成损害.
        case article15
        /// 第十六条: 内部事务信息; 过程性信息; 行政执法案卷信息.
        case article16

        public var label: String {
            switch self {
            case .article14: "第十四条（国家秘密、法律法规禁止公开、危及“三安全一稳定”）"
            case .article15: "第十五条（商业秘密、个人隐私等第三方合法权益）"
            case .article16: "第十六条（内部事务信息、过程性信息、行政执法案卷信息）"
            }
        }
    }

    /// The decision.
    public enum Decision: String, Sendable, Hashable, CaseIterable, Codable {
        /// 同意公开.
        case pass
        /// 不予公开.
        case withhold
        /// 退回修改: back to the drafter.
        case returnToDrafter
    }

    public let checklist: Checklist
    public let decision: Decision
    public let grounds: [Ground]
    public let note: String

    /// A review checked against the rules above; `drafter` and `reviewer` are account ids.
    public init(
        checklist: Checklist, decision: Decision, grounds: [Ground], note: String, drafter: String, reviewer: String
    ) throws(PublishingError) {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard drafter != reviewer else { throw .reviewerIsDrafter }
        switch decision {
        case .pass:
            if checklist.stateSecret { throw .review("涉及国家秘密的信息不得公开（第十四条），请选择不予公开") }
            if checklist.commercialSecret || checklist.privacy, note.isEmpty {
                throw .review("涉及商业秘密或个人隐私仍同意公开的，请在审查意见中写明第三方同意或公共利益的理由（第十五条）")
            }
            if checklist.processInformation, note.isEmpty {
                throw .review("含过程性信息仍同意公开的，请在审查意见中写明理由（第十六条第二款）")
            }
            if !grounds.isEmpty { throw .review("同意公开时不应选择不予公开的依据") }
        case .withhold:
            if grounds.isEmpty { throw .review("不予公开的，请选择第十四条至第十六条中的依据") }
            if note.isEmpty { throw .review("不予公开的，请在审查意见中写明具体理由") }
        case .returnToDrafter:
            if note.isEmpty { throw .review("退回修改的，请写明需要修改之处") }
        }
        self.checklist = checklist
        self.decision = decision
        self.grounds = grounds
        self.note = note
    }
}
