import Foundation
import GongkaiApp
import OpenAPIRuntime
import Vapor

/// The caller of a JSON API operation: the token's agency and roles.
struct APICaller: Sendable {
    let tokenID: UUID
    let agencyID: UUID
    let roles: StaffRoles

    /// Refuses the call unless the token holds one of `allowed` (the web's rule for the same work).
    func require(_ allowed: Set<StaffRole>) throws {
        guard roles.intersects(allowed) else { throw APIForbidden() }
    }
}

/// The request being handled, for the generated handlers (swift-openapi-vapor's request injection).
enum APIContext {
    @TaskLocal static var request: Request?
    @TaskLocal static var caller: APICaller?

    static func current() throws -> (request: Request, caller: APICaller) {
        guard let request, let caller else { throw Abort(.unauthorized) }
        return (request, caller)
    }
}

/// Authenticates every API call by its bearer token, limits the rate per token, and answers
/// every error as JSON `{code, message}` with the status the web uses for the same error.
struct APITokenMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            guard let bearer = request.headers.bearerAuthorization?.token,
                let token = try await APITokens(request.services).authenticate(bearer)
            else { throw APIUnauthorized() }
            let caller = APICaller(tokenID: try token.requireID(), agencyID: token.agencyID, roles: token.roles)
            try await request.enforce(request.application.platform.settings.limits.api, key: "token:\(caller.tokenID)")
            return try await APIContext.$request.withValue(request) {
                try await APIContext.$caller.withValue(caller) { try await next.respond(to: request) }
            }
        } catch {
            return Self.response(for: error, request: request)
        }
    }

    /// The JSON error response for `error`.
    static func response(for thrown: any Error, request: Request) -> Response {
        var error = thrown
        // The generated layer wraps the handler's errors; a failure of its own (decoding the
        // path, query or body) is malformed input.
        if let server = error as? ServerError {
            let underlying = server.underlyingError
            let isRuntime = underlying is DecodingError || String(reflecting: type(of: underlying)).hasPrefix("OpenAPIRuntime.")
            error = isRuntime ? APIBadRequest(detail: "\(underlying)") : underlying
        }
        var (status, message, unexpected) = ErrorStatus.describe(error)
        if error is APIBadRequest { status = .badRequest }
        if unexpected { request.logger.error("api error", metadata: ["type": "\(String(reflecting: type(of: error)))"]) }
        var body: [String: AnyEncodableValue] = [
            "code": .string((error as? any APICodedError)?.apiCode ?? Self.code(for: status)), "message": .string(message),
        ]
        if let form = error as? FormError {
            body["problems"] = .problems(form.problems.map { ["field": $0.field, "message": $0.message] })
        }
        let response = Response(status: status)
        try? response.content.encode(body, as: .json)
        return response
    }

    static func code(for status: HTTPResponseStatus) -> String {
        switch status.code {
        case 400: "bad_request"
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "not_found"
        case 409: "conflict"
        case 413: "too_large"
        case 422: "invalid_input"
        case 429: "rate_limited"
        case 503: "unavailable"
        default: status.code >= 500 ? "internal_error" : "error"
        }
    }
}

/// A value of the error body.
enum AnyEncodableValue: Encodable {
    case string(String)
    case problems([[String: String]])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .problems(let list): try container.encode(list)
        }
    }
}

struct APIUnauthorized: CategorizedError {
    var category: ErrorCategory { .unauthenticated }
    var userMessage: String { "缺少有效的 API 令牌：请在请求头中写明 Authorization: Bearer gk_…（令牌由本机关系统管理员在“系统管理 › API 令牌”中生成）" }
}

struct APIForbidden: CategorizedError {
    var category: ErrorCategory { .forbidden }
    var userMessage: String { "该 API 令牌的角色无权进行此操作" }
}

struct APIBadRequest: CategorizedError {
    let detail: String
    var category: ErrorCategory { .invalidInput }
    var userMessage: String { "请求格式不正确，请对照接口文档（/api/openapi.yaml）检查参数和请求体" }
}
