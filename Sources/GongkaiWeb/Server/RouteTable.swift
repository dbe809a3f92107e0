import GongkaiApp
import Vapor

/// Who may use a route.
enum RouteAccess: Sendable {
    /// Anyone (the portal, the sign-in page).
    case `public`
    /// Signed-in staff with one of these roles.
    case staff(Set<StaffRole>)
}

/// A registered route and its access rule, kept so that a test can walk every route as every
/// role (the authorization matrix) without a second list that could drift.
struct RegisteredRoute: Sendable {
    let method: HTTPMethod
    let pattern: [String]
    let access: RouteAccess
}

extension Application {
    private struct RouteTableKey: StorageKey { typealias Value = [RegisteredRoute] }

    /// Every route registered through `PortalRoutes` and `StaffRoutes`, with its access.
    var routeTable: [RegisteredRoute] {
        get { storage[RouteTableKey.self] ?? [] }
        set { storage[RouteTableKey.self] = newValue }
    }
}

/// Registers public routes, recording them in the route table.
struct PortalRoutes {
    let app: Application
    let builder: any RoutesBuilder

    @discardableResult
    func get<R: AsyncResponseEncodable>(_ url: SiteURL, use handler: @escaping @Sendable (Request) async throws -> R) -> Route {
        app.routeTable.append(RegisteredRoute(method: .GET, pattern: url.segments, access: .public))
        return builder.get(url.pathComponents, use: handler)
    }

    @discardableResult
    func post<R: AsyncResponseEncodable>(_ url: SiteURL, use handler: @escaping @Sendable (Request) async throws -> R) -> Route {
        app.routeTable.append(RegisteredRoute(method: .POST, pattern: url.segments, access: .public))
        return builder.post(url.pathComponents, use: handler)
    }
}

/// Registers staff routes: each one names the roles it admits (there is no way to register a
/// staff route without), and is recorded in the route table.
struct StaffRoutes {
    let app: Application
    let builder: any RoutesBuilder

    @discardableResult
    func get<R: AsyncResponseEncodable>(
        _ url: SiteURL, roles: Set<StaffRole>, use handler: @escaping @Sendable (Request) async throws -> R
    ) -> Route {
        app.routeTable.append(RegisteredRoute(method: .GET, pattern: url.segments, access: .staff(roles)))
        return builder.grouped(RoleGuard(allowed: roles)).get(url.pathComponents, use: handler)
    }

    @discardableResult
    func post<R: AsyncResponseEncodable>(
        _ url: SiteURL, roles: Set<StaffRole>, use handler: @escaping @Sendable (Request) async throws -> R
    ) -> Route {
        app.routeTable.append(RegisteredRoute(method: .POST, pattern: url.segments, access: .staff(roles)))
        return builder.grouped(RoleGuard(allowed: roles)).post(url.pathComponents, use: handler)
    }
}

extension Set where Element == StaffRole {
    /// Every staff role.
    static let anyStaff: Set<StaffRole> = Set(StaffRole.allCases)
    /// Those who work on cases: 经办人, 审核人, 负责人.
    static let caseworkers: Set<StaffRole> = [.handler, .reviewer, .head]
}
