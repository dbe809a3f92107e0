import FluentSQLiteDriver
import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@Suite("Report service: table 3 by GROUP BY equals the core builder; drill-down; carry-over")
struct ReportServiceTests {
    func row(_ values: Int...) -> [Cell?] { values.map { .integer($0) } }

    @Test("the hand-checked requests give the hand-checked table, in both templates", arguments: TestBackend.available)
    func handChecked(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { database in
            let service = CaseService(database.context())
            let agency = try await service.ensureAgency(named: "某市某局", actor: "tester")
            let requests = try AppFixtures.handCheckedRequests()
            try await service.create(requests, agencyID: agency.requireID(), actor: "tester")
            let reports = ReportService(database.context())

            let annual = try await reports.annualReport(for: agency, year: 2021, template: .v2021)
            let table = try #require(annual.report.requests)
            #expect(table["newReceived"]! == row(2, 0, 1, 0, 1, 0, 4))
            #expect(table["carriedOver"]! == row(1, 1, 0, 0, 0, 0, 2))
            #expect(table["granted"]! == row(1, 0, 0, 0, 0, 0, 1))
            #expect(table["otherHandling.noCorrection"]! == row(1, 0, 0, 0, 0, 0, 1))
            #expect(table["otherHandling.unpaidFee"]! == row(1, 0, 0, 0, 0, 0, 1))
            #expect(table["otherHandling.other"]! == row(0, 0, 1, 0, 0, 0, 1))
            #expect(table["total"]! == row(3, 0, 1, 0, 0, 0, 4))
            #expect(table["carriedForward"]! == row(0, 1, 0, 0, 1, 0, 2))
            #expect(annual.report.title == "某市某局2021年政府信息公开工作年度报告")

            let old = try #require(try await reports.annualReport(for: agency, year: 2021, template: .v2019).report.requests)
            #expect(old["otherHandling"]! == row(2, 0, 1, 0, 0, 0, 3))

            // Every table equals the core's own builder on the same requests.
            for year in 2020...2022 {
                for template in TemplateVersion.allCases {
                    let sql = try await reports.annualReport(for: agency, year: year, template: template).report
                    let core = AnnualReportBuilder.build(
                        AnnualReportInput(agency: "某市某局", year: year, template: template, requests: requests)).report
                    #expect(sql == core, "\(year) \(template)")
                }
            }

            // Drill-down: the requests behind a cell, with their dates.
            let explained = try await reports.explain(
                try CellLocation("requests.carriedForward[6]", template: .v2021), in: annual)
            #expect(explained.records.map(\.id) == ["b", "e"])
            #expect(explained.value == .integer(2))
            let granted = try await reports.explain(try CellLocation("requests.granted[0]", template: .v2021), in: annual)
            #expect(granted.records.map(\.id) == ["a"])
            #expect(granted.records[0].detail.contains("2021-01-10"))
            let total = try await reports.explain(try CellLocation("requests.total[6]", template: .v2021), in: annual)
            #expect(total.records.map(\.id) == ["a", "c", "d", "h"])
        }
    }

    @Test("cell locations are read like the auditor writes them")
    func cellLocations() throws {
        #expect(try CellLocation("requests.total[6]", template: .v2021).address == CellAddress(.requests, "total", 6))
        #expect(
            try CellLocation("requests.denied.stateSecret[0]", template: .v2021).address
                == CellAddress(.requests, "denied.stateSecret", 0))
        #expect(try CellLocation("review.reconsideration[3]", template: .v2021).address.column == 3)
        #expect(try CellLocation("proactive.licensing.decisions", template: .v2021).address.column == 0)
        #expect(throws: CellLocationError.self) { try CellLocation("requests.otherHandling[0]", template: .v2021) }
        #expect(throws: CellLocationError.self) { try CellLocation("requests.total[7]", template: .v2021) }
        #expect(throws: CellLocationError.self) { try CellLocation("table3.total[1]", template: .v2021) }
        #expect(try CellLocation("requests.total[6]", template: .v2021).label == "表三“（七）总计”行“总计”列")
    }

    @Test("tables 2 and 4 come from registers and appeals, with drill-down", arguments: TestBackend.available)
    func registersAndAppeals(backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { database in
            let service = CaseService(database.context())
            let agency = try await service.ensureAgency(named: "某局", actor: "tester")
            let agencyID = try agency.requireID()
            try await service.add(
                appeals: [
                    .reconsideration(try ReconsiderationCase(id: "复1", requestID: "r1", filedOn: "2025-02-01")),
                    .reconsideration(
                        try ReconsiderationCase(
                            id: "复2", requestID: "r2", filedOn: "2024-11-01",
                            decision: AppealDecision(decidedOn: "2025-01-20", result: .upheld))),
                    .litigation(
                        try LitigationCase(
                            id: "诉1", requestID: "r3", route: .direct, filedOn: "2025-05-05",
                            decision: AppealDecision(decidedOn: "2025-09-09", result: .corrected))),
                ], agencyID: agencyID, actor: "tester")
            try await service.add(
                registers: [
                    .document(
                        try RegisteredDocument(
                            id: "文1", kind: .normativeDocument, title: "关于某事的通知", issuedOn: "2025-03-01",
                            publishedOn: "2025-03-05")),
                    .decisionTally(try DecisionTally(id: "决1", category: .licensing, year: 2025, month: 3, count: 12)),
                    .decisionTally(try DecisionTally(id: "决2", category: .licensing, year: 2025, month: 4, count: 8)),
                ], agencyID: agencyID, actor: "tester")
            let annual = try await ReportService(database.context()).annualReport(for: agency, year: 2025)
            let review = try #require(annual.report.review)
            #expect(review["reconsideration"]! == row(1, 0, 0, 1, 2))
            #expect(review["litigationDirect"]! == row(0, 1, 0, 0, 1))
            let proactive = try #require(annual.report.proactive)
            #expect(proactive.integer("normativeDocuments", 0) == 1)
            #expect(proactive.integer("licensing", 0) == 20)
            let pending = try await ReportService(database.context()).explain(
                try CellLocation("review.reconsideration[3]", template: .v2021), in: annual)
            #expect(pending.records.map(\.id) == ["复1"])
            let licensing = try await ReportService(database.context()).explain(
                try CellLocation("proactive.licensing.decisions", template: .v2021), in: annual)
            #expect(licensing.records.map(\.id) == ["决1", "决2"])
        }
    }
}
