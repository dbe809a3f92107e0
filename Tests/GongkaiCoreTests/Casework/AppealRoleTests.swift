import Testing

@testable import GongkaiCore

/// Table 4: the agency's role in each case (国办公开办函〔2016〕201号), the court level and when a
/// suit is 已审结, and the agency's counting mode with its note under the table.
@Suite("Table 4: roles, court levels, counting modes and the note under the table (AppealRole)")
struct AppealRoleTests {
    func suit(
        _ id: RecordID, filed: CivilDate, decided: CivilDate? = nil, _ result: AppealResult = .upheld,
        role: AppealRole = .respondent, level: CourtLevel = .firstInstance, prior: RecordID? = nil
    ) throws -> LitigationCase {
        try LitigationCase(
            id: id, requestID: "r1", route: .afterReconsideration, filedOn: filed,
            decision: decided.map { AppealDecision(decidedOn: $0, result: result) }, role: role, courtLevel: level,
            priorInstanceID: prior)
    }

    @Test("201号: a 复议机关 sued as co-defendant does not count the suit; the original agency and a sole defendant do")
    func coDefendant() throws {
        let original = try suit("原机关诉", filed: "2024-03-01")
        let coDefendant = try suit("复议机关共同被告", filed: "2024-03-01", role: .coDefendantReconsiderationBody)
        let soleDefendant = try suit("复议机关单独被告", filed: "2024-03-01", role: .defendantReconsiderationBody)
        #expect(AppealCounting.cell(of: original, year: 2024)?.outcome == .pending)
        #expect(AppealCounting.cell(of: coDefendant, year: 2024) == nil)
        #expect(AppealCounting.cell(of: soleDefendant, year: 2024)?.outcome == .pending)
        // A reconsideration the agency decided as 复议机关 is not a case against it.
        let decidedByUs = try ReconsiderationCase(id: "复决1", requestID: "r1", filedOn: "2024-03-01", role: .reconsiderationBody)
        #expect(AppealCounting.cell(of: decidedByUs, year: 2024) == nil)
        // Roles that do not fit the kind of case are refused.
        #expect(throws: AppealCaseError.self) {
            try ReconsiderationCase(id: "x", requestID: "r1", filedOn: "2024-03-01", role: .coDefendantReconsiderationBody)
        }
        #expect(throws: AppealCaseError.self) { try suit("y", filed: "2024-03-01", role: .reconsiderationBody) }
        let report = AnnualReportBuilder.build(
            AnnualReportInput(agency: "某区政府", year: 2024, litigations: [original, coDefendant, soleDefendant]))
        #expect(report.report.review?.integer("litigationAfterReconsideration", 4) == 2)
    }

    @Test("已审结 at the latest level: an appeal filed by 31 December supersedes the first instance for that year")
    func courtLevels() throws {
        // First instance decided 2024-11-20, appealed 2024-12-10, second instance decided 2025-04-01.
        let first = try suit("一审", filed: "2024-05-06", decided: "2024-11-20", .upheld)
        let appeal = try suit("二审", filed: "2024-12-10", decided: "2025-04-01", .corrected, level: .secondInstance, prior: "一审")
        let superseded = AppealCounting.supersessions(in: [first, appeal])
        #expect(superseded == ["一审": "2024-12-10"])
        // 2024: the suit counts once, as the pending appeal.
        #expect(AppealCounting.cell(of: first, year: 2024, supersededOn: superseded["一审"]) == nil)
        #expect(AppealCounting.cell(of: appeal, year: 2024)?.outcome == .pending)
        // 2025: decided on appeal (纠正).
        #expect(AppealCounting.cell(of: appeal, year: 2025)?.outcome == .corrected)
        // Appealed only in January 2025: 2024 counts the first instance as decided (维持).
        let lateAppeal = try suit("二审b", filed: "2025-01-06", level: .secondInstance, prior: "一审")
        let later = AppealCounting.supersessions(in: [first, lateAppeal])
        #expect(AppealCounting.cell(of: first, year: 2024, supersededOn: later["一审"])?.outcome == .upheld)
        #expect(AppealCounting.cell(of: lateAppeal, year: 2025)?.outcome == .pending)
        let report = AnnualReportBuilder.build(AnnualReportInput(agency: "某局", year: 2024, litigations: [first, appeal]))
        #expect(report.report.review?.integer("litigationAfterReconsideration", 4) == 1)
        #expect(report.records(table: .review, row: "litigationAfterReconsideration", column: 3) == ["二审"])
        #expect(throws: AppealCaseError.self) { try suit("z", filed: "2024-01-01", prior: "一审") }
        #expect(CourtLevel.retrial.label == "再审")
    }

    @Test("counting by filing year: filed in the year with the state at 31 December; the note says which mode")
    func filingYearMode() throws {
        let carried = try ReconsiderationCase(
            id: "上年", requestID: "r1", filedOn: "2024-11-01", decision: AppealDecision(decidedOn: "2025-02-01", result: .upheld))
        let fresh = try ReconsiderationCase(id: "本年", requestID: "r2", filedOn: "2025-03-01")
        let decidedNextYear = try ReconsiderationCase(
            id: "次年审结", requestID: "r3", filedOn: "2025-12-01", decision: AppealDecision(decidedOn: "2026-01-10", result: .corrected))
        let cases = [carried, fresh, decidedNextYear]
        let handled = AnnualReportBuilder.build(AnnualReportInput(agency: "某局", year: 2025, reconsiderations: cases))
        let filed = AnnualReportBuilder.build(
            AnnualReportInput(agency: "某局", year: 2025, reconsiderations: cases, appealCounting: .filedInYear))
        // Handled in 2025: 上年 decided (维持) + 本年, 次年审结 pending.
        #expect(handled.report.review?["reconsideration"] == [.integer(1), .integer(0), .integer(0), .integer(2), .integer(3)])
        // Filed in 2025: 本年 and 次年审结, both pending at year end; 上年 not counted.
        #expect(filed.report.review?["reconsideration"] == [.integer(0), .integer(0), .integer(0), .integer(2), .integer(2)])
        #expect(handled.report.tableNotes[.review]?.contains("含上年度结转数量") == true)
        #expect(filed.report.tableNotes[.review]?.contains("不含上年度结转数量") == true)
    }

    @Test("the note is written under table 4 in Word, HTML, Markdown, text and Excel")
    func noteRendered() throws {
        let computed = AnnualReportBuilder.build(
            AnnualReportInput(agency: "某局", year: 2025, appealCounting: .filedInYear))
        let note = AppealCountingMode.filedInYear.footnote
        #expect(TextRenderer.render(computed.report).contains(note))
        #expect(MarkdownRenderer.render(computed.report).contains(note))
        #expect(HTMLRenderer.render(computed.report).contains("<p class=\"table-note\">\(note)</p>"))
        let docx = try DocxRenderer.render(computed.report)
        let documentXML = try RenderTestSupport.part("word/document.xml", of: docx)
        #expect(documentXML.contains(note))
        // After table 4, not before it.
        let tableEnd = try #require(documentXML.range(of: "</w:tbl>", options: .backwards))
        #expect(documentXML[tableEnd.upperBound...].contains(note))
        let xlsx = try XlsxRenderer.render(computed.report)
        #expect(try RenderTestSupport.part("xl/worksheets/sheet3.xml", of: xlsx).contains(note))
        // A report read from a published file has no note.
        #expect(!TextRenderer.render(Report.skeleton(template: .v2021, year: 2025, agency: "某局")).contains("注："))
    }
}
