/// 办理期限: how long an agency has to answer a suggestion or proposal, counted in calendar
/// months from the day it was handed over (交办).
///
/// The common rule of local 建议提案办理办法 is three months from 交办 for the lead agency (主办)
/// to answer the deputy or member, and one month for an assisting agency (会办) to send its
/// opinion to the lead agency; both kinds alike. Agencies whose 办法 differ set their own months
/// (1…12) per kind and part.
public struct ProposalDeadlineRule: Sendable, Hashable, Codable {
    /// Months for each kind and part, keyed "npc.lead", "cppcc.assisting"….
    public private(set) var months: [String: Int]

    /// The common rule: 主办 three months, 会办 one month, for 人大建议 and 政协提案 alike.
    public static let standard = ProposalDeadlineRule(uniform: [.lead: 3, .assisting: 1])

    /// The longest period accepted, in months.
    public static let maximumMonths = 12

    private init(uniform: [ProposalRole: Int]) {
        var months: [String: Int] = [:]
        for kind in ProposalKind.allCases {
            for role in ProposalRole.allCases { months[Self.key(kind, role)] = uniform[role] ?? 3 }
        }
        self.months = months
    }

    /// The standard rule with the given periods replaced; throws when a period is not 1…12 months.
    public init(overriding periods: [ProposalKind: [ProposalRole: Int]]) throws(ProposalError) {
        self = .standard
        for (kind, roles) in periods {
            for (role, value) in roles {
                guard (1...Self.maximumMonths).contains(value) else {
                    throw .deadlineMonths(kind: kind, role: role, value: value)
                }
                months[Self.key(kind, role)] = value
            }
        }
    }

    /// The months allowed for `kind` handled as `role`.
    public func months(_ kind: ProposalKind, _ role: ProposalRole) -> Int {
        months[Self.key(kind, role)] ?? 3
    }

    /// The last day to answer: `assignedOn` plus the months, on the same day of the month, or the
    /// month's last day where that month is shorter (交办 30 November + 3 months → 28/29 February).
    public func due(kind: ProposalKind, role: ProposalRole, assignedOn: CivilDate) -> CivilDate {
        Self.adding(months: months(kind, role), to: assignedOn)
    }

    /// `date` plus `months` calendar months, clamped to the end of the target month.
    public static func adding(months: Int, to date: CivilDate) -> CivilDate {
        let (year, month, day) = date.components
        let index = year * 12 + (month - 1) + months
        let targetYear = index / 12
        let targetMonth = index % 12 + 1
        let lastDay = CivilDate.daysInMonth(year: targetYear, month: targetMonth)
        return CivilDate(year: targetYear, month: targetMonth, day: min(day, lastDay))!
    }

    private static func key(_ kind: ProposalKind, _ role: ProposalRole) -> String { "\(kind.rawValue).\(role.rawValue)" }
}
