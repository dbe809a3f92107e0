/// The agency's part in a reconsideration or lawsuit, which decides whether the case is counted
/// in its table 4.
///
/// 国办公开办函〔2016〕201号: when the reconsideration body (复议机关) is sued together with the
/// agency whose act was reconsidered (共同被告, 行政诉讼法第二十六条第二款: the body upheld the act),
/// only the original agency counts the suit. Since the 2023 revision of the 行政复议法 county and
/// city governments decide most reconsiderations of their departments, so this is routine. A
/// body that changed the act is the sole defendant and counts the suit itself; a reconsideration
/// an agency decided as 复议机关 is not a case against it.
public enum AppealRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// 被申请人 / 被告: the agency whose handling of the request is challenged. Counted.
    case respondent
    /// 复议机关 of a reconsideration (the agency decided it). Not counted.
    case reconsiderationBody
    /// 复议机关 sued as co-defendant with the original agency. Not counted (201号).
    case coDefendantReconsiderationBody
    /// 复议机关 sued alone (it changed the original act). Counted.
    case defendantReconsiderationBody

    /// "被申请人（被告）", "复议机关"…
    public var label: String {
        switch self {
        case .respondent: "被申请人（被告）"
        case .reconsiderationBody: "复议机关"
        case .coDefendantReconsiderationBody: "复议机关（共同被告）"
        case .defendantReconsiderationBody: "复议机关（被告）"
        }
    }

    /// Whether the agency counts a case in this role in its table 4.
    public var isCounted: Bool { self == .respondent || self == .defendantReconsiderationBody }

    /// Whether the role fits a reconsideration (`false`: only a lawsuit).
    public var fitsReconsideration: Bool { self == .respondent || self == .reconsiderationBody }

    /// Whether the role fits a lawsuit.
    public var fitsLitigation: Bool { self != .reconsiderationBody }
}

/// The court level of a lawsuit record. Each level is its own record (its own 案号), linked to the
/// level below by `LitigationCase.priorInstanceID`.
public enum CourtLevel: String, Sendable, Hashable, CaseIterable, Codable {
    /// 一审.
    case firstInstance
    /// 二审 (上诉).
    case secondInstance
    /// 再审.
    case retrial

    /// "一审", "二审", "再审".
    public var label: String {
        switch self {
        case .firstInstance: "一审"
        case .secondInstance: "二审"
        case .retrial: "再审"
        }
    }
}
