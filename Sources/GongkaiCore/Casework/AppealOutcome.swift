/// The decided result of a reconsideration or a lawsuit, as table 4 groups it.
public enum AppealResult: String, Sendable, Hashable, CaseIterable, Codable {
    /// 结果维持: the agency's act upheld (复议维持, 驳回诉讼请求…).
    case upheld
    /// 结果纠正: the act revoked, changed, confirmed illegal, or the agency ordered to act.
    case corrected
    /// 其他结果: anything else (终止, 撤回, 调解…).
    case other

    /// "结果维持", "结果纠正", "其他结果".
    public var label: String { Templates.reviewColumns[outcome.columnIndex].label }

    /// The table-4 column.
    public var outcome: AppealOutcome { AppealOutcome(rawValue: rawValue)! }
}

/// A table-4 column: a decided result or 尚未审结.
public enum AppealOutcome: String, Sendable, Hashable, CaseIterable, Codable {
    /// 结果维持, 结果纠正, 其他结果, 尚未审结, in column order.
    case upheld, corrected, other, pending

    /// The column index within its group (0…3; 4 is 总计), per `Templates.reviewColumns`.
    public var columnIndex: Int {
        switch self {
        case .upheld: 0
        case .corrected: 1
        case .other: 2
        case .pending: 3
        }
    }

    /// "结果维持", "结果纠正", "其他结果", "尚未审结".
    public var label: String { Templates.reviewColumns[columnIndex].label }
}

/// The decision closing a case.
public struct AppealDecision: Sendable, Hashable, Codable {
    /// The day of the decision (复议决定、判决、裁定).
    public let decidedOn: CivilDate
    /// How it was decided.
    public let result: AppealResult

    /// A decision on `decidedOn` with `result`.
    public init(decidedOn: CivilDate, result: AppealResult) {
        self.decidedOn = decidedOn
        self.result = result
    }
}

/// A reconsideration or a lawsuit: filed on a day, decided (or not yet) later.
public protocol AppealCase {
    /// `nil` while pending (尚未审结).
    var decision: AppealDecision? { get }
}

extension AppealCase {
    /// The outcome at the end of `date` (pending until decided).
    public func outcome(asOf date: CivilDate) -> AppealOutcome {
        guard let decision, decision.decidedOn <= date else { return .pending }
        return decision.result.outcome
    }
}
