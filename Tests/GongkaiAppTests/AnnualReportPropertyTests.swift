import FluentSQLiteDriver
import Foundation
import GongkaiApp
import GongkaiCore
import Testing

/// 100,000 random requests over 2020 and 2021 (and some from 2019, under the 2007 Regulation until
/// 2019-05-15) with random applicants, outcomes, several consultations, extensions, 第三十五条 steps,
/// fees, withdrawals, lapses and open cases, plus appeals with roles and court levels, stored in
/// the database; the reports computed by SQL must pass the auditor's table rules, equal an
/// independent naive count and the core builder, and link the years by carry-over.
@Suite("Annual report property: 100,000 stored requests against a naive count (AnnualReport)", .serialized)
struct AnnualReportPropertyTests {
    static let requestCount = 100_000
    static let years = [2020, 2021]
    static let tableCodes: Set<String> = [
        "TABLE_MISSING", "CELL_BLANK", "CELL_INVALID", "T3_COLUMN_TOTAL", "T3_RESULTS_TOTAL", "T3_BALANCE", "T4_TOTAL",
        "CARRY_MISMATCH", "TEMPLATE_MIXED",
    ]

    @Test("identities, naive count, core builder, carry-over and drill-down agree", arguments: TestBackend.available)
    func randomCasework(backend: TestBackend) async throws {
        let clock = ContinuousClock()
        let started = clock.now
        var generator = CaseworkGenerator(seed: 0x676F_6E67_6B61_69)
        let requests = generator.requests(
            count: Self.requestCount, agencyID: "random", from: "2019-04-01", through: "2021-12-31", idPrefix: "r")
        let appeals = generator.appeals(against: requests, count: 5000, asOf: "2022-06-30", idPrefix: "a")
        let generated = clock.now

        try await TestDatabase.with(backend) { database in
            let service = CaseService(database.context())
            let agency = try await service.ensureAgency(named: "随机局", actor: "property")
            try await service.create(requests, agencyID: agency.requireID(), actor: "property")
            try await service.add(appeals: appeals, agencyID: agency.requireID(), actor: "property")
            let stored = clock.now
            #expect(try await TestDatabase.count("requests", in: database) == Self.requestCount)
            #expect(try await TestDatabase.count("audit_log", in: database) == Self.requestCount + 1 + appeals.count)

            let reports = ReportService(database.context())
            var computed: [String: ReportService.AnnualReport] = [:]
            var reportTime = Duration.zero
            for year in Self.years {
                for template in TemplateVersion.allCases {
                    let before = clock.now
                    computed["\(year)-\(template.rawValue)"] = try await reports.annualReport(
                        for: agency, year: year, template: template)
                    reportTime += clock.now - before
                }
            }
            let (reconsiderations, litigations) = Self.split(appeals)
            for year in Self.years {
                for template in TemplateVersion.allCases {
                    let annual = try #require(computed["\(year)-\(template.rawValue)"])
                    let table = try #require(annual.report.requests)
                    // Every row is reached, so no rule goes untested.
                    // No fee can lapse before 2021 (国办函〔2020〕109号 took effect on 2021-01-01).
                    for row in table.layout.rows where !(year < 2021 && row.key == "otherHandling.unpaidFee") {
                        #expect(table.integer(row.key, 6)! > 0, "\(year) \(row.key) empty")
                    }
                    let naive = NaiveCount(requests: requests, year: year, template: template)
                    for row in table.layout.rows {
                        for column in 0..<7 {
                            #expect(
                                table.integer(row.key, column) == naive.count(row.key, column),
                                "\(backend) \(year) \(template) \(row.key)[\(column)]")
                        }
                    }
                    let core = AnnualReportBuilder.build(
                        AnnualReportInput(
                            agency: "随机局", year: year, template: template, requests: requests,
                            reconsiderations: reconsiderations, litigations: litigations))
                    #expect(annual.report == core.report, "\(backend) \(year) \(template)")
                    let previous = computed["\(year - 1)-\(template.rawValue)"]?.report
                    let findings = Auditor().audit(annual.report, previous: previous)
                        .filter { Self.tableCodes.contains($0.code.rawValue) }
                    #expect(findings.isEmpty, "\(findings.map { "\($0.code) \($0.location) \($0.message)" })")
                    // Drill-down of a few cells lists exactly the naive members.
                    for (row, column) in [("carriedOver", 0), ("granted", 6), ("carriedForward", 4), ("newReceived", 1)] {
                        let location = try CellLocation("requests.\(row)[\(column)]", template: template)
                        let explained = try await reports.explain(location, in: annual)
                        #expect(explained.records.count == naive.count(RowKey(row), column))
                        #expect(Set(explained.records.map(\.id)) == Set(naive.members(RowKey(row), column)))
                    }
                }
            }
            // Carry-over links the years in every template pairing.
            for previousTemplate in TemplateVersion.allCases {
                for template in TemplateVersion.allCases {
                    let previous = try #require(computed["2020-\(previousTemplate.rawValue)"]?.report.requests)
                    let current = try #require(computed["2021-\(template.rawValue)"]?.report.requests)
                    #expect(current["carriedOver"]! == previous["carriedForward"]!)
                    #expect(previous["carriedForward"]![6] != .integer(0), "the data must exercise carry-over")
                }
            }
            let checked = clock.now
            print(
                "[AppAnnualReportProperty] \(backend.testDescription): \(Self.requestCount) requests; generate "
                    + "\(generated - started), store \(stored - generated), 4 reports \(reportTime), check \(checked - stored)")
        }
    }

    static func split(_ appeals: [AppealModel.CoreCase]) -> ([ReconsiderationCase], [LitigationCase]) {
        var reconsiderations: [ReconsiderationCase] = []
        var litigations: [LitigationCase] = []
        for appeal in appeals {
            switch appeal {
            case .reconsideration(let item): reconsiderations.append(item)
            case .litigation(let item): litigations.append(item)
            }
        }
        return (reconsiderations, litigations)
    }
}
