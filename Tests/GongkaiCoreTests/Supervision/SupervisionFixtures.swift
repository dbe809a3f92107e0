import Foundation

@testable import GongkaiCore

/// A small region for the supervision tests: 江东市 with two districts.
///
/// 江东市人民政府 reports region-wide (含下级汇总) over its three departments; 城南区人民政府
/// is a government below it with one department of its own.
enum SupervisionFixtures {
    static let rosterCSV = """
        机关名称,所属地区,上级地区,类型,上级单位,别名,含下级汇总
        江东市人民政府,江东市,,政府,,,是
        江东市教育局,江东市,,部门,,市教委,
        江东市财政局,江东市,,部门,,,
        江东市民政局,江东市,,部门,,,
        城南区人民政府,城南区,江东市,政府,,,
        城南区教育局,城南区,,部门,,,
        河西区教育局,河西区,江东市,部门,,,
        铜川市王益区教育科技体育局,河西区,,部门,,,
        """

    static func roster(_ text: String = rosterCSV) throws -> Roster {
        try Roster.readCSV(Array(text.utf8), file: "名册.csv").roster
    }

    /// A consistent report of `agency` on `year` whose table-3 new natural-person requests are `received`.
    static func report(_ agency: String, year: Int = 2025, received: Int = 5) -> Report {
        var report = SampleReports.consistent(template: .v2021, year: year)
        report.agency = agency
        report.title = "\(agency)\(year)年政府信息公开工作年度报告"
        let extra = received - 5
        for row in [Templates.Row.newReceived, Templates.Row.granted, Templates.Row.total] {
            let now = report.requests!.integer(row, 0)! + extra
            SampleReports.set(&report.requests!, row, natural: now)
        }
        return report
    }

    /// The report as a batch check leaves it: audited, section text replaced by fingerprints.
    static func checked(_ report: Report, file: String, signed: CivilDate? = nil) -> CheckResult {
        let parsed = ParsedReport(report: report, format: .json, notes: signed.map { [.signatureDate($0)] } ?? [])
        return CheckResult(file: file, parsed: parsed, findings: Auditor().audit(parsed))
    }
}
