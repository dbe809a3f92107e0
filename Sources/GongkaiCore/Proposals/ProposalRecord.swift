/// What the rates and flags need of one registered suggestion or proposal.
public struct ProposalRecord: Sendable, Hashable, Codable {
    public let kind: ProposalKind
    public let role: ProposalRole
    /// 交办: the day it was handed to the agency.
    public let assignedOn: CivilDate
    /// The last day to answer (`ProposalDeadlineRule.due`, stored with the record when entered).
    public let dueOn: CivilDate
    /// The day the reply (主办) or opinion (会办) was sent; nil while open.
    public let repliedOn: CivilDate?
    /// The deputy's or member's evaluation, once given.
    public let evaluation: ProposalEvaluation?

    /// A record; throws when the reply predates the handover or an evaluation has no reply.
    public init(
        kind: ProposalKind, role: ProposalRole, assignedOn: CivilDate, dueOn: CivilDate, repliedOn: CivilDate?,
        evaluation: ProposalEvaluation?
    ) throws(ProposalError) {
        if let repliedOn, repliedOn < assignedOn { throw .replyBeforeAssignment(assignedOn: assignedOn, repliedOn: repliedOn) }
        if evaluation != nil, repliedOn == nil { throw .evaluationWithoutReply }
        self.kind = kind
        self.role = role
        self.assignedOn = assignedOn
        self.dueOn = dueOn
        self.repliedOn = repliedOn
        self.evaluation = evaluation
    }

    /// Open and past its last day on `today` (逾期未办复).
    public func isOverdue(on today: CivilDate) -> Bool { repliedOn == nil && dueOn < today }

    /// Open with at most `days` calendar days left on `today` (临近期限).
    public func isDueSoon(on today: CivilDate, within days: Int = 14) -> Bool {
        repliedOn == nil && !(dueOn < today) && today.days(to: dueOn) <= days
    }

    /// Answered after its last day.
    public var wasRepliedLate: Bool { repliedOn.map { dueOn < $0 } ?? false }
}
