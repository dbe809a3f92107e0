/// One cell of a statutory table: the table, the row's key and the column's index in the row.
///
/// Column indices follow the templates: table 3 `Templates.requestsColumns` (0…5 applicant
/// types, 6 总计); table 4 `Templates.reviewColumns` (0 维持, 1 纠正, 2 其他, 3 尚未审结, 4 总计);
/// table 2 the row's `RowDefinition.columns`.
public struct CellAddress: Sendable, Hashable, CustomStringConvertible {
    /// The table.
    public let table: TableID
    /// The row's key, as in the layout.
    public let row: RowKey
    /// The column's index in the row.
    public let column: Int

    /// The cell of `table` at `row`, `column`.
    public init(_ table: TableID, _ row: RowKey, _ column: Int) {
        self.table = table
        self.row = row
        self.column = column
    }

    /// The canonical JSON path of the cell: `requests.total[6]`.
    public var description: String { "\(table.rawValue).\(row)[\(column)]" }
}
