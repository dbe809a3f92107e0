import Fluent
import GongkaiApp
import SQLKit
import Vapor

/// The signed-in staff member of a request.
struct CurrentStaff: Sendable {
    let userID: UUID
    let username: String
    let displayName: String
    let agencyID: UUID
    let agencyName: String
    let roles: StaffRoles
    /// The agency's change version when the request began (`ChangeVersions`), for cached pages.
    let agencyVersion: Int

    /// How the audit log names the actor: "王经办（wangjb）".
    var actor: String { "\(displayName)（\(username)）" }

    func has(_ role: StaffRole) -> Bool { roles.roles.contains(role) }
}

extension Request {
    private struct StaffKey: StorageKey { typealias Value = CurrentStaff }

    /// The signed-in staff member; throws `NotSignedIn` outside `StaffAuthenticationMiddleware`.
    var staff: CurrentStaff {
        get throws {
            guard let staff = storage[StaffKey.self] else { throw NotSignedIn() }
            return staff
        }
    }

    var optionalStaff: CurrentStaff? { storage[StaffKey.self] }

    func setStaff(_ staff: CurrentStaff) { storage[StaffKey.self] = staff }
}

/// Not signed in (a GET under /staff is redirected to the sign-in page).
struct NotSignedIn: CategorizedError {
    var category: ErrorCategory { .unauthenticated }
    var userMessage: String { "请先登录" }
}

/// Signed in, but the role does not allow this.
struct RoleRefused: CategorizedError {
    let allowed: Set<StaffRole>
    var category: ErrorCategory { .forbidden }
    var userMessage: String {
        "该操作需要以下角色之一：" + allowed.sorted().map(\.label).joined(separator: "、") + "。如需办理，请联系本机关管理员分配角色。"
    }
}

/// Loads the signed-in user named by the session (active accounts only), with the agency's name
/// and change version, in one query.
struct StaffAuthenticationMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let text = request.webSession["userID"], let id = UUID(uuidString: text) {
            typealias U = StaffUserModel.Column
            let row = try await (request.db as! any SQLDatabase).raw(
                """
                SELECT u.\(ident: U.username.description) AS username, u.\(ident: U.displayName.description) AS display_name,
                       u.\(ident: U.roles.description) AS roles, u.\(ident: U.agencyID.description) AS agency_id,
                       a.\(ident: AgencyModel.Column.name.description) AS agency_name, v.version AS version
                FROM \(ident: StaffUserModel.schema) u
                JOIN \(ident: AgencyModel.schema) a ON a.id = u.\(ident: U.agencyID.description)
                LEFT JOIN \(ident: PlatformTables.changeVersions) v ON v.scope = 'agency:' || upper(CAST(u.\(ident: U.agencyID.description) AS TEXT))
                WHERE u.id = \(bind: id) AND u.\(ident: U.active.description) = \(bind: true)
                """
            ).first()
            if let row {
                request.setStaff(
                    CurrentStaff(
                        userID: id, username: try row.decode(column: "username", as: String.self),
                        displayName: try row.decode(column: "display_name", as: String.self),
                        agencyID: try row.decode(column: "agency_id", as: UUID.self),
                        agencyName: try row.decode(column: "agency_name", as: String.self),
                        roles: StaffRoles(storage: try row.decode(column: "roles", as: String.self)),
                        agencyVersion: try row.decode(column: "version", as: Int?.self) ?? 0))
            }
        }
        return try await next.respond(to: request)
    }
}

/// Admits only signed-in staff holding one of `allowed` (deny by default: every staff route is
/// registered with its roles through `StaffRoutes`).
struct RoleGuard: AsyncMiddleware {
    let allowed: Set<StaffRole>

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let staff = try request.staff
        guard staff.roles.intersects(allowed) else { throw RoleRefused(allowed: allowed) }
        return try await next.respond(to: request)
    }
}
