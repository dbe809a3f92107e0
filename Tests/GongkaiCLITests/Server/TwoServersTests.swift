import Foundation
import Testing

/// Two `gongkai serve` processes on one PostgreSQL database behave as one site: a session made
/// on one is valid on the other, a request filed on one is confirmed on the other, and the rate
/// limits count the hits of both.
@Suite("Two servers on one PostgreSQL database", .serialized)
struct TwoServersTests {
    @Test(
        "sessions, CSRF tokens, casework and rate limits are shared between processes",
        .enabled(if: ProcessInfo.processInfo.environment["GONGKAI_TEST_POSTGRES_URL"] != nil))
    func twoProcesses() async throws {
        let (location, drop) = try await ServerProcessTests.freshDatabase("postgres")
        defer { Task { await drop() } }
        let first = try await ServerProcess(database: location, environment: ["GONGKAI_RATE_LIMIT_SCALE": "1"])
        let second = try await ServerProcess(database: location, environment: ["GONGKAI_RATE_LIMIT_SCALE": "1"])
        defer {
            _ = first.terminate()
            _ = second.terminate()
        }
        // A citizen files on the first server.
        let filer = PortalFiler(server: first)
        let receipt = try #require(try await filer.file(try await filer.applyPath(agency: "江东市教育局"), number: 1))

        // An officer signs in on the first server and works on the second with the same cookies.
        let (_, login, jar) = try await HTTP.get(first.url("/staff/login"), cookies: [:])
        let csrf = try #require(HTTP.field("_csrf", in: login))
        let (signedIn, _, cookies) = try await HTTP.post(
            first.url("/staff/login"),
            form: [("_csrf", csrf), ("username", "jingban"), ("password", "gongkai-demo"), ("next", "/staff")], cookies: jar)
        #expect(signedIn == 303)
        let (status, queue, _) = try await HTTP.get(second.url("/staff"), cookies: cookies)
        #expect(status == 200)
        #expect(queue.contains("王经办"))
        #expect(queue.contains(receipt.caseNumber), "the submission filed on the first server is in the queue of the second")

        // The confirmation posted to the second server with a token made by the second server.
        guard let link = queue.range(of: "/staff/submissions/") else { throw ServerFailure(message: "no pending submission link") }
        let id = String(queue[link.upperBound...].prefix(36))
        let (_, page, cookies2) = try await HTTP.get(second.url("/staff/submissions/\(id)"), cookies: cookies)
        let token = try #require(HTTP.field("_csrf", in: page))
        let (confirmed, _, _) = try await HTTP.post(
            first.url("/staff/submissions/\(id)/confirm"), form: [("_csrf", token)], cookies: cookies2)
        #expect(confirmed == 303, "a token made by one process is valid on the other")

        // The lookup limit (20 per 10 minutes per address) counts the hits of both servers.
        var statuses: [Int] = []
        for attempt in 0..<22 {
            let server = attempt.isMultiple(of: 2) ? first : second
            let (_, form, jar) = try await HTTP.get(server.url("/status"), cookies: [:])
            let token = try #require(HTTP.field("_csrf", in: form))
            let (status, _, _) = try await HTTP.post(
                server.url("/status"), form: [("_csrf", token), ("caseNumber", "不存在"), ("queryCode", "AAAA-BBBB-CCCC")],
                cookies: jar)
            statuses.append(status)
        }
        #expect(statuses.prefix(20).allSatisfy { $0 == 422 }, "\(statuses)")
        #expect(statuses.suffix(2).allSatisfy { $0 == 429 }, "\(statuses)")
    }
}
