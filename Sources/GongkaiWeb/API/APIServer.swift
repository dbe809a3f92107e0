import GongkaiAPI
import GongkaiApp
import HTTPTypes
import OpenAPIRuntime
import OpenAPIVapor
import Vapor

/// The JSON API at /api/v1: the handlers generated from `Sources/GongkaiAPI/openapi.yaml`
/// (`APIHandler`) behind the token middleware, and the document itself at /api/openapi.yaml.
enum APIServer {
    static func register(_ app: Application, portal: PortalRoutes) throws {
        portal.get(.apiDocument) { _ -> Response in
            guard let yaml = APIDocument.yaml else { throw Abort(.notFound) }
            let response = Response(status: .ok, body: .init(data: yaml))
            response.headers.replaceOrAdd(name: .contentType, value: "application/yaml; charset=utf-8")
            return response
        }
        let group = app.routes.grouped(APITokenMiddleware())
        let transport = RecordingTransport(app: app, base: VaporTransport(routesBuilder: group))
        try APIHandler().registerHandlers(on: transport, serverURL: URL(string: "/api/v1")!)
    }
}

/// Registers the generated handlers on Vapor and records each route in the route table (the
/// authorization matrix walks them), so the API has no second list of its paths.
struct RecordingTransport: ServerTransport {
    let app: Application
    let base: VaporTransport

    func register(
        _ handler: @Sendable @escaping (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?),
        method: HTTPRequest.Method, path: String
    ) throws {
        let pattern = path.split(separator: "/").map { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? ":" + segment.dropFirst().dropLast() : String(segment)
        }
        app.routeTable.append(RegisteredRoute(method: HTTPMethod(rawValue: method.rawValue), pattern: pattern, access: .apiToken))
        try base.register(handler, method: method, path: path)
    }
}
