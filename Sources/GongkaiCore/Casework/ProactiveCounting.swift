import Foundation

/// How table 2 (主动公开政府信息情况) is computed from the registers for a year.
///
/// 2021 template:
/// - 本年制发件数: documents issued in the year; 本年废止件数: repealed in the year;
///   现行有效件数: issued by 31 December and not repealed by then.
/// - 本年处理决定数量: the year's monthly decision tallies added up.
/// - 本年收费金额（万元）: the year's 行政事业性收费 collections, in 元 ÷ 10,000, unrounded.
///
/// 2019 template (interpretations; the 60号 notice's field instructions were not available):
/// - 本年新制作数量: documents issued in the year; 本年新公开数量: documents published in the year
///   (whenever issued); 对外公开总数量: documents published by 31 December and still in force then —
///   "what the public can find as current", rather than everything ever published.
/// - 上一年项目数量: the item count at the end of the previous year; 本年增/减: this year-end's count
///   minus the previous one (negative when items were cut); a year without a record counts 0.
/// - 处理决定数量: as in 2021, including 其他对外管理服务事项.
/// - 政府集中采购: 采购项目数量 projects contracted in the year; 采购总金额 their amount in 万元.
public enum ProactiveCounting {
    /// One cell of table 2 with the records counted in it.
    public struct CellTally: Sendable, Hashable {
        /// The row's key.
        public let row: RowKey
        /// The column's index within the row (as in `RowDefinition.columns`).
        public let column: Int
        /// The value of the cell.
        public let value: Cell
        /// The records the value is computed from, in register order.
        public let records: [RecordID]
    }

    /// Every cell of table 2 in `template` for `year`, in layout order.
    public static func tally(_ registers: ProactiveRegisters, year: Int, template: TemplateVersion) -> [CellTally] {
        let end = CivilDate.endOfYear(year)
        func inYear(_ date: CivilDate?) -> Bool { date.map { $0.year == year } ?? false }
        var cells: [CellTally] = []
        for row in Templates.layout(.proactive, template).rows {
            for (index, column) in row.columns.enumerated() {
                let (value, records) = compute(row.key, column.key, registers, year: year, end: end, inYear: inYear)
                cells.append(CellTally(row: row.key, column: index, value: value, records: records))
            }
        }
        return cells
    }

    private static func compute(
        _ row: RowKey, _ column: String, _ registers: ProactiveRegisters, year: Int, end: CivilDate,
        inYear: (CivilDate?) -> Bool
    ) -> (Cell, [RecordID]) {
        func documents(_ include: (RegisteredDocument) -> Bool) -> (Cell, [RecordID]) {
            let ids = registers.documents.filter { $0.kind.rowKey == row && include($0) }.map(\.id)
            return (.integer(ids.count), ids)
        }
        func items(_ year: Int) -> [ItemCountRecord] {
            registers.itemCounts.filter { $0.category.rowKey == row && $0.year == year }
        }
        switch column {
        case "issued", "newlyMade":
            return documents { inYear($0.issuedOn) }
        case "repealed":
            return documents { inYear($0.repealedOn) }
        case "inForce":
            return documents { $0.isInForce(atEndOf: end) }
        case "newlyPublished":
            return documents { inYear($0.publishedOn) }
        case "totalPublished":
            return documents { document in
                document.publishedOn.map { $0 <= end } == true && document.isInForce(atEndOf: end)
            }
        case "decisions":
            let tallies = registers.decisionTallies.filter { $0.category.rowKey == row && $0.year == year }
            return (.integer(tallies.reduce(0) { $0 + $1.count }), tallies.map(\.id))
        case "previousCount":
            let previous = items(year - 1)
            return (.integer(previous.reduce(0) { $0 + $1.count }), previous.map(\.id))
        case "change":
            let previous = items(year - 1)
            let current = items(year)
            let delta = current.reduce(0) { $0 + $1.count } - previous.reduce(0) { $0 + $1.count }
            return (.integer(delta), previous.map(\.id) + current.map(\.id))
        case "projects":
            let projects = registers.procurements.filter { inYear($0.contractedOn) }
            return (.integer(projects.count), projects.map(\.id))
        case "amountWan" where row == "procurement":
            let projects = registers.procurements.filter { inYear($0.contractedOn) }
            return (.decimal(wan(projects.map(\.amountYuan))), projects.map(\.id))
        case "amountWan":
            let collections = registers.feeCollections.filter { $0.year == year }
            return (.decimal(wan(collections.map(\.amountYuan))), collections.map(\.id))
        default:
            preconditionFailure("table 2 column \(column) of \(row) has no counting rule")
        }
    }

    /// The sum of amounts in 元, in 万元.
    static func wan(_ amounts: [Decimal]) -> Decimal {
        amounts.reduce(Decimal(0), +) / 10_000
    }
}
