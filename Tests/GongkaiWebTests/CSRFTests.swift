import Foundation
import GongkaiApp
import GongkaiCore
import Testing
import Vapor

@testable import GongkaiWeb

/// Every POST route of the route table refuses a form without a valid `_csrf` token — missing,
/// made up, or valid for another browser — with 403, and stores nothing; the same form with
/// the browser's own token gets through.
@Suite("CSRF: every state-changing route refuses a forged form")
struct CSRFTests {
    @Test("missing, forged or borrowed tokens refused with 403, nothing stored", arguments: TestBackend.available)
    func everyPostRoute(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let scene = try await Scene.make(server)
            let year = server.clock.appClock.today.year
            let lookup = try await server.fileRequest(agencyID: server.homeAgencyID, citizen: Fixtures.citizen(40))
            let citizen = server.client()
            var officers: [StaffRole: WebClient] = [:]
            for account in PlatformDemo.accounts { officers[account.role] = try await server.client(signedInAs: account.username) }
            officers[.supervisor] = try await server.client(signedInAs: PlatformDemo.supervisor.username)
            // Another browser's valid token: right for its own anchor cookie, wrong for ours.
            let stranger = server.client()
            let borrowed = try await stranger.csrfToken()

            let posts = server.app.routeTable.filter { $0.method == .POST }
                .sorted { ($0.pattern == ["staff", "logout"] ? 1 : 0) < ($1.pattern == ["staff", "logout"] ? 1 : 0) }
            #expect(posts.count >= 12, "only \(posts.count) POST routes registered")
            for route in posts {
                let path = try Scene.path(route, ids: scene.home, year: year)
                let client: WebClient
                switch route.access {
                case .apiToken: continue  // bearer tokens, no cookies: nothing to forge (APITests)
                case .public: client = citizen
                case .staff(let roles):
                    let role = try #require(StaffRole.allCases.first { roles.contains($0) })
                    client = try #require(officers[role])
                }
                let fields = try await validFields(for: route, server: server, scene: scene, lookup: lookup)
                let multipart = Self.multipart.contains(route.pattern.joined(separator: "/"))
                let before = try await server.rowCounts()
                for (label, choice) in [("no token", WebClient.CSRFChoice.missing), ("forged token", .forged(String(repeating: "A", count: 43))), ("another browser's token", .forged(borrowed))] {
                    let page = try await client.post(path, fields, multipart: multipart, csrf: choice)
                    #expect(page.status == .forbidden, "POST \(path) with \(label) → \(page.status.code)")
                    #expect(page.text.contains("表单已过期或来源无法验证"), "POST \(path) with \(label) does not say why")
                }
                let after = try await server.rowCounts()
                #expect(after == before, "POST \(path) stored something although refused: \(difference(before, after))")

                let accepted = try await client.post(path, fields, multipart: multipart, csrf: .valid)
                #expect(accepted.status != .forbidden, "POST \(path) with its own token refused: \(accepted.text.prefix(200))")
                if Self.storing.contains(route.pattern.joined(separator: "/")) {
                    let stored = try await server.rowCounts()
                    #expect(stored != after, "POST \(path) with its own token stored nothing (\(accepted.status.code)), so the refusals proved little")
                }
            }
        }
    }

    /// Routes whose forms are multipart (they take files).
    static let multipart: Set<String> = [
        "agencies/:agencyID/apply", "status/:submissionID/correction", "staff/supervision/:year/uploads", "staff/supervision/roster",
    ]

    /// Routes whose valid form (below) stores rows: their refusal is shown to be the token's.
    static let storing: Set<String> = [
        "agencies/:agencyID/apply", "staff/submissions/:submissionID/confirm", "staff/cases/:requestID/events",
        "staff/requests/new", "staff/admin/users", "staff/appeals", "staff/registers", "staff/supervision/regions",
        "staff/admin/tokens", "staff/catalogue", "staff/catalogue/:itemID/review", "staff/admin/guide",
        "staff/supervision/scoring",
    ]

    /// A form each route would accept, so that a refusal can only be the token's.
    func validFields(for route: RegisteredRoute, server: TestServer, scene: Scene, lookup: PortalService.Receipt) async throws
        -> [(name: String, value: String)]
    {
        let today = server.clock.appClock.today.description
        let citizen = Fixtures.citizen(41)
        switch route.pattern.joined(separator: "/") {
        case "agencies/:agencyID/apply":
            return citizen.formFields.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) } + [
                ("content", Fixtures.content), ("deliveryForm", "electronic"), ("submissionKey", "csrf-test-" + UUID().uuidString),
            ]
        case "status": return [("caseNumber", lookup.caseNumber), ("queryCode", lookup.queryCode ?? "")]
        case "status/:submissionID/correction": return [("correction", "补充说明：所需为2025年度的报告")]
        case "staff/login": return [("username", "jingban"), ("password", TestServer.demoPassword), ("next", "/staff")]
        case "staff/cases/:requestID/events":
            return [
                ("action", "correctionRequested"), ("version", String(try await server.eventCount(scene.home.requestID))),
                ("date", today), ("correctionDue", CivilDate(iso: today)!.adding(days: 15).description), ("note", "请说明所需报告的年度"),
            ]
        case "staff/cases/:requestID/drafts": return [("reply", "provided"), ("reasons", "")]
        case "staff/cases/:requestID/drafts/:draftID/decision": return [("decision", "approve"), ("note", "")]
        case "staff/cases/:requestID/drafts/:draftID/issue":
            return [("version", String(try await server.eventCount(scene.home.requestID)))]
        case "staff/requests/new":
            return citizen.formFields.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) } + [
                ("channel", "letter"), ("receivedOn", today), ("content", Fixtures.content), ("deliveryForm", "paper"),
            ]
        case "staff/admin/users":
            return [("username", "csrf-new"), ("displayName", "新用户"), ("password", TestServer.staffPassword), ("roles[]", "handler")]
        case "staff/admin/users/:userID": return [("roles[]", "handler"), ("active", "on")]
        case "staff/appeals":
            return [
                ("kind", "litigation"), ("route", "direct"), ("caseNumber", "（2026）苏0102行初1号"),
                ("requestCaseNumber", scene.home.caseNumbers[1]), ("filedOn", today),
            ]
        case "staff/appeals/:appealID/decision": return [("decidedOn", today), ("result", "upheld")]
        case "staff/registers":
            return [("kind", "procurement"), ("name", "办公设备采购"), ("contractedOn", today), ("amountYuan", "120000")]
        case "staff/admin/agency":
            return [
                ("acceptingOffice", "办公室"), ("address", "人民大道1号"), ("postcode", "210000"), ("officeHours", "工作日"),
                ("phone", "025-88888888"), ("casePrefix", "江教"), ("letterPrefix", "江教公开"),
                ("reconsiderationBody", "江东市人民政府"), ("court", "江东市玄武区人民法院"),
            ]
        case "staff/supervision/regions": return [("name", "南湖区")]
        case "staff/admin/tokens": return [("name", "省级平台对接"), ("roles[]", "handler")]
        case "staff/catalogue":
            return [
                ("title", "关于做好春季学期开学工作的通知"), ("publisher", TestServer.homeAgencyName), ("topic", "科技、教育"),
                ("genre", "通知公告"), ("formedOn", today), ("body", "各学校：现就春季学期开学工作通知如下。"),
            ]
        case "staff/catalogue/:itemID/review": return [("decision", "pass")]
        case "staff/admin/guide": return [("body", "一、主动公开\n见政府信息公开目录。"), ("action", "publish")]
        case "staff/supervision/scoring":
            return ScoringScheme.standard.settings.map { (name: $0.key, value: ScoringScheme.format($0.value)) }
        default: return []
        }
    }

    func difference(_ before: [String: Int], _ after: [String: Int]) -> String {
        Set(before.keys).union(after.keys).sorted().compactMap { table in
            before[table] == after[table] ? nil : "\(table) \(before[table] ?? 0)→\(after[table] ?? 0)"
        }.joined(separator: ", ")
    }
}
