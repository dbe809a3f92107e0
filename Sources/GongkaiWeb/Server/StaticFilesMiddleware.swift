import Vapor

/// Serves the files under `/static/` (the stylesheet) and nothing else: Vapor's `FileMiddleware`
/// looks on disk for every request it sees, which would cost a file-system lookup on every page
/// view and every API call.
struct StaticFilesMiddleware: AsyncMiddleware {
    let files: FileMiddleware

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.url.path.hasPrefix("/static/") else { return try await next.respond(to: request) }
        return try await files.respond(to: request, chainingTo: next)
    }
}
