/// Where an open request stands, or that it is closed.
public enum RequestPhase: String, Sendable, Hashable, CaseIterable, Codable {
    /// 办理中: the agency is working on it; the reply clock runs.
    case processing
    /// 等待补正: a correction notice is out; the clock waits for the applicant (第三十条).
    case awaitingCorrection
    /// 征求意见中: one or more consultations are out; the clock is paused (第三十三条第三款).
    case consulting
    /// 等待缴费: a fee notice is out; the clock is paused until payment.
    case awaitingFee
    /// 已办结: replied, lapsed or withdrawn.
    case closed

    /// "办理中", "等待补正"…
    public var label: String {
        switch self {
        case .processing: "办理中"
        case .awaitingCorrection: "等待补正"
        case .consulting: "征求意见中"
        case .awaitingFee: "等待缴费"
        case .closed: "已办结"
        }
    }
}

/// How and when a request was closed, and the table-3 result it is counted as.
public struct RequestClosure: Sendable, Hashable, Codable {
    /// How the request ended.
    public enum Way: String, Sendable, Hashable, Codable {
        /// A reply; the correction or fee deadline passing; the applicant withdrawing.
        case replied, correctionLapsed, feeLapsed, withdrawn
    }

    /// The day it was closed.
    public let date: CivilDate
    /// The table-3 result.
    public let result: ReplyResult
    /// How it was closed.
    public let way: Way

    /// A closure on `date` counted as `result`, reached by `way`.
    public init(date: CivilDate, result: ReplyResult, way: Way) {
        self.date = date
        self.result = result
        self.way = way
    }
}
