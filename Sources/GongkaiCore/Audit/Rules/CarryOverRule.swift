/// CARRY_MISMATCH: this year's 上年结转 equals last year's 结转下年度, column by column.
///
/// A strong warning rather than an error: agencies re-count, merge or split, and then the two
/// legitimately differ — but the difference must be explained.
public struct CarryOverRule: AuditRule {
    public var codes: [RuleCode] { [.carryMismatch] }

    public func findings(in context: AuditContext) -> [Finding] {
        guard let previous = context.previous, let lastYear = previous.requests?[Templates.Row.carriedForward],
            let table = context.report.requests, let thisYear = table[Templates.Row.carriedOver],
            let row = table.layout.row(Templates.Row.carriedOver)
        else { return [] }
        let previousYear = previous.year.map { "\($0)年度" } ?? "上一年度"
        return zip(thisYear, lastYear).enumerated().compactMap { column, pair in
            guard let now = pair.0?.integerValue, let before = pair.1?.integerValue, now != before else { return nil }
            return Finding(
                code: .carryMismatch, severity: .warning,
                location: CellReference.path(table.layout, row, column: column),
                message: "表三“二、上年结转政府信息公开申请数量”“\(Templates.requestsColumns[column].label)”列为\(now)，而\(previousYear)报告“四、结转下年度继续办理”为\(before)；两者应相等，如有差异请在报告中说明原因")
        }
    }
}
