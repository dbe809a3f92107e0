import FluentSQLiteDriver
import Foundation
import GongkaiApp
import GongkaiCore
import Testing

@Suite("Personal data stays out of the logs")
struct PersonalDataLoggingTests {
    @Test("creating, importing, appending and reporting log ids, never names, ID numbers or phones", arguments: TestBackend.available)
    func noPersonalDataLogged(backend: TestBackend) async throws {
        let log = CapturedLog()
        try await TestDatabase.with(backend, logger: log.logger()) { database in
            let service = CaseService(database.context())
            let agency = try await service.ensureAgency(named: "某局", actor: "t")
            let id = try await service.create(
                [try AppFixtures.request("P-1", receivedOn: "2025-03-03")], agencyID: agency.requireID(), actor: "t")[0]
            try await service.append(RequestEvent(.replied(.granted), on: "2025-03-10"), to: id, actor: "t")
            let csv = """
                收到日期,申请人类型,申请人姓名/名称,证件号码,联系电话,申请内容
                2025-03-04,自然人,\(AppFixtures.personName),\(AppFixtures.personID),\(AppFixtures.personPhone),某信息
                """
            _ = try await ImportService(database.context()).importLedger(
                try ImportService.readTable(Data(csv.utf8), name: "p.csv"), fileName: "p.csv", into: agency, actor: "t")
            _ = try await ReportService(database.context()).annualReport(for: agency, year: 2025)
            _ = try await CaseListing(database.context()).openCases(agency: agency, asOf: "2025-03-20")
        }
        let text = log.text
        #expect(text.contains("request created"))
        for secret in [AppFixtures.personName, AppFixtures.personID, AppFixtures.personPhone] {
            #expect(!text.contains(secret), "log contains personal data")
        }
    }
}
