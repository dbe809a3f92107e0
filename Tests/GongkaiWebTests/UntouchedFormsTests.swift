import Foundation
import GongkaiApp
import Testing

@testable import GongkaiWeb

/// Every form of the site submitted as it is rendered — nothing filled in, as a hurried user
/// would — gets a page back that says what is missing (or does what it says), never "400 请求格式
/// 不正确" or a 500: a browser posts a number input left blank as `month=`, and an empty select
/// as its first option.
@Suite("Forms submitted as rendered")
struct UntouchedFormsTests {
    @Test("no form answers 400 or 500 when sent untouched", arguments: TestBackend.available)
    func untouched(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let filed = try await server.fileRequest(agencyID: server.homeAgencyID)
            let requestID = try await server.confirm(filed.submissionID, agencyID: server.homeAgencyID)
            let drafted = try await server.fileRequest(agencyID: server.homeAgencyID, citizen: Fixtures.citizen(31))
            let draftedID = try await server.confirm(drafted.submissionID, agencyID: server.homeAgencyID)
            _ = try await server.draftReply(requestID: draftedID, agencyID: server.homeAgencyID)
            _ = try await server.fileAppeal(agencyID: server.homeAgencyID, requestCaseNumber: filed.caseNumber, caseNumber: "江东复〔2026〕9号")
            let handler = try await server.client(signedInAs: "jingban")
            let reviewer = try await server.client(signedInAs: "shenhe")
            let head = try await server.client(signedInAs: "fuze")
            let admin = try await server.client(signedInAs: "guanli")
            let citizen = server.client()
            var sent = 0

            func sendEvery(_ client: WebClient, _ path: String, skip: (HTMLForm) -> Bool = { _ in false }) async throws {
                let page = try await client.get(path)
                Expect.status(page, 200, path)
                // Each form from a fresh copy of the page: an earlier one may have changed the case.
                for (index, form) in page.forms.enumerated() where form.method == "POST" && !skip(form) {
                    let current = try await client.get(path).forms
                    guard let fresh = current.indices.contains(index) && current[index].action == form.action ? current[index] : nil else { continue }
                    let answer = try await client.submit(fresh)
                    sent += 1
                    #expect(![400, 500].contains(answer.status.code), "\(form) on \(path) sent untouched → \(answer.status.code) \(answer.text.prefix(160))")
                }
            }
            let signOut: (HTMLForm) -> Bool = { $0.action == "/staff/logout" }
            // The case page's actions one by one, then the rest of the console.
            let casePath = "/staff/cases/\(requestID)"
            for tag in ["correctionRequested", "consultationStarted", "feeNoticeIssued", "extensionApproved", "withdrawn"] {
                let page = try await (tag == "extensionApproved" ? head : handler).get(casePath)
                guard let form = page.forms.first(where: { $0["action"] == tag }) else { continue }
                let answer = try await (tag == "extensionApproved" ? head : handler).submit(form)
                sent += 1
                #expect(![400, 500].contains(answer.status.code), "the \(tag) form sent untouched → \(answer.status.code) \(answer.text.prefix(160))")
            }
            try await sendEvery(reviewer, "/staff/cases/\(draftedID)", skip: signOut)
            try await sendEvery(handler, "/staff/cases/\(draftedID)", skip: signOut)
            for path in ["/staff/registers", "/staff/appeals", "/staff/requests/new"] {
                try await sendEvery(handler, path, skip: signOut)
            }
            for path in ["/staff/admin/users", "/staff/admin/agency"] {
                try await sendEvery(admin, path, skip: { signOut($0) || $0.action.hasPrefix("/staff/admin/users/") })
            }
            for path in ["/agencies/\(server.homeAgencyID)/apply", "/status", "/staff/login"] {
                try await sendEvery(citizen, path)
            }
            #expect(sent >= 14, "only \(sent) forms sent")
        }
    }
}
