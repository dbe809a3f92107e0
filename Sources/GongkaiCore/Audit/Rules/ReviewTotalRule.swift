/// T4_TOTAL: in each group of table 4, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
public struct ReviewTotalRule: AuditRule {
    public var codes: [RuleCode] { [.t4Total] }

    public func findings(in context: AuditContext) -> [Finding] {
        guard let table = context.report.review else { return [] }
        let layout = table.layout
        let totalColumn = Templates.reviewTotalColumn
        return layout.rows.enumerated().compactMap { index, row in
            let cells = table.rows[index].map { $0?.integerValue }
            guard let total = cells[totalColumn] else { return nil }
            let parts = cells[..<totalColumn]
            guard parts.allSatisfy({ $0 != nil }) else { return nil }
            let sum = parts.reduce(0) { $0 + $1! }
            guard sum != total else { return nil }
            return Finding(
                code: .t4Total, severity: .error, location: CellReference.path(layout, row, column: totalColumn),
                message: "表四“\(CellReference.rowLabel(layout, row))”：总计（\(total)）不等于结果维持、结果纠正、其他结果、尚未审结之和（\(sum)）")
        }
    }
}
