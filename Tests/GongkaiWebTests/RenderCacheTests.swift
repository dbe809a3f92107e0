import Foundation
import GongkaiApp
import Testing

@testable import GongkaiWeb

/// Pages kept for reuse (`RenderCache`) are one person's and current: an officer never gets a
/// colleague's queue, and every change shows on the next request, whoever made it.
@Suite("Pages kept for reuse")
struct RenderCacheTests {
    @Test("each officer sees their own queue; a change shows at once on the queue and the status page", arguments: TestBackend.available)
    func ownAndCurrent(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            try await server.createStaff("jingban2", roles: [.handler], agencyID: server.homeAgencyID, displayName: "孙经办")
            let first = try await server.client(signedInAs: "jingban")
            let colleague = try await server.client(signedInAs: "jingban2", password: TestServer.staffPassword)
            let admin = try await server.client(signedInAs: "guanli")
            for _ in 0..<2 {
                for (client, name) in [(first, "王经办"), (colleague, "孙经办"), (admin, "赵管理")] {
                    let queue = try await client.get("/staff")
                    Expect.status(queue, 200, "\(name)'s queue")
                    let who = queue.text(of: "class", "who") ?? ""
                    #expect(who.contains(name), "\(name) is shown the queue of \(who)")
                    #expect(queue.text.contains("系统管理") == (name == "赵管理"), "\(name) sees the wrong menu")
                }
            }

            // Filed and confirmed through the services (as another process would): the next
            // requests show it, without waiting for anything.
            let receipt = try await server.fileRequest(agencyID: server.homeAgencyID, citizen: Fixtures.citizen(50))
            #expect(try await first.get("/staff").link(text: receipt.caseNumber) != nil, "the new request is not in the queue")
            let citizen = server.client()
            let status = try await citizen.follow(
                try await citizen.lookUp(caseNumber: receipt.caseNumber, queryCode: try #require(receipt.queryCode)))
            #expect(status.text(ofID: "case-state")?.contains("待确认") == true)
            let requestID = try await server.confirm(receipt.submissionID, agencyID: server.homeAgencyID)
            #expect(try await first.get("/staff").link(text: receipt.caseNumber) != nil, "the request left the queue")
            let confirmed = try await citizen.get("/status/\(receipt.submissionID)")
            #expect(confirmed.text.contains("受理机构确认收到申请"), "the status page still shows the page before confirmation")

            // An event recorded by an officer shows on the citizen's page and the colleague's queue.
            var correction = try await first.get("/staff/cases/\(requestID)").form(where: "action", is: "correctionRequested")
            correction.fill("note", "请写明所需报告的年度")
            Expect.status(try await first.submit(correction), 303, "补正告知")
            let awaiting = try await citizen.get("/status/\(receipt.submissionID)")
            #expect(awaiting.text.contains("发出补正告知书"), "the status page does not show the 补正 notice")
            #expect(awaiting.html.contains("name=\"correction\""), "the online 补正 form is missing")
            let colleagues = try await colleague.get("/staff?filter=awaitingApplicant")
            #expect(colleagues.link(text: receipt.caseNumber) != nil, "the colleague's queue does not show the case waiting for the applicant")
        }
    }
}
