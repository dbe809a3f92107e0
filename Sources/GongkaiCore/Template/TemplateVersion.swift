/// The two official formats of the annual report.
///
/// - `v2019`: 国办公开办函〔2019〕60号, used for the reports on 2019 and 2020.
/// - `v2021`: 国办公开办函〔2021〕30号, used for the reports on 2021 onward.
public enum TemplateVersion: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case v2019 = "2019"
    case v2021 = "2021"

    /// The template a report on `year` must use.
    public static func required(forReportYear year: Int) -> TemplateVersion {
        year >= 2021 ? .v2021 : .v2019
    }

    /// The issuing notice, as officials cite it.
    public var notice: String {
        switch self {
        case .v2019: "国办公开办函〔2019〕60号"
        case .v2021: "国办公开办函〔2021〕30号"
        }
    }

    /// "2019年版格式" / "2021年版格式": how the template is named in user-facing text.
    public var displayName: String { "\(rawValue)年版格式" }

    public static func < (lhs: TemplateVersion, rhs: TemplateVersion) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// The three statutory tables of the report.
public enum TableID: String, Sendable, Hashable, CaseIterable, Codable {
    /// Table 2: 主动公开政府信息情况.
    case proactive
    /// Table 3: 收到和处理政府信息公开申请情况.
    case requests
    /// Table 4: 政府信息公开行政复议、行政诉讼情况.
    case review

    /// The statutory section that holds the table (二, 三, 四).
    public var sectionNumber: Int {
        switch self {
        case .proactive: 2
        case .requests: 3
        case .review: 4
        }
    }

    /// "表二（主动公开政府信息情况）": how the table is named in messages.
    public var displayName: String {
        switch self {
        case .proactive: "表二（主动公开政府信息情况）"
        case .requests: "表三（收到和处理政府信息公开申请情况）"
        case .review: "表四（行政复议、行政诉讼情况）"
        }
    }

    /// A short name for messages where the table is already clear from context.
    public var shortName: String {
        switch self {
        case .proactive: "表二"
        case .requests: "表三"
        case .review: "表四"
        }
    }
}
