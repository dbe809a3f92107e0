import GongkaiApp
import Vapor

/// Signing in and out of the staff console.
enum SignInPages {
    static func register(_ routes: PortalRoutes, staff: StaffRoutes) {
        routes.get(.signIn(next: nil), use: form)
        routes.post(.signIn(next: nil), use: signIn)
        staff.post(.signOut, roles: .anyStaff, use: signOut)
    }

    struct SignInInput: Content {
        var username: String?
        var password: String?
        var next: String?
    }

    struct SignInView: Encodable {
        let page: PageContext
        let username: String
        let next: String
        let error: String?
    }

    static func form(_ request: Request) async throws -> Response {
        if request.optionalStaff != nil { return request.redirect(to: SiteURL.staffHome.path) }
        let next = safeNext(request.query[String.self, at: "next"])
        let view = SignInView(page: request.page(title: "工作人员登录", section: "staff", forms: true), username: "", next: next, error: nil)
        return try await request.view.render("staff/login", view).encodeResponse(for: request)
    }

    static func signIn(_ request: Request) async throws -> Response {
        let input = try request.content.decode(SignInInput.self)
        let username = input.username ?? ""
        let next = safeNext(input.next)
        do {
            try await request.enforce(request.application.platform.settings.limits.signIn)
            let user = try await UserService(request.services, hasher: request.application.platform.hasher)
                .authenticate(username: username, password: input.password ?? "")
            // A new session and a new CSRF anchor on every sign-in: no session fixation.
            request.webSession.renew()
            request.webSession["userID"] = try user.requireID().uuidString
            CSRF.renew(for: request)
            _ = CSRF.anchor(of: request)
            request.logger.info("staff signed in", metadata: ["user": "\(user.username)"])
            return request.redirect(to: next)
        } catch let failure as UserService.SignInFailure {
            let view = SignInView(
                page: request.page(title: "工作人员登录", section: "staff", forms: true), username: username, next: next,
                error: failure.userMessage)
            return try await request.view.render("staff/login", view).encodeResponse(
                status: ErrorStatus.status(for: failure.category), for: request)
        }
    }

    static func signOut(_ request: Request) async throws -> Response {
        request.webSession.renew()
        CSRF.renew(for: request)
        _ = CSRF.anchor(of: request)
        return request.redirect(to: SiteURL.signIn(next: nil).path)
    }

    /// Only a local path may follow sign-in (no open redirect).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/staff"), !next.hasPrefix("//"), !next.contains("\\") else {
            return SiteURL.staffHome.path
        }
        return next
    }
}
