import GongkaiApp
import Vapor

/// Turns every error into a Chinese page with the status of its category (`ErrorStatus`), or a
/// JSON body under `/api`. An unexpected error is logged in full with the request id; the page
/// shows only a generic message. Staff pages that need a sign-in redirect to it instead.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return await response(for: error, request: request)
        }
    }

    func response(for error: any Error, request: Request) async -> Response {
        let (status, message, unexpected) = ErrorStatus.describe(error)
        if unexpected {
            request.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.url.path)"])
        }
        if status == .unauthorized, request.method == .GET, request.url.path.hasPrefix("/staff") {
            return request.redirect(to: SiteURL.signIn(next: request.url.path).path)
        }
        if request.url.path.hasPrefix("/api") {
            let body = ErrorBody(error: ErrorBody.Detail(status: Int(status.code), code: Self.code(for: error, status: status), message: message))
            let response = Response(status: status)
            try? response.content.encode(body, as: .json)
            return response
        }
        let page = ErrorPage(
            page: request.page(title: "\(status.code) \(ErrorStatus.message(for: status))"), status: Int(status.code),
            message: message)
        do {
            let view = try await request.view.render("error", page)
            let response = try await view.encodeResponse(status: status, for: request)
            return response
        } catch {
            let response = Response(status: status, body: .init(string: message))
            response.headers.contentType = .plainText
            return response
        }
    }

    /// A stable code for API clients: the category's name, or `http_<status>`.
    static func code(for error: any Error, status: HTTPResponseStatus) -> String {
        if let error = error as? any CategorizedError { return error.category.rawValue }
        return "http_\(status.code)"
    }
}

struct ErrorBody: Content {
    struct Detail: Content {
        let status: Int
        let code: String
        let message: String
    }

    let error: Detail
}

struct ErrorPage: Encodable {
    let page: PageContext
    let status: Int
    let message: String
}
