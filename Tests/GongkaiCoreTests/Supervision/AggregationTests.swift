import Foundation
import Testing

@testable import GongkaiCore

/// The region's sums: null-aware (a blank is a counted gap, never a 0), in the year's template,
/// with the drill-down to each agency; and the parent-versus-children check.
@Suite("Aggregation: region sums, gaps, drill-down and AGGREGATE_MISMATCH")
struct AggregationTests {
    let roster = try! SupervisionFixtures.roster()

    @Test("Cells add up over the agencies; the drill-down lists each agency's value")
    func sums() throws {
        let reports = [("江东市教育局", 7), ("江东市财政局", 4), ("城南区教育局", 6)].map {
            (agency: AgencyID($0.0), report: SupervisionFixtures.report($0.0, received: $0.1))
        }
        let aggregate = RegionAggregate(year: 2025, reports: reports)
        let requests = aggregate.table(.requests)
        let cell = try #require(requests[Templates.Row.newReceived, 0])
        #expect(cell.sum == .integer(17))
        #expect(cell.reported == 3)
        #expect(cell.gaps == 0)
        #expect(requests[Templates.Row.newReceived, Templates.requestsTotalColumn]?.sum == .integer(17))
        let drill = aggregate.contributions(.requests, row: Templates.Row.newReceived, column: 0)
        #expect(drill.map(\.agency.rawValue) == ["江东市教育局", "江东市财政局", "城南区教育局"])
        #expect(drill.map(\.value) == [.integer(7), .integer(4), .integer(6)])
        #expect(aggregate.table(.review)[Templates.Row.reconsideration, 4]?.sum == .integer(6))
    }

    @Test("A blank cell is a gap, counted and named in the drill-down, not a 0 added")
    func gaps() throws {
        var blank = SupervisionFixtures.report("城南区教育局", received: 6)
        blank.requests![Templates.Row.newReceived, 0] = nil
        blank.review = nil
        let aggregate = RegionAggregate(
            year: 2025,
            reports: [
                (AgencyID("江东市教育局"), SupervisionFixtures.report("江东市教育局", received: 7)),
                (AgencyID("城南区教育局"), blank),
            ])
        let cell = try #require(aggregate.table(.requests)[Templates.Row.newReceived, 0])
        #expect(cell.sum == .integer(7))
        #expect(cell.reported == 1)
        #expect(cell.gaps == 1)
        #expect(!cell.isComplete)
        #expect(
            aggregate.contributions(.requests, row: Templates.Row.newReceived, column: 0).map(\.value) == [
                .integer(7), nil,
            ])
        // A table absent from one report leaves every cell of it with a gap.
        #expect(aggregate.table(.review).incompleteCells == Templates.layout(.review, .v2021).cellCount)
        #expect(aggregate.table(.review)[Templates.Row.reconsideration, 4]?.sum == .integer(2))
    }

    @Test("A 2019-format report is summed in the 2021 template: （六）其他处理 counts under 3.其他, (六)1–2 are gaps")
    func templates() throws {
        var old = SupervisionFixtures.report("江东市财政局")
        let migrated = TemplateMigration.migrate(old, to: .v2019).report
        old = migrated
        old.requests![Templates.Row.otherHandling, 0] = .integer(2)
        let aggregate = RegionAggregate(
            year: 2025,
            reports: [(AgencyID("江东市教育局"), SupervisionFixtures.report("江东市教育局")), (AgencyID("江东市财政局"), old)])
        #expect(aggregate.template == .v2021)
        let requests = aggregate.table(.requests)
        #expect(requests["otherHandling.other", 0]?.sum == .integer(2))
        #expect(requests["otherHandling.other", 0]?.gaps == 0)
        #expect(requests["otherHandling.noCorrection", 0]?.gaps == 1)
        #expect(requests["otherHandling.unpaidFee", 0]?.reported == 1)
        // Table 2: only 本年处理决定数量 of 许可/处罚/强制 carries over from 2019.
        let proactive = aggregate.table(.proactive)
        #expect(proactive["licensing", 0]?.gaps == 0)
        #expect(proactive["regulations", 0]?.gaps == 1)
    }

    @Test("Amounts in 万元 add up exactly as decimals")
    func amounts() throws {
        var a = SupervisionFixtures.report("江东市教育局")
        var b = SupervisionFixtures.report("江东市财政局")
        a.proactive!["fees", 0] = .decimal(Decimal(string: "12.3456")!)
        b.proactive!["fees", 0] = .decimal(Decimal(string: "0.0044")!)
        let aggregate = RegionAggregate(year: 2025, reports: [(AgencyID("a"), a), (AgencyID("b"), b)])
        #expect(aggregate.table(.proactive)["fees", 0]?.sum == .decimal(Decimal(string: "12.35")!))
    }

    /// The units of 江东市人民政府 (its three departments) and a region-wide report equal to their sum.
    func governmentAndUnits() -> (government: Report, units: RegionAggregate) {
        let units = RegionAggregate(
            year: 2025,
            reports: [("江东市教育局", 7), ("江东市财政局", 4), ("江东市民政局", 9)].map {
                (AgencyID($0.0), SupervisionFixtures.report($0.0, received: $0.1))
            })
        var government = SupervisionFixtures.report("江东市人民政府")
        government.requests = units.table(.requests).sums
        government.review = units.table(.review).sums
        return (government, units)
    }

    @Test("AGGREGATE_MISMATCH names each differing cell of tables 3 and 4, with both figures and the difference")
    func mismatch() throws {
        var (government, units) = governmentAndUnits()
        let rule = AggregateMismatchRule()
        let equal = rule.compare(government: AgencyID("江东市人民政府"), report: government, units: units, missing: [])
        #expect(equal.findings.isEmpty)
        #expect(
            equal.compared == Templates.layout(.requests, .v2021).cellCount
                + Templates.layout(.review, .v2021).cellCount)
        government.requests![Templates.Row.newReceived, 0] = .integer(21)
        government.review![Templates.Row.litigationDirect, 1] = .integer(3)
        let found = rule.compare(government: AgencyID("江东市人民政府"), report: government, units: units, missing: [])
            .findings
        #expect(found.map(\.location) == ["requests.newReceived[0]", "review.litigationDirect[1]"])
        #expect(found.allSatisfy { $0.code == .aggregateMismatch && $0.severity == .warning })
        #expect(
            found[0].message
                == "表三“一、本年新收政府信息公开申请数量”行“自然人”列为21，而所属3个单位报告之和为20（相差+1）；全区口径的数字应等于各单位之和，如有差异请在报告中说明")
    }

    @Test("With a unit missing, a region-wide figure is only reported when it falls below the partial sum")
    func incomplete() throws {
        var (government, units) = governmentAndUnits()
        government.requests![Templates.Row.newReceived, 0] = .integer(19)  // below 20: certainly wrong
        government.requests![Templates.Row.granted, 0] = .integer(99)  // above: the missing unit may explain it
        let result = AggregateMismatchRule().compare(
            government: AgencyID("江东市人民政府"), report: government, units: units, missing: [AgencyID("城南区人民政府")])
        #expect(result.compared == 0)
        #expect(result.findings.map(\.location) == ["requests.newReceived[0]"])
        #expect(result.findings[0].message.contains("已提交且填写该栏的3个所属单位之和已达20（另有1个单位未提交或未填写）"))
        #expect(result.incomplete > 0)
    }

    @Test("On the board the region-wide government is compared, not added; its finding joins its line")
    func onTheBoard() throws {
        let (government, _) = governmentAndUnits()
        var wrong = government
        wrong.requests![Templates.Row.newReceived, 0] = .integer(25)
        let reports =
            [("江东市教育局", 7), ("江东市财政局", 4), ("江东市民政局", 9)].map { name, received in
                CollectedReport(
                    SupervisionFixtures.checked(SupervisionFixtures.report(name, received: received), file: name))
            } + [CollectedReport(SupervisionFixtures.checked(wrong, file: "政府.txt"))]
        let board = RegionBoard(roster: roster, reports: reports, year: 2025, asOf: "2026-04-10")
        #expect(board.aggregate.excluded == [AgencyID("江东市人民政府")])
        #expect(board.aggregate.members.count == 3)
        #expect(board.aggregate.table(.requests)[Templates.Row.newReceived, 0]?.sum == .integer(20))
        #expect(board.comparisons.count == 1)
        let line = try #require(board.status(of: AgencyID("江东市人民政府")))
        #expect(line.findings.filter { $0.code == .aggregateMismatch }.map(\.location) == ["requests.newReceived[0]"])
    }
}
