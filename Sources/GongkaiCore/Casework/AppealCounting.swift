/// How appeal cases are counted in table 4 (行政复议、行政诉讼情况) of a year.
///
/// Rule: table 4 reports the cases handled in the year —
/// - a case decided in the year is counted under its result (维持/纠正/其他), whenever it was filed;
/// - a case filed on or before 31 December and not decided by then is counted as 尚未审结,
///   whatever year it was filed in (a suit pending for two year-ends appears as 尚未审结 in both
///   reports, then under its result in the year it is decided);
/// - a case decided in an earlier year, or filed after the year, is not counted.
///
/// So every case appears in the report of the year it ends, and a long case never disappears
/// from a report while open. (The alternative some agencies use — count by filing year with the
/// status at year end — would drop a case filed in one year and decided the next from the
/// second report.) 总计 = 维持 + 纠正 + 其他 + 尚未审结 by construction. Table 4 has no carry-over
/// identity with table 3 (templates.md S8).
public enum AppealCounting {
    /// The table-4 column of a case filed on `filedOn` with `decision`, in `year`; `nil` when not counted.
    static func column(filedOn: CivilDate, decision: AppealDecision?, year: Int) -> AppealOutcome? {
        let start = CivilDate.startOfYear(year)
        let end = CivilDate.endOfYear(year)
        if let decision, decision.decidedOn <= end {
            return decision.decidedOn >= start ? decision.result.outcome : nil
        }
        return filedOn <= end ? .pending : nil
    }

    /// The (row, column) a reconsideration is counted in for `year`, or `nil`.
    public static func cell(of reconsideration: ReconsiderationCase, year: Int) -> (
        row: RowKey, outcome: AppealOutcome
    )? {
        column(filedOn: reconsideration.filedOn, decision: reconsideration.decision, year: year)
            .map { (Templates.Row.reconsideration, $0) }
    }

    /// The (row, column) a lawsuit is counted in for `year`, or `nil`.
    public static func cell(of litigation: LitigationCase, year: Int) -> (row: RowKey, outcome: AppealOutcome)? {
        column(filedOn: litigation.filedOn, decision: litigation.decision, year: year)
            .map { (litigation.route.rowKey, $0) }
    }
}
