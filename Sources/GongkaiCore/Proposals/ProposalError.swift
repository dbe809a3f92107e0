/// Why a suggestion or proposal record cannot be stored; `message` says what to correct, in Chinese.
public enum ProposalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A 办理期限 outside 1…12 months.
    case deadlineMonths(kind: ProposalKind, role: ProposalRole, value: Int)
    /// The reply is dated before the handover.
    case replyBeforeAssignment(assignedOn: CivilDate, repliedOn: CivilDate)
    /// An evaluation without a reply (the deputy evaluates the reply).
    case evaluationWithoutReply
    /// 复文公开 chosen without the reply's text, or without a reply.
    case publicReplyWithoutText

    public var message: String {
        switch self {
        case .deadlineMonths(let kind, let role, let value):
            "\(kind.shortLabel)\(role.label)的办理期限应为 1 至 \(ProposalDeadlineRule.maximumMonths) 个月，填写的是 \(value)"
        case .replyBeforeAssignment(let assignedOn, let repliedOn):
            "答复日期（\(repliedOn)）不能早于交办日期（\(assignedOn)）"
        case .evaluationWithoutReply: "尚未答复的件不能登记代表委员意见，请先填写答复日期"
        case .publicReplyWithoutText: "复文公开需填写答复日期和答复全文"
        }
    }

    public var description: String { message }
}
