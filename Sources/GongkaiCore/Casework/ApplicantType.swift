/// The applicant columns of table 3: 自然人 and the five kinds of 法人或其他组织.
///
/// Raw values are the column keys of `Templates.requestsColumns` (stable: stored in databases).
public enum ApplicantType: String, Sendable, Hashable, CaseIterable, Codable {
    /// 自然人.
    case naturalPerson
    /// 商业企业.
    case commercial
    /// 科研机构.
    case research
    /// 社会公益组织.
    case socialWelfare
    /// 法律服务机构.
    case legalService
    /// 其他 (法人或其他组织 of no listed kind).
    case other

    /// The index of the column in `Templates.requestsColumns` (0…5; 6 is 总计).
    public var columnIndex: Int {
        switch self {
        case .naturalPerson: 0
        case .commercial: 1
        case .research: 2
        case .socialWelfare: 3
        case .legalService: 4
        case .other: 5
        }
    }

    /// The type of column `index` (0…5), `nil` for 总计 or out of range.
    public init?(columnIndex index: Int) {
        guard let type = ApplicantType.allCases.first(where: { $0.columnIndex == index }) else { return nil }
        self = type
    }

    /// The column header as the template prints it: "自然人", "商业企业"…
    public var label: String { Templates.requestsColumns[columnIndex].label }

    /// Whether the applicant is a 法人或其他组织.
    public var isOrganization: Bool { self != .naturalPerson }
}
