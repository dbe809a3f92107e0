/// How sure the match of a report to a roster agency is.
public enum MatchConfidence: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The name read equals the agency's name or one of its aliases (spacing, brackets and
    /// 人民政府/政府 aside), or a user confirmed the match.
    case exact
    /// One agency clearly fits: the name read is its name without or with the region in front
    /// ("城南区教育局" for "江东市城南区教育局"), or nearly the same, and no other agency comes close.
    case probable
    /// Some agency may fit, but not clearly (an abbreviation, two agencies alike): a person should confirm.
    case uncertain
    /// No agency on the roster fits, or the document names none.
    case none

    /// "确定" / "很可能" / "待确认" / "未匹配".
    public var displayName: String {
        switch self {
        case .exact: "确定"
        case .probable: "很可能"
        case .uncertain: "待确认"
        case .none: "未匹配"
        }
    }

    /// Whether a report with this confidence is placed without asking.
    public var isAccepted: Bool { self == .exact || self == .probable }

    private var rank: Int {
        switch self {
        case .exact: 0
        case .probable: 1
        case .uncertain: 2
        case .none: 3
        }
    }

    public static func < (lhs: MatchConfidence, rhs: MatchConfidence) -> Bool { lhs.rank < rhs.rank }
}

/// The roster agency a report's stated name was matched to, and how sure the match is.
public struct AgencyMatch: Sendable, Hashable {
    /// One agency considered, with its similarity to the name read (0…1).
    public struct Candidate: Sendable, Hashable {
        public let agency: AgencyID
        public let score: Double
    }

    /// The name the document states, if any.
    public let name: String?
    /// The best agency when the confidence is exact, probable or uncertain.
    public let agency: AgencyID?
    public let confidence: MatchConfidence
    /// The agencies that may be meant, best first (at most three; for `none` the nearest names,
    /// if any come near), for a screen that asks the user to choose.
    public let candidates: [Candidate]

    public init(name: String?, agency: AgencyID?, confidence: MatchConfidence, candidates: [Candidate]) {
        self.name = name
        self.agency = agency
        self.confidence = confidence
        self.candidates = candidates
    }

    /// A match a user confirmed (or made) by hand.
    public static func confirmed(_ agency: AgencyID, name: String?) -> AgencyMatch {
        AgencyMatch(name: name, agency: agency, confidence: .exact, candidates: [Candidate(agency: agency, score: 1)])
    }
}
