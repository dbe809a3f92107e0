/// What was handed to the agency for handling (建议提案办理): a deputy's suggestion to the
/// people's congress or a member's proposal to the political consultative conference.
public enum ProposalKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 人大代表建议 (suggestions, criticisms and opinions of deputies).
    case deputySuggestion = "npc"
    /// 政协委员提案.
    case memberProposal = "cppcc"

    /// The name used in reports: "人大代表建议" / "政协委员提案".
    public var label: String {
        switch self {
        case .deputySuggestion: "人大代表建议"
        case .memberProposal: "政协委员提案"
        }
    }

    /// The short name agencies write in section 六: "人大建议" / "政协提案".
    public var shortLabel: String {
        switch self {
        case .deputySuggestion: "人大建议"
        case .memberProposal: "政协提案"
        }
    }

    /// Who raised it: "代表" / "委员".
    public var proposerTitle: String {
        switch self {
        case .deputySuggestion: "代表"
        case .memberProposal: "委员"
        }
    }
}

/// The agency's part in handling: 主办 answers the deputy or member; 会办 sends its opinion to
/// the lead agency.
public enum ProposalRole: String, Sendable, Hashable, Codable, CaseIterable {
    case lead
    case assisting

    /// "主办" / "会办".
    public var label: String {
        switch self {
        case .lead: "主办"
        case .assisting: "会办"
        }
    }
}

/// The deputy's or member's evaluation of the reply (代表委员意见).
public enum ProposalEvaluation: String, Sendable, Hashable, Codable, CaseIterable {
    case satisfied
    case basicallySatisfied
    case dissatisfied

    /// "满意" / "基本满意" / "不满意".
    public var label: String {
        switch self {
        case .satisfied: "满意"
        case .basicallySatisfied: "基本满意"
        case .dissatisfied: "不满意"
        }
    }

    /// Whether it counts towards 满意率 (满意 and 基本满意 do).
    public var countsAsSatisfied: Bool { self != .dissatisfied }
}
