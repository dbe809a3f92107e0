import Fluent
import GongkaiApp
import Vapor

/// The agency administrator's API tokens: made (shown once on the page that answers the form),
/// listed with their roles and last use, revoked.
enum TokenPages {
    static func register(_ staff: StaffRoutes) {
        staff.get(.staffTokens, roles: [.admin]) { request in try await render(request) }
        staff.post(.staffTokens, roles: [.admin], use: create)
        staff.post(.staffTokenRevoke(.key), roles: [.admin], use: revoke)
    }

    struct Input: Content {
        var name: String?
        var roles: [String]?
    }

    static func render(_ request: Request, made: APITokens.Made? = nil, errors: FormError? = nil, status: HTTPResponseStatus = .ok)
        async throws -> Response
    {
        let staff = try request.staff
        let tokens = try await APITokens(request.services).list(agencyID: staff.agencyID)
        let view = TokensView(page: request.page(title: "API 令牌", section: "admin"), tokens: tokens, made: made, errors: FieldErrors(errors))
        let response = try await request.view.render("staff/tokens", view).encodeResponse(status: status, for: request)
        // The page with a new token is shown once: never kept by a cache.
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    static func create(_ request: Request) async throws -> Response {
        let staff = try request.staff
        let input = try request.content.decode(Input.self)
        let roles = StaffRoles((input.roles ?? []).compactMap(StaffRole.init(rawValue:)))
        do {
            let made = try await APITokens(request.services).create(
                name: input.name ?? "", roles: roles, agencyID: staff.agencyID, actor: staff.actor)
            return try await render(request, made: made, status: .created)
        } catch let error as FormError {
            return try await render(request, errors: error, status: .unprocessableEntity)
        }
    }

    static func revoke(_ request: Request) async throws -> Response {
        let staff = try request.staff
        guard try await APITokens(request.services).revoke(try request.id("tokenID"), agencyID: staff.agencyID, actor: staff.actor)
        else { throw Abort(.notFound) }
        request.webSession.flash("令牌已停用，使用它的系统将无法再调用接口。")
        return request.redirect(to: SiteURL.staffTokens.path)
    }
}

/// The API tokens page.
struct TokensView: Encodable {
    struct Line: Encodable {
        let name: String
        let prefix: String
        let roles: String
        let createdBy: String
        let createdAt: String
        let lastUsedAt: String?
        let revoked: Bool
        let revokeURL: String
    }

    struct Choice: Encodable {
        let value: String
        let label: String
    }

    let page: PageContext
    let tokens: [Line]
    let made: String?
    let roleChoices: [Choice]
    let errors: FieldErrors

    init(page: PageContext, tokens: [APITokenModel], made: APITokens.Made?, errors: FieldErrors) {
        self.page = page
        self.tokens = tokens.map {
            Line(
                name: $0.name, prefix: $0.prefix + "…", roles: $0.roles.label, createdBy: $0.createdBy,
                createdAt: DisplayTime.text($0.createdAt), lastUsedAt: $0.lastUsedAt.map(DisplayTime.text),
                revoked: $0.revokedAt != nil, revokeURL: SiteURL.staffTokenRevoke(.value($0.id!)).path)
        }
        self.made = made?.token
        roleChoices = StaffRole.allCases.map { Choice(value: $0.rawValue, label: $0.label) }
        self.errors = errors
    }
}
