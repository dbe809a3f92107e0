import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The 管理员's pages: the agency's users and roles, its portal details and settings, and its
/// part of the audit log.
enum AdminPages {
    static func register(_ staff: StaffRoutes) {
        staff.get(.staffUsers, roles: [.admin], use: users)
        staff.post(.staffUsers, roles: [.admin], use: createUser)
        staff.post(.staffUser(.key), roles: [.admin], use: updateUser)
        staff.get(.staffAgencyProfile, roles: [.admin], use: profileForm)
        staff.post(.staffAgencyProfile, roles: [.admin], use: saveProfile)
        staff.get(.staffAudit, roles: [.admin], use: audit)
    }

    // MARK: Users

    struct NewUserInput: Content {
        var username: String?
        var displayName: String?
        var password: String?
        var roles: [String]?
    }

    static func users(_ request: Request) async throws -> View {
        try await renderUsers(request, input: NewUserInput(), problems: nil)
    }

    static func renderUsers(_ request: Request, input: NewUserInput, problems: FormError?) async throws -> View {
        let staff = try request.staff
        let users = try await UserService(request.services, hasher: request.application.platform.hasher)
            .users(agencyID: staff.agencyID)
        let view = UsersView(
            page: request.page(title: "用户与角色", section: "admin"), users: users, input: input, errors: FieldErrors(problems),
            currentUserID: staff.userID)
        return try await request.view.render("staff/users", view)
    }

    static func createUser(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let input = try request.content.decode(NewUserInput.self)
        let roles = StaffRoles((input.roles ?? []).compactMap(StaffRole.init(rawValue:)))
        do {
            try await UserService(request.services, hasher: request.application.platform.hasher).create(
                .init(username: input.username ?? "", displayName: input.displayName ?? "", password: input.password ?? "", roles: roles),
                agencyID: staff.agencyID, actor: staff.actor)
            request.webSession.flash("已创建用户 \(input.username ?? "")。")
            return request.redirect(to: SiteURL.staffUsers.path)
        } catch let error as FormError {
            var shown = input
            shown.password = nil
            return try await renderUsers(request, input: shown, problems: error).encodeResponse(status: .unprocessableEntity, for: request)
        }
    }

    struct UpdateUserInput: Content {
        var roles: [String]?
        var active: String?
        var password: String?
    }

    static func updateUser(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let service = UserService(request.services, hasher: request.application.platform.hasher)
        guard let user = try await service.user(try request.id("userID"), agencyID: staff.agencyID) else { throw Abort(.notFound) }
        let input = try request.content.decode(UpdateUserInput.self)
        let roles = StaffRoles((input.roles ?? []).compactMap(StaffRole.init(rawValue:)))
        do {
            if user.id == staff.userID, !roles.roles.contains(.admin) || input.active != "on" {
                throw FormError([FieldProblem(field: "roles", message: "不能取消自己的管理员角色或停用自己的账号")])
            }
            try await service.update(user, roles: roles, active: input.active == "on", actor: staff.actor)
            if let password = input.password, !password.isEmpty {
                try await service.setPassword(password, for: user, actor: staff.actor)
            }
            request.webSession.flash("已更新用户 \(user.username)。")
            return request.redirect(to: SiteURL.staffUsers.path)
        } catch let error as FormError {
            return try await renderUsers(request, input: NewUserInput(), problems: error).encodeResponse(status: .unprocessableEntity, for: request)
        }
    }

    // MARK: Agency profile

    static func profileForm(_ request: Request) async throws -> View {
        let staff = try request.staff
        let profile = try await AgencyProfiles(request.services).profile(agencyID: staff.agencyID)
        return try await request.view.render(
            "staff/agency", AgencyProfileView(page: request.page(title: "本机关信息", section: "admin"), input: .init(profile), errors: FieldErrors(nil)))
    }

    static func saveProfile(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let input = try request.content.decode(AgencyProfiles.Input.self)
        do {
            try await AgencyProfiles(request.services).save(input, agencyID: staff.agencyID, actor: staff.actor)
            request.webSession.flash("本机关信息已保存，门户网站即时更新。")
            return request.redirect(to: SiteURL.staffAgencyProfile.path)
        } catch let error as FormError {
            let view = AgencyProfileView(page: request.page(title: "本机关信息", section: "admin"), input: input, errors: FieldErrors(error))
            return try await request.view.render("staff/agency", view).encodeResponse(status: .unprocessableEntity, for: request)
        }
    }

    // MARK: Audit log

    static func audit(_ request: Request) async throws -> View {
        let staff = try request.staff
        let pageNumber = max(1, request.query[Int.self, at: "page"] ?? 1)
        let size = 100
        let entries = try await AuditLogModel.query(on: request.db).filter(\.$agencyID == staff.agencyID)
            .sort(\.$recordedAt, .descending).range(((pageNumber - 1) * size)..<(pageNumber * size + 1)).all()
        let view = AuditView(
            page: request.page(title: "操作日志", section: "admin"), entries: Array(entries.prefix(size)), pageNumber: pageNumber,
            hasMore: entries.count > size)
        return try await request.view.render("staff/audit", view)
    }
}
