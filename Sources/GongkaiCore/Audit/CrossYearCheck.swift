/// The checks between two years of one agency — CARRY_MISMATCH (table 3's carry-over) and
/// TEXT_COPIED (last year's text repeated) — on the summaries a batch keeps.
///
/// Used wherever consecutive years are paired: `BatchChecker` pairs reports by the agency name
/// they state, the supervision board by the roster agency they were matched to.
public struct CrossYearCheck: Sendable {
    public var carryOver = CarryOverRule()
    public var textCopied = TextCopiedRule()

    public init() {}

    /// The findings for `current` against `previous`, the same agency's report on the year before.
    public func findings(_ current: CheckResult, previous: CheckResult) -> [Finding] {
        guard let report = current.report, let last = previous.report else { return [] }
        let context = AuditContext(parsed: ParsedReport(report: report, format: .json), previous: last)
        var found = carryOver.findings(in: context)
        if let now = current.narrative, let before = previous.narrative {
            found += textCopied.findings(current: now, previous: before, previousYear: last.year)
        }
        return found
    }
}
