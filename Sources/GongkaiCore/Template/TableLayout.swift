/// What a cell of a statutory table may hold.
public enum CellKind: Sendable, Hashable {
    /// A non-negative whole number (件数, 数量).
    case count
    /// A whole number that may be negative: the 2019 table 2 `本年增/减`.
    case signedCount
    /// A non-negative amount of money in 万元, decimals allowed.
    case amount
}

/// One value column of a statutory table.
public struct ColumnDefinition: Sendable, Hashable {
    /// The key of the field in the canonical JSON (table 2), or the column's name in code (tables 3, 4).
    public let key: String
    /// The header label exactly as the template prints it.
    public let label: String
    /// The merged header cell above this column, if any (法人或其他组织, 未经复议直接起诉…).
    public let group: String?
    public let kind: CellKind

    public init(key: String, label: String, group: String? = nil, kind: CellKind = .count) {
        self.key = key
        self.label = label
        self.group = group
        self.kind = kind
    }

    /// The label with its group, for messages: "法人或其他组织·商业企业".
    public var displayLabel: String {
        guard let group else { return label }
        return "\(group)·\(label)"
    }
}

/// The key of a value row: stable across templates, used in the canonical JSON and in code.
public struct RowKey: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: RowKey, rhs: RowKey) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A captioned block of table 2, one item of 《条例》第二十条.
public struct ProactiveBlock: Sendable, Hashable {
    /// "第二十条第（一）项".
    public let caption: String
    /// The value columns after 信息内容.
    public let columns: [ColumnDefinition]
}

/// One value row of a statutory table, as the template defines it.
public struct RowDefinition: Sendable, Hashable {
    public let key: RowKey
    /// The row's own label, as the template prints it: "1.属于国家秘密".
    public let label: String
    /// The label cells that span this row from the left, outermost first:
    /// `["三、本年度办理结果", "（三）不予公开"]`. Empty for rows whose label stands alone.
    public let groups: [String]
    /// Labels seen in real reports that mean this row but differ beyond normalization (misprints).
    public let variants: [String]
    public let columns: [ColumnDefinition]
    /// The table-2 block holding the row; `nil` for tables 3 and 4.
    public let block: ProactiveBlock?

    public init(
        key: RowKey, label: String, groups: [String] = [], variants: [String] = [],
        columns: [ColumnDefinition], block: ProactiveBlock? = nil
    ) {
        self.key = key
        self.label = label
        self.groups = groups
        self.variants = variants
        self.columns = columns
        self.block = block
    }

    /// The label with its innermost group, for messages: "（三）不予公开 1.属于国家秘密".
    public var displayLabel: String {
        guard let group = groups.last, groups.count > 1 || group.hasPrefix("（") else { return label }
        return "\(group) \(label)"
    }
}

/// The rows of one statutory table in one template, defined once and read by every part of Gongkai.
public struct TableLayout: Sendable, Hashable {
    public let table: TableID
    /// The template whose rows these are. A hybrid report can hold a 2019 table-3 layout in a 2021 report.
    public let version: TemplateVersion
    public let rows: [RowDefinition]
    private let indexByKey: [RowKey: Int]

    init(table: TableID, version: TemplateVersion, rows: [RowDefinition]) {
        self.table = table
        self.version = version
        self.rows = rows
        var index: [RowKey: Int] = [:]
        for (offset, row) in rows.enumerated() { index[row.key] = offset }
        self.indexByKey = index
    }

    /// The position of the row with `key`, or `nil` when this layout has no such row.
    public func index(of key: RowKey) -> Int? { indexByKey[key] }

    /// The row with `key`, or `nil` when this layout has no such row.
    public func row(_ key: RowKey) -> RowDefinition? { indexByKey[key].map { rows[$0] } }

    /// Whether the JSON form of a row is an object of named fields (table 2) or an array (tables 3, 4).
    public var rowsAreObjects: Bool { table == .proactive }

    /// The number of value cells in the whole table.
    public var cellCount: Int { rows.reduce(0) { $0 + $1.columns.count } }

    public static func == (lhs: TableLayout, rhs: TableLayout) -> Bool {
        lhs.table == rhs.table && lhs.version == rhs.version
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(table)
        hasher.combine(version)
    }
}
