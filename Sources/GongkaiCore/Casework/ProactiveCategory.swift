/// The kinds of decision and item table 2 counts. Raw values are stable (stored in databases).
public enum ProactiveCategory: String, Sendable, Hashable, CaseIterable, Codable {
    /// 行政许可.
    case licensing
    /// 其他对外管理服务事项 (2019 template only).
    case otherServices
    /// 行政处罚.
    case penalty
    /// 行政强制.
    case coercion
    /// 行政事业性收费 (item counts only; 2019 template).
    case fees

    /// The table-2 row.
    public var rowKey: RowKey {
        switch self {
        case .licensing: "licensing"
        case .otherServices: "otherServices"
        case .penalty: "penalties"
        case .coercion: "coercion"
        case .fees: "fees"
        }
    }
}
