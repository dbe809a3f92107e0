/// T3_COLUMN_TOTAL, T3_RESULTS_TOTAL, T3_BALANCE: the identities of table 3 (templates.md §4.1).
///
/// The three identities over-determine the table, so one wrong cell usually breaks several
/// equations at once. Each finding points at the most likely culprit: of the cells in the failed
/// equation, the one that takes part in the most failed equations overall.
public struct RequestsIdentityRule: AuditRule {
    public var codes: [RuleCode] { [.t3ColumnTotal, .t3ResultsTotal, .t3Balance] }

    /// One identity instance: `sum` should equal the sum of `parts` (or, for the balance, the
    /// left side should equal the right).
    struct Equation {
        var code: RuleCode
        /// The cells on the left side, then those on the right; the first is the "total" cell.
        var left: [Position]
        var right: [Position]
        var describe: (_ left: Int, _ right: Int) -> String
    }

    struct Position: Hashable {
        var row: Int
        var column: Int
    }

    public func findings(in context: AuditContext) -> [Finding] {
        guard let table = context.report.requests else { return [] }
        let layout = table.layout
        let failed = equations(layout).filter { equation in
            guard let left = sum(equation.left, table), let right = sum(equation.right, table) else { return false }
            return left != right
        }
        var involvement: [Position: Int] = [:]
        for equation in failed {
            for position in Set(equation.left + equation.right) { involvement[position, default: 0] += 1 }
        }
        return failed.map { equation in
            let cells = equation.left + equation.right
            let culprit = cells.max { involvement[$0]! < involvement[$1]! } ?? cells[0]
            let count = involvement[culprit]!
            var message = equation.describe(sum(equation.left, table)!, sum(equation.right, table)!)
            if count >= 2 {
                let row = layout.rows[culprit.row]
                message += "。最可能出错的单元格：\(CellReference.cellName(layout, row, column: culprit.column))（涉及\(count)个不成立的等式）"
            }
            return Finding(
                code: equation.code, severity: .error,
                location: CellReference.path(layout, layout.rows[culprit.row], column: culprit.column), message: message)
        }
    }

    private func sum(_ positions: [Position], _ table: ReportTable) -> Int? {
        var total = 0
        for position in positions {
            guard let value = table[row: position.row, column: position.column]?.integerValue else { return nil }
            total += value
        }
        return total
    }

    /// Every equation of H1, H2 and H3 for `layout`.
    func equations(_ layout: TableLayout) -> [Equation] {
        let columns = Templates.requestsColumns
        let totalColumn = Templates.requestsTotalColumn
        var result: [Equation] = []
        // H2: each row's 总计 is the sum of the six applicant columns.
        for (index, row) in layout.rows.enumerated() {
            result.append(
                Equation(
                    code: .t3ColumnTotal, left: [Position(row: index, column: totalColumn)],
                    right: (0..<totalColumn).map { Position(row: index, column: $0) },
                    describe: { left, right in
                        "表三“\(row.displayLabel)”行：总计（\(left)）不等于自然人与法人或其他组织各列之和（\(right)）"
                    }))
        }
        guard let total = layout.index(of: Templates.Row.total), let newReceived = layout.index(of: Templates.Row.newReceived),
            let carriedOver = layout.index(of: Templates.Row.carriedOver),
            let carriedForward = layout.index(of: Templates.Row.carriedForward)
        else { return result }
        let resultRows = layout.rows.indices.filter {
            $0 != total && layout.rows[$0].groups.first == Templates.resultsGroup
        }
        for column in columns.indices {
            let name = columns[column].label
            // H3: （七）总计 is the sum of the result rows （一）…（六）.
            result.append(
                Equation(
                    code: .t3ResultsTotal, left: [Position(row: total, column: column)],
                    right: resultRows.map { Position(row: $0, column: column) },
                    describe: { left, right in
                        "表三“\(name)”列：（七）总计（\(left)）不等于（一）至（六）各项办理结果之和（\(right)）"
                    }))
            // H1: 一 + 二 = 三（七） + 四, the identity the table states in its corner.
            result.append(
                Equation(
                    code: .t3Balance,
                    left: [Position(row: newReceived, column: column), Position(row: carriedOver, column: column)],
                    right: [Position(row: total, column: column), Position(row: carriedForward, column: column)],
                    describe: { left, right in
                        "表三“\(name)”列：第一项加第二项之和（\(left)）不等于第三项加第四项之和（\(right)），即本年新收加上年结转应等于办理结果总计加结转下年度"
                    }))
        }
        return result
    }
}
