/// The figures agencies report for 建议提案办理 in section 六, for one kind.
///
/// Definitions (stated once, here, and in the README):
/// - 承办 (`received`): every record of the kind handed over in the year, 主办 and 会办 alike;
/// - 办复 (`replied`): those with a reply date (主办: the reply to the deputy or member; 会办:
///   the opinion sent to the lead agency); 按期办复 (`repliedOnTime`): replied on or before the
///   last day of `ProposalDeadlineRule`;
/// - **办复率 = 办复 ÷ 承办**;
/// - **满意率 = (满意 + 基本满意) ÷ 已有评价的件数** — records without an evaluation yet are left out
///   of the denominator rather than counted as dissatisfied, so the rate says what the deputies
///   and members who answered think; the number evaluated is reported beside it.
/// A rate with an empty denominator is nil ("—"), never 0 % or 100 %.
public struct ProposalRates: Sendable, Hashable, Codable {
    public let kind: ProposalKind
    public let received: Int
    public let lead: Int
    public let assisting: Int
    public let replied: Int
    public let repliedOnTime: Int
    public let evaluated: Int
    public let satisfied: Int
    public let basicallySatisfied: Int
    public let dissatisfied: Int
    /// Open and past the last day on the day counted.
    public let overdue: Int

    /// The figures of `records` of `kind` (other kinds are ignored), with overdue counted on `today`.
    public init(kind: ProposalKind, records: [ProposalRecord], today: CivilDate) {
        let mine = records.filter { $0.kind == kind }
        self.kind = kind
        received = mine.count
        lead = mine.count { $0.role == .lead }
        assisting = mine.count { $0.role == .assisting }
        replied = mine.count { $0.repliedOn != nil }
        repliedOnTime = mine.count { $0.repliedOn != nil && !$0.wasRepliedLate }
        evaluated = mine.count { $0.evaluation != nil }
        satisfied = mine.count { $0.evaluation == .satisfied }
        basicallySatisfied = mine.count { $0.evaluation == .basicallySatisfied }
        dissatisfied = mine.count { $0.evaluation == .dissatisfied }
        overdue = mine.count { $0.isOverdue(on: today) }
    }

    /// 办复率 as a fraction (nil when nothing was received).
    public var replyRate: Fraction? { Fraction(replied, of: received) }

    /// 满意率 as a fraction (nil when no evaluation was given).
    public var satisfactionRate: Fraction? { Fraction(satisfied + basicallySatisfied, of: evaluated) }

    /// A share of whole counts, shown as a percentage with at most one decimal ("100%", "66.7%").
    public struct Fraction: Sendable, Hashable, Codable {
        public let numerator: Int
        public let denominator: Int

        /// nil when `denominator` is 0.
        public init?(_ numerator: Int, of denominator: Int) {
            guard denominator > 0 else { return nil }
            self.numerator = numerator
            self.denominator = denominator
        }

        /// "100%", "66.7%", "0%": rounded half up to one decimal, a trailing ".0" dropped.
        public var percent: String {
            let tenths = (numerator * 1000 * 2 + denominator) / (denominator * 2)
            return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
        }
    }
}
