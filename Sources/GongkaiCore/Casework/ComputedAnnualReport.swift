/// An annual report computed from records, with drill-down from any cell to its records.
public struct ComputedAnnualReport: Sendable {
    /// The report: sections empty, tables 2–4 filled with numbers.
    public let report: Report
    /// The year reported on.
    public let year: Int
    /// The template filled.
    public let template: TemplateVersion
    let requests: RequestsTableTally
    let review: ReviewTableTally
    let proactive: [ProactiveCounting.CellTally]

    /// The ids of the records counted in `cell`, in input order; `nil` when the report's layout
    /// has no such cell.
    ///
    /// Table 3: the requests (a 总计 column gives every applicant type; （七）总计 every result
    /// row). Table 4: the cases (总计: all four outcomes). Table 2: the register records the cell
    /// is computed from (for 本年增/减, the item counts of both year ends).
    public func records(in cell: CellAddress) -> [RecordID]? {
        switch cell.table {
        case .requests:
            return requests.records(row: cell.row, column: cell.column)
        case .review:
            return review.records(row: cell.row, column: cell.column)
        case .proactive:
            return proactive.first { $0.row == cell.row && $0.column == cell.column }?.records
        }
    }

    /// `records(in:)` for table `table`, row `row`, column `column`.
    public func records(table: TableID, row: RowKey, column: Int) -> [RecordID]? {
        records(in: CellAddress(table, row, column))
    }
}
