import Foundation
import GongkaiApp
import Testing

@testable import GongkaiWeb

/// Sections with nothing in them are left out: no "附件" line on a receipt without attachments,
/// no empty "文书" or "附件" panel, no "待审核的答复（0件）" table, no "可办理事项" heading
/// without actions.
///
/// Leaf treats any value that is not nil and not `false` as true, so `#if(letters):` shows the
/// section for an empty list too (seen in the journey's screenshots); the templates test
/// `count(list) > 0`, and this keeps them at it.
@Suite("Empty sections")
struct EmptySectionsTests {
    @Test("pages leave out sections that have nothing to show")
    func emptySections() async throws {
        try await TestServer.with(.sqlite) { server in
            let citizen = server.client()
            let receipt = try await citizen.submit(try await citizen.requestForm(agencyID: server.homeAgencyID, citizen: Fixtures.citizen(20)))
            let number = try #require(receipt.text(ofID: "case-number"))
            let code = try #require(receipt.text(ofID: "query-code"))
            let submission = try #require(try await PortalService(server.services).lookup(caseNumber: number, queryCode: code))
            let requestID = try await server.confirm(try submission.requireID(), agencyID: server.homeAgencyID)
            let status = try await citizen.follow(try await citizen.lookUp(caseNumber: number, queryCode: code))
            let handler = try await server.client(signedInAs: "jingban")
            let queue = try await handler.get("/staff")
            let casePage = try await handler.get("/staff/cases/\(requestID)")
            let reviewerCase = try await server.client(signedInAs: "shenhe").get("/staff/cases/\(requestID)")
            Expect.status(status, 200, "status page")

            #expect(!receipt.html.contains("<dt>附件</dt>"), "the receipt lists 附件 without attachments")
            #expect(!status.html.contains("<h2>文书</h2>"), "the status page shows an empty table of letters")
            #expect(!queue.text.contains("待审核的答复（0件）"), "the queue shows an empty table of drafts")
            #expect(!casePage.html.contains("<h2>文书</h2>"), "the case page shows an empty 文书 panel")
            #expect(!casePage.html.contains("<h2>附件</h2>"), "the case page shows an empty 附件 panel")
            let reviewerActs = reviewerCase.forms.contains { $0["action"] != nil }
            #expect(reviewerActs || !reviewerCase.html.contains("id=\"actions-title\""), "the reviewer sees 可办理事项 with no action under it")
        }
    }
}
