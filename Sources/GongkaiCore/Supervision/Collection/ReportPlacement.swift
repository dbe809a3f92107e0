/// What the board did with one report handed to it.
public struct ReportPlacement: Sendable, Hashable {
    /// The report's part on the board.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// The agency's report of the board's year.
        case current
        /// The agency's report of the year before: compared with this year's (CARRY_MISMATCH, TEXT_COPIED).
        case previousYear
        /// Another year's report of the agency: in the trend only.
        case otherYear
        /// A second report of the same agency and year; the first one (by origin, match, errors, file) counts.
        case duplicate
        /// The name read may be a roster agency's, but a person must confirm which.
        case needsConfirmation
        /// The name read is no roster agency's (or the document names none).
        case unmatched
        /// The report's agency is on the roster but outside the board's region.
        case outOfScope
        /// The report's year could not be read.
        case yearUnknown
        /// The file could not be read.
        case unreadable

        /// How the role is named to users.
        public var displayName: String {
            switch self {
            case .current: "本年度报告"
            case .previousYear: "上年度报告"
            case .otherYear: "其他年度报告"
            case .duplicate: "重复报告"
            case .needsConfirmation: "待确认"
            case .unmatched: "未匹配"
            case .outOfScope: "不在本地区"
            case .yearUnknown: "年度无法识别"
            case .unreadable: "无法读取"
            }
        }
    }

    /// The file (or upload) the report came from.
    public let file: String
    /// The match of its stated agency; `nil` for an unreadable file.
    public let match: AgencyMatch?
    /// The year it reports on, when read.
    public let year: Int?
    public let role: Role
}

/// An agency's line on the board: its report of the year, its status and its findings.
public struct AgencyStatus: Sendable {
    public let agency: RosterAgency
    public let status: CollectionStatus
    /// The statutory date of its report.
    public let deadline: CivilDate
    /// The report counted, if any.
    public let report: CollectedReport?
    /// When it was published, and how that is known.
    public let publication: PublicationDate?
    /// Days after the statutory date it was published (for `.late`).
    public let daysLate: Int?
    /// For a missing report: whether the statutory date has passed on the board's date.
    public let overdue: Bool
    /// Every finding: the auditor's, across years, lateness, and the aggregate comparison.
    public let findings: [Finding]
    /// The match of the report to this agency.
    public let match: AgencyMatch?

    /// The number of findings of `severity`.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// "未提交（已逾期）" and the like: the status as a line of the board shows it.
    public var statusText: String {
        if status == .missing, overdue { return "未提交（已过法定时限）" }
        if status == .late, let daysLate { return "逾期\(daysLate)天" }
        return status.displayName
    }
}
