import Foundation
import GongkaiApp
import Testing

@testable import GongkaiWeb

/// Following a request with 申请编号 + 查询码: a guessed code says no more than an unknown
/// number, and guessing is cut short by the lookup rate limit.
@Suite("Status lookup: guessed codes and the rate limit")
struct QueryCodeTests {
    @Test("a wrong code and an unknown number get the same answer; the 21st lookup is refused", arguments: TestBackend.available)
    func guessing(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let receipt = try await server.fileRequest(agencyID: server.homeAgencyID)
            let code = try #require(receipt.queryCode)
            let guesser = server.client()
            var lookups = 0
            func lookup(_ number: String, _ code: String) async throws -> WebPage {
                lookups += 1
                return try await guesser.lookUp(caseNumber: number, queryCode: code)
            }
            let unknownNumber = receipt.caseNumber.replacingOccurrences(of: "〕", with: "〕9")
            let wrongPage = try await lookup(receipt.caseNumber, "ABCD-EFGH-JKMN")
            let unknownPage = try await lookup(unknownNumber, code)
            Expect.status(wrongPage, 422, "a guessed code")
            Expect.status(unknownPage, 422, "an unknown number")
            // The same page but for the number typed (kept in its field) and the form's token.
            func normalised(_ page: WebPage, _ number: String) -> String {
                page.html.replacingOccurrences(of: number, with: "#").replacing(/name="_csrf" value="[^"]*"/, with: "")
            }
            #expect(normalised(wrongPage, receipt.caseNumber) == normalised(unknownPage, unknownNumber))
            #expect(wrongPage.status == unknownPage.status)
            #expect(!wrongPage.text.contains(Fixtures.content), "a guess shows the request")

            let limit = server.app.platform.settings.limits.statusLookup.hits
            while lookups < limit {
                Expect.status(try await lookup(receipt.caseNumber, "ZZZZ-ZZZZ-ZZZ\(lookups % 10)"), 422, "guess \(lookups + 1)")
            }
            // Past the limit even the right code is refused until the window ends.
            let limited = try await lookup(receipt.caseNumber, code)
            Expect.status(limited, 429, "lookup \(lookups) after \(limit)")
            #expect(limited.text.contains("操作过于频繁"))

            server.clock.advance(by: TimeInterval(server.app.platform.settings.limits.statusLookup.window))
            let opened = try await lookup(receipt.caseNumber, code.lowercased().replacingOccurrences(of: "-", with: ""))
            Expect.status(opened, 303, "the right code, typed in lower case without dashes, in a new window")
            #expect(opened.location == "/status/\(receipt.submissionID)")
            let status = try await guesser.get(try #require(opened.location))
            Expect.status(status, 200, "status page")
            #expect(status.text(ofID: "case-number") == receipt.caseNumber)
        }
    }
}
