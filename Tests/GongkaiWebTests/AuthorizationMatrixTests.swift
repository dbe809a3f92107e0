import Foundation
import GongkaiApp
import Testing
import Vapor

@testable import GongkaiWeb

/// Every route of `app.routeTable` (the routes as registered, with their access rules: no second
/// list) called by every kind of visitor, with real ids of the visitor's own agency and of
/// another agency put in for the path parameters. POSTs carry valid CSRF tokens, so a refusal
/// is the role's, not the form's.
@Suite("Authorization matrix: every route as every role")
struct AuthorizationMatrixTests {
    /// A visitor: anonymous, or signed in with the roles of a demo account.
    struct Visitor: Sendable {
        let name: String
        let roles: Set<StaffRole>?
        let client: WebClient
        /// The agency whose ids are "own" for this visitor.
        let own: Scene.IDs
        let other: Scene.IDs
    }

    @Test("public routes open to all, staff routes by role, another agency's ids not found", arguments: TestBackend.available)
    func matrix(backend: TestBackend) async throws {
        try await TestServer.with(backend) { server in
            let scene = try await Scene.make(server)
            let year = server.clock.appClock.today.year
            var visitors = [Visitor(name: "匿名访客", roles: nil, client: server.client(), own: scene.home, other: scene.other)]
            for account in PlatformDemo.accounts {
                visitors.append(
                    Visitor(
                        name: "本机关\(account.role.label)", roles: [account.role],
                        client: try await server.client(signedInAs: account.username), own: scene.home, other: scene.other))
            }
            visitors.append(
                Visitor(
                    name: "其他机关管理员", roles: [.admin],
                    client: try await server.client(signedInAs: Scene.otherAdmin, password: TestServer.staffPassword),
                    own: scene.other, other: scene.home))

            // Signing out ends the session the other cells need: walk it last.
            let routes = server.app.routeTable.sorted { ($0.pattern == ["staff", "logout"] ? 1 : 0) < ($1.pattern == ["staff", "logout"] ? 1 : 0) }
            #expect(routes.count >= 20, "the route table lists \(routes.count) routes")
            var cells = 0
            for route in routes {
                for visitor in visitors {
                    let ownPath = try Scene.path(route, ids: visitor.own, year: year)
                    let otherPath = try Scene.path(route, ids: visitor.other, year: year)
                    let own = try await call(route, ownPath, as: visitor)
                    check(route, own, visitor: visitor, ids: .own)
                    cells += 1
                    if otherPath != ownPath {
                        let other = try await call(route, otherPath, as: visitor)
                        check(route, other, visitor: visitor, ids: .other)
                        cells += 1
                    }
                }
            }
            #expect(cells > routes.count * visitors.count)
        }
    }

    enum Whose { case own, other }

    func call(_ route: RegisteredRoute, _ path: String, as visitor: Visitor) async throws -> WebPage {
        route.method == .POST ? try await visitor.client.post(path, csrf: .valid) : try await visitor.client.get(path)
    }

    func check(_ route: RegisteredRoute, _ page: WebPage, visitor: Visitor, ids: Whose) {
        let cell = "\(route.method) \(page.target) as \(visitor.name) (\(ids == .own ? "own" : "another agency's") ids) → \(page.status.code)"
        let refused: Set<UInt> = [401, 403]
        #expect(page.status.code != 500, "\(cell): \(page.text.prefix(200))")
        switch route.access {
        case .public:
            if route.method == .POST, route.pattern == ["staff", "login"] {
                // An empty sign-in form is a wrong password, not a closed door: the form again.
                #expect(page.text.contains("用户名或密码不正确"), "\(cell): \(page.text.prefix(200))")
            } else {
                #expect(!refused.contains(page.status.code), "public route refused: \(cell)")
            }
        case .staff(let allowed):
            guard let roles = visitor.roles else {
                if route.method == .GET {
                    #expect(page.status == .seeOther && page.location?.hasPrefix("/staff/login") == true, "anonymous GET not sent to sign in: \(cell)")
                } else {
                    #expect(page.status == .unauthorized, "anonymous POST not refused: \(cell)")
                }
                return
            }
            if roles.isDisjoint(with: allowed) {
                #expect(page.status == .forbidden, "role not listed (\(allowed.map(\.label).sorted())) not refused: \(cell)")
                return
            }
            #expect(!refused.contains(page.status.code), "allowed role refused: \(cell): \(page.text.prefix(200))")
            if ids == .other {
                #expect(page.status == .notFound, "another agency's ids not 404: \(cell)")
                for number in visitor.other.caseNumbers {
                    #expect(!page.text.contains(number), "another agency's case \(number) shown: \(cell)")
                }
            } else if route.method == .GET, visitor.own.letter != nil || !route.pattern.contains(":letterID") {
                #expect(page.status == .ok, "allowed GET with own ids not shown: \(cell): \(page.text.prefix(200))")
            }
        }
    }
}
