/// How an agency counts its appeal cases in table 4 (行政复议、行政诉讼情况): an agency setting.
public enum AppealCountingMode: String, Sendable, Hashable, CaseIterable, Codable {
    /// The cases handled in the year: those decided in it (whenever filed) under their result,
    /// and those filed by 31 December and not decided by then as 尚未审结. A long case appears as
    /// 尚未审结 in each year it stays open, then under its result. Practice in many provinces
    /// (Shanghai footnotes it "含上年度结转数量"); the default.
    case handledInYear
    /// The cases filed in the year, with their state on 31 December: decided by then under their
    /// result, otherwise 尚未审结. A case filed in one year and decided in the next appears only
    /// in the first year's report.
    case filedInYear

    /// "含上年度结转" / "按受理年度", for settings screens.
    public var label: String {
        switch self {
        case .handledInYear: "本年审结及年末未结（含上年度结转）"
        case .filedInYear: "按本年受理（立案）统计"
        }
    }

    /// The note printed under table 4 so that a reader knows which count it is.
    public var footnote: String {
        switch self {
        case .handledInYear:
            "注：本表统计本年度审结和截至12月31日尚未审结的行政复议、行政诉讼案件，含上年度结转数量；"
                + "同一诉讼进入二审或再审的，按最新审级统计一次。"
        case .filedInYear:
            "注：本表统计本年度受理（立案）的行政复议、行政诉讼案件，结果为截至12月31日的状态，不含上年度结转数量；"
                + "同一诉讼进入二审或再审的，按最新审级统计一次。"
        }
    }
}

/// How appeal cases are counted in table 4 of a year.
///
/// Rules:
/// - Only cases where the agency is the respondent, or the reconsideration body sued alone, are
///   counted (`AppealRole.isCounted`; 国办公开办函〔2016〕201号: a 复议机关 sued as co-defendant
///   leaves the suit to the original agency).
/// - The year's cases by the mode (`AppealCountingMode`): decided in the year plus pending at its
///   end (default), or filed in the year with their state at its end. 总计 = 维持 + 纠正 + 其他 +
///   尚未审结 by construction.
/// - 已审结: a lawsuit record is decided when the court at its level gave its judgment or ruling
///   (`decision`). Each court level is its own record; when a higher instance (二审, 再审) naming a
///   record as `priorInstanceID` was filed by 31 December, that record is superseded for the
///   year and the suit is counted once, at its latest level. So a first instance decided in
///   November and appealed in December counts as the appeal (尚未审结 if undecided); one appealed
///   in January counts as decided in its year and the appeal in the next.
///
/// Table 4 has no carry-over identity with table 3 (templates.md S8).
public enum AppealCounting {
    /// The table-4 column of a case filed on `filedOn` with `decision`, in `year`; `nil` when not counted.
    static func column(
        filedOn: CivilDate, decision: AppealDecision?, year: Int, mode: AppealCountingMode
    ) -> AppealOutcome? {
        let start = CivilDate.startOfYear(year)
        let end = CivilDate.endOfYear(year)
        switch mode {
        case .handledInYear:
            if let decision, decision.decidedOn <= end {
                return decision.decidedOn >= start ? decision.result.outcome : nil
            }
            return filedOn <= end ? .pending : nil
        case .filedInYear:
            guard filedOn >= start, filedOn <= end else { return nil }
            if let decision, decision.decidedOn <= end { return decision.result.outcome }
            return .pending
        }
    }

    /// The (row, column) a reconsideration is counted in for `year`, or `nil`.
    public static func cell(
        of reconsideration: ReconsiderationCase, year: Int, mode: AppealCountingMode = .handledInYear
    ) -> (row: RowKey, outcome: AppealOutcome)? {
        guard reconsideration.role.isCounted else { return nil }
        return column(filedOn: reconsideration.filedOn, decision: reconsideration.decision, year: year, mode: mode)
            .map { (Templates.Row.reconsideration, $0) }
    }

    /// The (row, column) a lawsuit is counted in for `year`, or `nil`. `supersededOn` is the
    /// filing date of the earliest higher instance naming this record, if any.
    public static func cell(
        of litigation: LitigationCase, year: Int, mode: AppealCountingMode = .handledInYear,
        supersededOn: CivilDate? = nil
    ) -> (row: RowKey, outcome: AppealOutcome)? {
        guard litigation.role.isCounted else { return nil }
        if let supersededOn, supersededOn <= CivilDate.endOfYear(year) { return nil }
        return column(filedOn: litigation.filedOn, decision: litigation.decision, year: year, mode: mode)
            .map { (litigation.route.rowKey, $0) }
    }

    /// For each lawsuit id named as a lower instance, the filing date of the earliest record
    /// that names it: the day from which it is superseded.
    public static func supersessions(in litigations: [LitigationCase]) -> [RecordID: CivilDate] {
        var result: [RecordID: CivilDate] = [:]
        for item in litigations {
            guard let prior = item.priorInstanceID else { continue }
            result[prior] = min(result[prior] ?? item.filedOn, item.filedOn)
        }
        return result
    }
}
