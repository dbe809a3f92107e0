import AsyncHTTPClient
import Foundation
import NIOCore
import Vapor
import VaporTesting

/// One HTTP exchange as a test sees it.
struct HTTPExchange: Sendable {
    struct Request: Sendable {
        var method: HTTPMethod
        /// Path and query: "/staff?filter=overdue".
        var target: String
        var headers: HTTPHeaders = [:]
        var body = ByteBuffer()
    }

    struct Response: Sendable {
        let status: HTTPResponseStatus
        let headers: HTTPHeaders
        let body: ByteBuffer

        var text: String { String(buffer: body) }
        var bytes: Data { Data(body.readableBytesView) }
    }
}

/// How requests reach a test server: through VaporTesting in memory, or over HTTP.
protocol Transport: Sendable {
    func send(_ request: HTTPExchange.Request) async throws -> HTTPExchange.Response
    func shutdown() async
}

/// VaporTesting's in-memory tester: the whole middleware chain and routes, no socket.
struct InMemoryTransport: Transport {
    let tester: any TestingApplicationTester

    func send(_ request: HTTPExchange.Request) async throws -> HTTPExchange.Response {
        let response = try await tester.performTest(
            request: TestingHTTPRequest(method: request.method, url: URI(string: request.target), headers: request.headers, body: request.body))
        return HTTPExchange.Response(status: response.status, headers: response.headers, body: response.body)
    }

    func shutdown() async {}
}

/// Real HTTP to a running server, never following redirects (the tests look at each 303
/// themselves, as a browser's network panel shows them).
final class LiveTransport: Transport {
    let baseURL: String
    private let client: HTTPClient

    init(baseURL: String) {
        self.baseURL = baseURL
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.timeout = .init(connect: .seconds(5), read: .seconds(60))
        client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
    }

    func send(_ request: HTTPExchange.Request) async throws -> HTTPExchange.Response {
        var outgoing = HTTPClientRequest(url: baseURL + request.target)
        outgoing.method = request.method
        outgoing.headers = request.headers
        if request.body.readableBytes > 0 { outgoing.body = .bytes(request.body) }
        let response = try await client.execute(outgoing, timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 64 << 20)
        return HTTPExchange.Response(status: response.status, headers: response.headers, body: body)
    }

    func shutdown() async { try? await client.shutdown() }
}
