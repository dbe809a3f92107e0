import Foundation

/// One cell of a region's summed table: the sum of the values present, and how many agencies
/// left it blank — a blank is a gap that is counted, never a 0 that is added.
public struct AggregateCell: Sendable, Hashable {
    /// The sum of the agencies' values; `nil` when none of them had one.
    public let sum: Cell?
    /// How many agencies' values are in the sum.
    public let reported: Int
    /// How many agencies added up have no value here: the cell is blank, their report lacks the
    /// table, or the value could not be carried over from the other template.
    public let gaps: Int

    public init(sum: Cell?, reported: Int, gaps: Int) {
        self.sum = sum
        self.reported = reported
        self.gaps = gaps
    }

    /// Whether every agency added up had a value.
    public var isComplete: Bool { gaps == 0 }
}

/// One statutory table summed over several agencies' reports, in one template.
public struct AggregateTable: Sendable, Hashable {
    public let layout: TableLayout
    /// `cells[row][column]`, rows in `layout` order.
    public let cells: [[AggregateCell]]

    /// Sums `tables` (`nil` for a report without the table), all of `layout`.
    init(layout: TableLayout, tables: [ReportTable?]) {
        self.layout = layout
        cells = layout.rows.indices.map { row in
            layout.rows[row].columns.indices.map { column in
                var total = Decimal(0)
                var allIntegers = true
                var reported = 0
                for table in tables {
                    guard let value = table?[row: row, column: column] else { continue }
                    reported += 1
                    total += value.decimalValue
                    if case .decimal = value { allIntegers = false }
                }
                let sum: Cell? =
                    reported == 0
                    ? nil : allIntegers ? .integer(NSDecimalNumber(decimal: total).intValue) : .decimal(total)
                return AggregateCell(sum: sum, reported: reported, gaps: tables.count - reported)
            }
        }
    }

    /// The cell at `key`, `column`.
    public subscript(key: RowKey, column: Int) -> AggregateCell? {
        guard let row = layout.index(of: key), cells[row].indices.contains(column) else { return nil }
        return cells[row][column]
    }

    /// The sums as a report table (a cell no agency filled stays blank), for the official grid.
    public var sums: ReportTable {
        var table = ReportTable(layout: layout)
        for (row, values) in cells.enumerated() {
            for (column, cell) in values.enumerated() { table[row: row, column: column] = cell.sum }
        }
        return table
    }

    /// Cells where at least one agency left a gap.
    public var incompleteCells: Int { cells.reduce(0) { $0 + $1.filter { !$0.isComplete }.count } }
}
