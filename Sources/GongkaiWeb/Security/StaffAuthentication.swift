import Fluent
import GongkaiApp
import Vapor

/// The signed-in staff member of a request.
struct CurrentStaff: Sendable {
    let userID: UUID
    let username: String
    let displayName: String
    let agencyID: UUID
    let agencyName: String
    let roles: StaffRoles

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

/// Loads the signed-in user named by the session (active accounts only) with one query.
struct StaffAuthenticationMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let text = request.webSession["userID"], let id = UUID(uuidString: text),
            let user = try await StaffUserModel.query(on: request.db).filter(\.$id == id).filter(\.$active == true)
                .with(\.$agency).first()
        {
            request.setStaff(
                CurrentStaff(
                    userID: id, username: user.username, displayName: user.displayName, agencyID: user.$agency.id,
                    agencyName: user.agency.name, roles: user.roles))
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
