import Fluent
import Foundation
import GongkaiApp
import Testing

@testable import GongkaiWeb

/// A request form sent twice — the back button and submit again, a double click, two tabs —
/// files one request: the same `submissionKey` gets the first receipt back, without a new code.
@Suite("Replayed request forms")
struct ReplayTests {
    @Test("the same form posted again, and twice at once, files one request", arguments: TestBackend.available)
    func replay(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let citizen = server.client()
            func filledForm() async throws -> HTMLForm {
                try await citizen.requestForm(agencyID: server.homeAgencyID, citizen: Fixtures.citizen(9), delivery: "paper")
            }
            let form = try await filledForm()
            let key = try #require(form["submissionKey"])
            #expect(key.count >= 16)
            let first = try await citizen.submit(form)
            Expect.status(first, 200, "first submission")
            let number = try #require(first.text(ofID: "case-number"))
            #expect(first.text(ofID: "query-code")?.isEmpty == false)

            let replay = try await citizen.submit(form)
            Expect.status(replay, 200, "the same form again")
            #expect(replay.text.contains("已经提交过") && replay.text.contains(number))
            #expect(replay.text(ofID: "query-code") == nil, "a replay shows a 查询码 again")
            #expect(try await PortalSubmissionModel.query(on: server.app.db).filter(\.$submissionKey == key).count() == 1)

            // A double click: both posts in flight at once.
            let twice = try await filledForm()
            let before = try await PortalSubmissionModel.query(on: server.app.db).count()
            async let one = citizen.submit(twice)
            async let two = citizen.submit(twice)
            let pages = try await [one, two]
            #expect(pages.map(\.status.code) == [200, 200], "\(pages.map(\.status.code))")
            let numbers = Set(pages.compactMap { page in page.text(ofID: "case-number") ?? page.text.firstMatch(of: /申请编号 ([^）]+号)/).map { String($0.1) } })
            #expect(numbers.count == 1, "two numbers for one form: \(numbers)")
            #expect(try await PortalSubmissionModel.query(on: server.app.db).count() == before + 1)
        }
    }
}
