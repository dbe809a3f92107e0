/// Whether an agency is a people's government or one of its departments: the statutory date of
/// its annual report depends on it.
public enum AgencyKind: String, Sendable, Hashable, CaseIterable {
    /// 县级以上地方人民政府（及乡镇人民政府）: publishes by 3月31日 (《条例》第五十条).
    case government = "政府"
    /// 政府部门 and other units: publish by 1月31日 (《条例》第四十九条).
    case department = "部门"

    /// The last day to publish the report on `year`: 31 January or 31 March of the following year.
    /// "每年1月31日前" is read as "by 31 January": a report published that day is on time.
    public func deadline(forReportYear year: Int) -> CivilDate {
        CivilDate(year: year + 1, month: self == .government ? 3 : 1, day: 31)!
    }

    /// The article that sets the date: "第五十条" / "第四十九条".
    public var article: String { self == .government ? "第五十条" : "第四十九条" }
}

/// An agency expected to publish an annual report, as the roster lists it.
public struct RosterAgency: Sendable, Hashable {
    public let id: AgencyID
    /// The full name: "江东市城南区教育局".
    public let name: String
    public let kind: AgencyKind
    public let region: RegionID
    /// The unit above (a department's people's government), when there is one on the roster.
    public let parent: AgencyID?
    /// Other names the agency's reports use ("区教科体局"), for matching.
    public let aliases: [String]
    /// For a government: its report's tables cover its subordinate units (全区口径), so they are
    /// compared with the sum of those units' reports (AGGREGATE_MISMATCH) instead of being added
    /// to the region's totals.
    public let reportsRegionWide: Bool

    public init(
        id: AgencyID, name: String, kind: AgencyKind, region: RegionID, parent: AgencyID? = nil,
        aliases: [String] = [], reportsRegionWide: Bool = false
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.region = region
        self.parent = parent
        self.aliases = aliases
        self.reportsRegionWide = reportsRegionWide
    }

    /// The statutory date of its report on `year`.
    public func deadline(forReportYear year: Int) -> CivilDate { kind.deadline(forReportYear: year) }
}
