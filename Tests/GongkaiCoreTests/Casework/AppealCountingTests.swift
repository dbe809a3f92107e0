import Testing

@testable import GongkaiCore

@Suite("Appeal counting: table 4 by year of decision, pending cases at each year end (Appeal)")
struct AppealCountingTests {
    func reconsideration(_ id: RecordID, filed: CivilDate, decided: CivilDate? = nil, _ result: AppealResult = .upheld)
        throws -> ReconsiderationCase
    {
        try ReconsiderationCase(
            id: id, requestID: "r1", filedOn: filed,
            decision: decided.map { AppealDecision(decidedOn: $0, result: result) })
    }

    @Test("a case is pending at every year end before its decision and counted by result in the year decided")
    func yearRule() throws {
        let long = try reconsideration("long", filed: "2019-06-01", decided: "2022-02-01", .corrected)
        #expect(AppealCounting.cell(of: long, year: 2018) == nil)
        for year in 2019...2021 { #expect(AppealCounting.cell(of: long, year: year)?.outcome == .pending) }
        #expect(AppealCounting.cell(of: long, year: 2022)?.outcome == .corrected)
        #expect(AppealCounting.cell(of: long, year: 2023) == nil)

        let quick = try reconsideration("quick", filed: "2021-02-01", decided: "2021-05-01", .other)
        #expect(AppealCounting.cell(of: quick, year: 2020) == nil)
        #expect(AppealCounting.cell(of: quick, year: 2021)?.outcome == .other)

        // Decided on 31 December: decided in that year, not pending.
        let lastDay = try reconsideration("last", filed: "2021-12-01", decided: "2021-12-31")
        #expect(AppealCounting.cell(of: lastDay, year: 2021)?.outcome == .upheld)
        #expect(lastDay.outcome(asOf: "2021-12-30") == .pending)
    }

    @Test("lawsuits are counted in the row of their route")
    func litigationRows() throws {
        let direct = try LitigationCase(id: "l1", requestID: "r1", route: .direct, filedOn: "2021-03-01")
        let after = try LitigationCase(
            id: "l2", requestID: "r1", route: .afterReconsideration, reconsiderationID: "long", filedOn: "2021-03-01",
            decision: AppealDecision(decidedOn: "2021-09-01", result: .upheld))
        #expect(AppealCounting.cell(of: direct, year: 2021)?.row == "litigationDirect")
        #expect(AppealCounting.cell(of: after, year: 2021)?.row == "litigationAfterReconsideration")
        #expect(AppealCounting.cell(of: after, year: 2021)?.outcome == .upheld)
    }

    @Test("table 4: 总计 is the sum of the four outcomes, and drill-down shows the cases")
    func table() throws {
        let input = AnnualReportInput(
            agency: "某局", year: 2021,
            reconsiderations: [
                try reconsideration("a", filed: "2020-11-01", decided: "2021-03-01", .upheld),
                try reconsideration("b", filed: "2021-10-01"),
                try reconsideration("c", filed: "2019-01-01", decided: "2020-01-01", .corrected),
                try reconsideration("d", filed: "2021-01-05", decided: "2021-02-05", .corrected),
                try reconsideration("e", filed: "2018-01-05"),
            ],
            litigations: [
                try LitigationCase(
                    id: "x", requestID: "r9", route: .direct, filedOn: "2021-05-05",
                    decision: AppealDecision(decidedOn: "2021-11-11", result: .other))
            ])
        let computed = AnnualReportBuilder.build(input)
        let review = try #require(computed.report.review)
        #expect(review["reconsideration"]! == [.integer(1), .integer(1), .integer(0), .integer(2), .integer(4)])
        #expect(review["litigationDirect"]! == [.integer(0), .integer(0), .integer(1), .integer(0), .integer(1)])
        #expect(review["litigationAfterReconsideration"]! == Array(repeating: .integer(0), count: 5))
        #expect(computed.records(table: .review, row: "reconsideration", column: 3) == ["b", "e"])
        #expect(computed.records(table: .review, row: "reconsideration", column: 4) == ["a", "d", "b", "e"])
        #expect(computed.records(table: .review, row: "litigationDirect", column: 2) == ["x"])
        #expect(computed.records(table: .review, row: "nonsense", column: 0) == nil)
        #expect(computed.records(table: .review, row: "reconsideration", column: 5) == nil)
    }

    @Test("a decision before the filing, or a direct suit naming a reconsideration, is refused")
    func errors() {
        #expect(throws: AppealCaseError.self) { try reconsideration("bad", filed: "2021-05-01", decided: "2021-04-30") }
        do {
            _ = try LitigationCase(
                id: "l", requestID: "r", route: .direct, reconsiderationID: "x", filedOn: "2021-01-01")
            Issue.record("accepted")
        } catch {
            #expect(error.description == "案件 l：未经复议直接起诉的案件不应关联行政复议案件")
        }
        #expect(AppealResult.corrected.label == "结果纠正")
        #expect(AppealOutcome.pending.label == "尚未审结")
    }
}
