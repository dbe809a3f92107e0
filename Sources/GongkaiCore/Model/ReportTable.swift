/// The values of one statutory table, laid out as its template defines it.
///
/// Every row of the layout is present; a cell that the document leaves blank (or lacks) is `nil`.
public struct ReportTable: Sendable, Hashable {
    public let layout: TableLayout
    /// `rows[i][j]` is column `j` of `layout.rows[i]`.
    public private(set) var rows: [[Cell?]]

    /// A table of `layout` with every cell blank.
    public init(layout: TableLayout) {
        self.layout = layout
        self.rows = layout.rows.map { Array(repeating: nil, count: $0.columns.count) }
    }

    public var table: TableID { layout.table }

    /// The cells of the row with `key`, or `nil` when the layout has no such row.
    public subscript(key: RowKey) -> [Cell?]? {
        layout.index(of: key).map { rows[$0] }
    }

    /// The cell at `key`, `column`; setting a row or column the layout lacks is a programming error.
    public subscript(key: RowKey, column: Int) -> Cell? {
        get {
            guard let row = layout.index(of: key), rows[row].indices.contains(column) else { return nil }
            return rows[row][column]
        }
        set {
            guard let row = layout.index(of: key) else { preconditionFailure("no row \(key) in \(layout.table)") }
            rows[row][column] = newValue
        }
    }

    /// The cell at row `row` (an index into `layout.rows`), `column`.
    public subscript(row row: Int, column column: Int) -> Cell? {
        get { rows[row][column] }
        set { rows[row][column] = newValue }
    }

    /// The whole number at `key`, `column`, or `nil` when blank (or not a whole number).
    public func integer(_ key: RowKey, _ column: Int) -> Int? {
        self[key, column]?.integerValue
    }

    /// Whether every cell is blank.
    public var isBlank: Bool { rows.allSatisfy { $0.allSatisfy { $0 == nil } } }

    /// Every cell with its position, in layout order.
    public var cells: some Sequence<(row: RowDefinition, column: Int, value: Cell?)> {
        layout.rows.indices.lazy.flatMap { rowIndex in
            rows[rowIndex].indices.lazy.map { column in
                (row: layout.rows[rowIndex], column: column, value: rows[rowIndex][column])
            }
        }
    }
}
