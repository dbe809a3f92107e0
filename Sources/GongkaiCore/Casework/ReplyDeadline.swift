/// A request's reply deadline as of a given day, with the reasons an officer can read.
public struct ReplyDeadline: Sendable, Hashable {
    /// The day the deadline was computed for (events after it are ignored).
    public let asOf: CivilDate
    /// The Regulation the request falls under (by its date of receipt).
    public let regime: DisclosureRegime
    /// Where the request stands against its deadline.
    public let state: DeadlineState
    /// The last day for the reply (a 第三十五条 later reply date when that is later); `nil` while
    /// the clock waits (correction, consultation, fee).
    public let dueDate: CivilDate?
    /// Working days left after `asOf` until `dueDate` (0 on the due day, negative when overdue);
    /// while paused, the days that will remain when the clock resumes; `nil` while awaiting a
    /// correction (the clock will restart from scratch) or once closed.
    public let remainingWorkingDays: Int?
    /// The last day for a correction notice (第三十条: 7 working days after receipt); `nil` under
    /// the 2007 Regulation, which sets no limit.
    public let correctionNoticeDeadline: CivilDate?
    /// 第三十五条: the later reply date told to the applicant, if any; `dueDate` is never earlier.
    public let delayedReplyDate: CivilDate?
    /// For a replied request, whether the reply was on or before the due date; `nil` otherwise.
    public let closedWithinDeadline: Bool?
    /// Whether a year touched by the computation has no holiday arrangement loaded.
    public let isProvisional: Bool
    /// The warning for a provisional deadline ("2027年节假日安排尚未载入，期限按周末推算，可能不准确").
    public let caveat: String?
    /// How the deadline was reached, one Chinese sentence per step, in order.
    public let explanations: [String]
    /// Steps that broke a time limit of the Regulation (a late correction notice, an extension
    /// approved after the deadline…), in Chinese.
    public let warnings: [String]
}

/// Where a request stands against its deadline.
public enum DeadlineState: String, Sendable, Hashable, CaseIterable, Codable {
    /// More working days left than the due-soon threshold.
    case onTime
    /// Due within the threshold (5 working days unless configured), or today.
    case dueSoon
    /// Past the due date and not replied.
    case overdue
    /// Clock paused for a consultation (第三十三条第三款).
    case paused
    /// Waiting for the applicant: a correction (第三十条) or a fee payment.
    case awaitingApplicant
    /// Replied, lapsed or withdrawn.
    case closed

    /// "期限内", "即将到期"…
    public var label: String {
        switch self {
        case .onTime: "期限内"
        case .dueSoon: "即将到期"
        case .overdue: "已超期"
        case .paused: "期限暂停"
        case .awaitingApplicant: "等待申请人"
        case .closed: "已办结"
        }
    }
}
