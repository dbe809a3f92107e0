import Fluent
import Foundation
import GongkaiApp
import Testing

@testable import GongkaiWeb

/// Two officers acting on one case at the same moment from pages showing the same history:
/// one wins, the other is told in Chinese that the case changed, and nothing is recorded twice
/// or lost.
@Suite("Two officers at once")
struct ConcurrentOfficersTests {
    @Test("two events posted at once on the same version: one recorded, the other 409", arguments: TestBackend.available)
    func sameVersion(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            try await server.createStaff("jingban2", roles: [.handler], agencyID: server.homeAgencyID, displayName: "孙经办")
            let first = try await server.client(signedInAs: "jingban")
            let second = try await server.client(signedInAs: "jingban2", password: TestServer.staffPassword)
            // The race has more than one way to end (which commits first, and when the other reads):
            // a few rounds, each on a new case.
            for round in 1...3 {
                let filed = try await server.fileRequest(agencyID: server.homeAgencyID, citizen: Fixtures.citizen(60 + round))
                let requestID = try await server.confirm(filed.submissionID, agencyID: server.homeAgencyID)
                let casePath = "/staff/cases/\(requestID)"

                // Both open the case page, then each records a different event.
                var correction = try await first.get(casePath).form(where: "action", is: "correctionRequested")
                correction.fill("note", "请写明所需报告的年度")
                var consultation = try await second.get(casePath).form(where: "action", is: "consultationStarted")
                consultation.choose("party", "thirdParty")
                consultation.fill(["partyName": "江东市某建设有限公司", "partyReason": "所需报告载有该公司的商业信息"])
                let before = try await server.eventCount(requestID)
                #expect(correction["version"] == String(before) && consultation["version"] == String(before))

                async let one = first.submit(correction)
                async let two = second.submit(consultation)
                let pages = try await [one, two]
                let codes = pages.map(\.status.code).sorted()
                #expect(codes == [303, 409], "round \(round): statuses \(codes)")
                if let loser = pages.first(where: { $0.status == .conflict }) {
                    #expect(loser.text.contains("刚被其他人更新"), "round \(round): the loser is not told: \(loser.text.prefix(300))")
                    // Shown the case as it is now, with the winner's event in its history.
                    #expect(loser.forms.first { $0["action"] != nil }?["version"] == String(before + 1))
                }
                let after = try await server.eventCount(requestID)
                #expect(after == before + 1, "round \(round): the history grew by \(after - before)")
                let audited = try await AuditLogModel.query(on: server.app.db).filter(\.$entityID == requestID.uuidString)
                    .filter(\.$action == "appendEvent").count()
                #expect(audited == 1, "round \(round): \(audited) audit entries")
            }
        }
    }
}
