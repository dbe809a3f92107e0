import Fluent
import Foundation
import GongkaiApp
import GongkaiCore
import Testing
import Vapor

@testable import GongkaiWeb

/// The JSON API (/api/v1) through the whole middleware chain: tokens made and revoked by an
/// agency's administrator on the web, the same role checks as the web, JSON errors with a code
/// and a Chinese message, rate limits per token, and the document at /api/openapi.yaml.
@Suite("JSON API: tokens, roles, operations, errors")
struct APITests {
    struct Answer {
        let status: HTTPResponseStatus
        let json: [String: Any]
        let text: String
    }

    static func call(
        _ server: TestServer, _ method: HTTPMethod, _ target: String, token: String?, body: Data = Data(),
        contentType: String? = nil
    ) async throws -> Answer {
        var headers = HTTPHeaders()
        if let token { headers.add(name: .authorization, value: "Bearer \(token)") }
        if let contentType { headers.add(name: .contentType, value: contentType) }
        headers.add(name: .accept, value: "application/json")
        let response = try await server.send(
            HTTPExchange.Request(method: method, target: target, headers: headers, body: ByteBuffer(data: body)))
        let json = (try? JSONSerialization.jsonObject(with: response.bytes)) as? [String: Any] ?? [:]
        return Answer(status: response.status, json: json, text: response.text)
    }

    static func token(_ server: TestServer, roles: Set<StaffRole>, agency: String) async throws -> String {
        let agencyID = try #require(try await AgencyModel.query(on: server.app.db).filter(\.$name == agency).first()).requireID()
        return try await APITokens(server.services).create(name: "测试", roles: StaffRoles(roles), agencyID: agencyID, actor: "测试").token
    }

    @Test("a token made on the web works until revoked; shown once, stored as a hash", arguments: TestBackend.available)
    func tokens(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let admin = try await server.client(signedInAs: "guanli")
            let page = try await admin.get("/staff/admin/tokens")
            var fields = try page.form(action: "/staff/admin/tokens").fields
            fields.append(("name", "台账系统"))
            fields.append(("roles[]", "handler"))
            let made = try await admin.post("/staff/admin/tokens", fields)
            #expect(made.status == .created)
            let token = try #require(made.html.range(of: "gk_[A-Za-z0-9_-]{40,}", options: .regularExpression).map { String(made.html[$0]) })
            let stored = try #require(try await APITokenModel.query(on: server.app.db).filter(\.$name == "台账系统").first())
            #expect(stored.tokenHash != token && !stored.tokenHash.contains(token) && stored.tokenHash.count == 64)
            #expect(!(try await admin.get("/staff/admin/tokens")).html.contains(token), "the token is shown again")

            let list = try await Self.call(server, .GET, "/api/v1/requests?limit=5", token: token)
            #expect(list.status == .ok, "\(list.text.prefix(300))")
            #expect((list.json["total"] as? Int ?? 0) > 5)
            #expect((list.json["items"] as? [[String: Any]])?.count == 5)
            // No applicant on the list.
            for applicant in try await ApplicantModel.query(on: server.app.db).limit(50).all() {
                #expect(!list.text.contains(applicant.name))
            }

            let revokePage = try await admin.get("/staff/admin/tokens")
            let form = try revokePage.form(action: "/staff/admin/tokens/\(try stored.requireID().uuidString)/revoke")
            #expect(try await admin.post(form.action, form.fields).status == .seeOther)
            let refused = try await Self.call(server, .GET, "/api/v1/requests", token: token)
            #expect(refused.status == .unauthorized)
            #expect(refused.json["code"] as? String == "unauthorized")
            #expect((refused.json["message"] as? String)?.contains("令牌") == true)
        }
    }

    @Test("roles as on the web: casework for caseworkers, the board for 督办; another agency's request not found", arguments: TestBackend.available)
    func roles(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let year = server.clock.appClock.today.year - 1
            let handler = try await Self.token(server, roles: [.handler], agency: TestServer.homeAgencyName)
            let supervisor = try await Self.token(server, roles: [.supervisor], agency: PlatformDemo.supervisingAgency)

            let board = try await Self.call(server, .GET, "/api/v1/board/\(year)", token: supervisor)
            #expect(board.status == .ok, "\(board.text.prefix(300))")
            #expect(board.json["schema"] as? String == "gongkai.board/1")
            #expect(board.text.contains("江东市东湖区人民政府"))
            let forbidden = try await Self.call(server, .GET, "/api/v1/board/\(year)", token: handler)
            #expect(forbidden.status == .forbidden && forbidden.json["code"] as? String == "forbidden")
            #expect(try await Self.call(server, .GET, "/api/v1/requests", token: supervisor).status == .forbidden)
            let outside = try await Self.call(server, .GET, "/api/v1/board/\(year)?region=\(UUID().uuidString)", token: supervisor)
            #expect(outside.status == .notFound)

            // The clock of an own request; another agency's id is not found.
            let own = try #require(try await RequestModel.query(on: server.app.db).filter(\.$agency.$id == server.homeAgencyID).first())
            let other = try #require(try await RequestModel.query(on: server.app.db).filter(\.$agency.$id == server.otherAgencyID).first())
            let clock = try await Self.call(server, .GET, "/api/v1/requests/\(try own.requireID().uuidString)/clock", token: handler)
            #expect(clock.status == .ok, "\(clock.text.prefix(300))")
            #expect(clock.json["caseNumber"] as? String == own.caseNumber)
            #expect((clock.json["explanations"] as? [String])?.isEmpty == false)
            #expect(try await Self.call(server, .GET, "/api/v1/requests/\(try other.requireID().uuidString)/clock", token: handler).status == .notFound)
            #expect(try await Self.call(server, .GET, "/api/v1/requests/not-an-id/clock", token: handler).status == .notFound)

            // A request registered through the API, then a refused one with every problem named.
            let body = """
                {"channel":"letter","receivedOn":"\(server.clock.appClock.today.description)","content":"2025年度学校食堂检查结果",
                 "deliveryForm":"paper","applicant":{"kind":"naturalPerson","name":"张三","idKind":"residentIDCard",
                 "idNumber":"110101199003074514","phone":"13800138000","address":"江东市人民大道1号"}}
                """
            let created = try await Self.call(server, .POST, "/api/v1/requests", token: handler, body: Data(body.utf8), contentType: "application/json")
            #expect(created.status == .created, "\(created.text.prefix(400))")
            #expect((created.json["caseNumber"] as? String)?.isEmpty == false)
            let invalid = try await Self.call(
                server, .POST, "/api/v1/requests", token: handler,
                body: Data(#"{"channel":"online","receivedOn":"昨天","content":"","deliveryForm":"x","applicant":{"kind":"naturalPerson","name":""}}"#.utf8),
                contentType: "application/json")
            #expect(invalid.status == .unprocessableEntity && invalid.json["code"] as? String == "invalid_input")
            #expect(((invalid.json["problems"] as? [[String: String]]) ?? []).count >= 3, "\(invalid.text)")
            let malformed = try await Self.call(server, .POST, "/api/v1/requests", token: handler, body: Data("{".utf8), contentType: "application/json")
            #expect(malformed.status == .badRequest && malformed.json["code"] as? String == "bad_request")
        }
    }

    @Test("check a report file: canonical JSON and findings; an unreadable file says why; the document is served", arguments: [TestBackend.sqlite])
    func check(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let token = try await Self.token(server, roles: [.handler], agency: TestServer.homeAgencyName)
            var report = SupervisionFixtures.report("江东市南湖区财政局", year: 2025, seed: 5)
            report.review = nil
            let bytes = try ReportRenderer().render(report, as: .docx)
            let checked = try await Self.call(
                server, .POST, "/api/v1/reports/check?name=%E8%B4%A2%E6%94%BF.docx", token: token, body: Data(bytes),
                contentType: "application/octet-stream")
            #expect(checked.status == .ok, "\(checked.text.prefix(300))")
            #expect((checked.json["report"] as? [String: Any])?["agency"] as? String == "江东市南湖区财政局")
            let codes = (checked.json["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
            let expected = try ReportReader().read(bytes, name: "财政.docx", fileExtension: "docx")
            #expect(codes == Auditor().audit(expected).map(\.code.rawValue))
            #expect(codes.contains("TABLE_MISSING"))
            let garbage = try await Self.call(
                server, .POST, "/api/v1/reports/check?name=x.txt", token: token, body: Data("你好".utf8), contentType: "application/octet-stream")
            #expect(garbage.status == .ok && (garbage.json["error"] as? String)?.isEmpty == false)
            #expect(try await Self.call(server, .POST, "/api/v1/reports/check", token: nil, body: Data(bytes), contentType: "application/octet-stream").status == .unauthorized)

            let document = try await server.client().get("/api/openapi.yaml")
            #expect(document.status == .ok && document.html.hasPrefix("openapi: 3.1.0"))
        }
    }

    @Test("calls are limited per token", arguments: [TestBackend.sqlite])
    func rateLimit(backend: TestBackend) async throws {
        var limits = RateLimits()
        limits.api = RateLimiter.Limit(name: "api", hits: 3, window: 600)
        try await TestServer.with(backend, limits: limits) { server in
            let token = try await Self.token(server, roles: [.handler], agency: TestServer.homeAgencyName)
            let other = try await Self.token(server, roles: [.handler], agency: TestServer.homeAgencyName)
            for _ in 0..<3 { #expect(try await Self.call(server, .GET, "/api/v1/requests?limit=1", token: token).status == .ok) }
            let limited = try await Self.call(server, .GET, "/api/v1/requests?limit=1", token: token)
            #expect(limited.status == .tooManyRequests && limited.json["code"] as? String == "rate_limited")
            #expect(try await Self.call(server, .GET, "/api/v1/requests?limit=1", token: other).status == .ok)
        }
    }
}
