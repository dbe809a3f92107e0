/// The parent-versus-children check of a government whose report states region-wide figures
/// (`RosterAgency.reportsRegionWide`): what was compared, and the differences.
public struct AggregateComparison: Sendable, Hashable {
    public let government: AgencyID
    /// Its subordinate units with a report of the year, added up.
    public let subordinates: [AgencyID]
    /// Its subordinate units without a report: every sum lacks them.
    public let missing: [AgencyID]
    /// Cells compared exactly (every unit had a value).
    public let compared: Int
    /// Cells not compared because the sum is incomplete (a unit's cell blank, a report missing)
    /// and the government's figure did not already fall short of it.
    public let incomplete: Int
    /// AGGREGATE_MISMATCH findings, one per differing cell, located in the government's report.
    public let findings: [Finding]
}

/// AGGREGATE_MISMATCH: a government's region-wide figure differs from the sum of its units'
/// reports, cell by cell, in tables 3 and 4.
///
/// Table 2 is not compared: 规章 and 规范性文件 are made and counted by the government itself, so
/// its table 2 is not its departments' sum. A cell is compared exactly when every unit reported
/// a value; when some did not (a blank cell, a missing report) the sum is a lower bound, and a
/// region-wide figure below it is still reported. A warning, as for CARRY_MISMATCH: a unit may
/// legitimately fall outside the roster, but the difference must be explained.
public struct AggregateMismatchRule: Sendable {
    public init() {}

    /// Compares `government`'s report (in `units.template`) with `units`, the sum of its
    /// subordinates' reports; `missing` are subordinates without a report.
    public func compare(
        government: AgencyID, report: Report, units: RegionAggregate, missing: [AgencyID]
    ) -> AggregateComparison {
        let report = TemplateMigration.migrate(report, to: units.template).report
        var findings: [Finding] = []
        var compared = 0
        var incomplete = 0
        let count = units.members.count
        for table in [TableID.requests, .review] {
            guard let own = report[table: table] else { continue }
            let sums = units.table(table)
            for (rowIndex, row) in own.layout.rows.enumerated() {
                for column in row.columns.indices {
                    guard let stated = own[row: rowIndex, column: column]?.integerValue else { continue }
                    let cell = sums.cells[rowIndex][column]
                    let sum = cell.sum?.integerValue ?? 0
                    let complete = cell.isComplete && missing.isEmpty && count > 0
                    if complete {
                        compared += 1
                        guard stated != sum else { continue }
                    } else if stated >= sum || cell.reported == 0 {
                        incomplete += 1
                        continue
                    }
                    let name = CellReference.cellName(own.layout, row, column: column)
                    let difference = stated - sum
                    let scope =
                        complete
                        ? "所属\(count)个单位报告之和为\(sum)（相差\(difference > 0 ? "+" : "")\(difference)）；全区口径的数字应等于各单位之和"
                        : "已提交且填写该栏的\(cell.reported)个所属单位之和已达\(sum)（另有\(cell.gaps + missing.count)个单位未提交或未填写）；全区口径的数字不应小于各单位之和"
                    findings.append(
                        Finding(
                            code: .aggregateMismatch, severity: .warning,
                            location: CellReference.path(own.layout, row, column: column),
                            message: "\(name)为\(stated)，而\(scope)，如有差异请在报告中说明"))
                }
            }
        }
        return AggregateComparison(
            government: government, subordinates: units.members, missing: missing, compared: compared,
            incomplete: incomplete, findings: findings)
    }
}
