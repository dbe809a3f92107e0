import Fluent
import Foundation
import GongkaiApp
import GongkaiCore
import Logging
import Testing
import Vapor
import VaporTesting

@testable import GongkaiWeb

/// A Gongkai web server for one test: an in-process Vapor application set up by
/// `GongkaiServer.configure` on a database of its own (a temporary SQLite file, or a PostgreSQL
/// schema) holding the demo region, with the test clock and smaller upload limits. The demo is
/// filled once per backend and process (`DemoTemplates`) and copied for each server.
///
/// `.inMemory` servers answer through VaporTesting (no socket); `.running` servers listen on
/// 127.0.0.1 on a port the system chose (`baseURL`), for a browser or a real HTTP client.
///
///     try await TestServer.with(.sqlite) { server in
///         let officer = try await server.client(signedInAs: "jingban")
///         let queue = try await officer.get("/staff")
///     }
final class TestServer: Sendable {
    enum Mode: Sendable {
        case inMemory, running
    }

    /// The demo agency with one account per role.
    static let homeAgencyName = PlatformDemo.agencyName
    /// Another demo agency (no accounts until a test makes them).
    static let otherAgencyName = "江东市生态环境局"
    /// The demo accounts' password.
    static let demoPassword = PlatformDemo.password
    /// The upload limits of test servers: small enough to exceed cheaply.
    static let uploads = UploadPolicy(maximumBytes: 1 << 20, maximumFiles: 3)

    let app: Application
    let backend: TestBackend
    let clock: TestClock
    /// "http://127.0.0.1:PORT" for a running server; `nil` in memory.
    let baseURL: String?
    let homeAgencyID: UUID
    let otherAgencyID: UUID
    private let transport: any Transport
    private let database: ScratchDatabase

    private init(
        app: Application, backend: TestBackend, clock: TestClock, baseURL: String?, homeAgencyID: UUID, otherAgencyID: UUID,
        transport: any Transport, database: ScratchDatabase
    ) {
        self.app = app
        self.backend = backend
        self.clock = clock
        self.baseURL = baseURL
        self.homeAgencyID = homeAgencyID
        self.otherAgencyID = otherAgencyID
        self.transport = transport
        self.database = database
    }

    /// Runs `body` with a new server, and shuts it down and removes its database afterwards.
    ///
    /// - Parameters:
    ///   - log: where the server logs (at trace level) when given; otherwise only warnings are
    ///     printed.
    ///   - limits: the rate limits (the defaults of the site unless a test lowers them).
    static func with<T: Sendable>(
        _ backend: TestBackend, mode: Mode = .inMemory, log: CapturedLog? = nil, limits: RateLimits = RateLimits(),
        _ body: @Sendable (TestServer) async throws -> T
    ) async throws -> T {
        let server = try await start(backend, mode: mode, log: log, limits: limits)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    static func start(_ backend: TestBackend, mode: Mode, log: CapturedLog?, limits: RateLimits) async throws -> TestServer {
        let database = try await ScratchDatabase.copy(of: try await DemoTemplates.shared.template(backend))
        let clock = TestClock()
        let app = try await Application.make(.testing)
        do {
            // Background checks only where a real server runs: in memory, tests run them when they choose.
            try await configure(app, database: database, clock: clock, log: log, limits: limits, checkWorker: mode == .running)
            let accounts = try await GongkaiServer.demoAccounts(app, fill: true)
            try #require(accounts.count == PlatformDemo.accounts.count, "the demo accounts are missing")
            let home = try #require(try await AgencyModel.query(on: app.db).filter(\.$name == homeAgencyName).first())
            let other = try #require(try await AgencyModel.query(on: app.db).filter(\.$name == otherAgencyName).first())
            var baseURL: String?
            let transport: any Transport
            switch mode {
            case .inMemory:
                transport = InMemoryTransport(tester: try app.testing(method: .inMemory))
            case .running:
                try await app.asyncBoot()
                try await app.server.start(address: .hostname("127.0.0.1", port: 0))
                let port = try #require(app.http.server.shared.localAddress?.port, "the server did not report its port")
                baseURL = "http://127.0.0.1:\(port)"
                transport = LiveTransport(baseURL: baseURL!)
            }
            return TestServer(
                app: app, backend: backend, clock: clock, baseURL: baseURL, homeAgencyID: try home.requireID(),
                otherAgencyID: try other.requireID(), transport: transport, database: database)
        } catch {
            try? await app.asyncShutdown()
            await database.remove()
            throw error
        }
    }

    /// Sets `app` up as `gongkai serve` does, on `database` at `clock`.
    static func configure(
        _ app: Application, database: ScratchDatabase, clock: TestClock, log: CapturedLog?, limits: RateLimits, checkWorker: Bool = false
    ) async throws {
        if let log {
            app.logger = log.logger(label: "gongkai.web.test")
        } else {
            app.logger.logLevel = .warning
        }
        var settings = ServerSettings(
            host: "127.0.0.1", port: 0, database: database.location, clock: clock.appClock, uploads: uploads,
            postgresConnectionsPerEventLoop: 2, postgresSearchPath: database.searchPath, limits: limits)
        settings.checkWorker = checkWorker
        try await GongkaiServer.configure(app, settings: settings)
        // Bcrypt at its lowest cost: the tests sign in hundreds of times, and the cost is not
        // what they check. Set before any account is made, so that every hash uses it.
        app.platform = PlatformConfiguration(settings: settings, hasher: try BcryptHasher(cost: 4), csrfKey: app.platform.csrfKey)
    }

    func stop() async {
        await transport.shutdown()
        if baseURL != nil { await app.server.shutdown() }
        // A request the test no longer waits for may still be answered: let it finish before
        // the databases close.
        try? await app.shutdownAfterRequests()
        await database.remove()
    }

    /// Sends one request to the server (in memory, or over HTTP when running).
    func send(_ request: HTTPExchange.Request) async throws -> HTTPExchange.Response {
        try await transport.send(request)
    }

    /// Waits out the server's `ReadMemo`: what a test writes through the services, as another
    /// server process would, shows on pages at most one memo lifetime later.
    func waitOutReadMemo() async throws {
        try await Task.sleep(nanoseconds: UInt64(app.readMemo.lifetime.nanoseconds) + 50_000_000)
    }

    /// The services' context on the server's database, at the server's clock.
    var services: ServiceContext { ServiceContext(db: app.db, logger: app.logger, clock: clock.appClock) }

    /// A browser without a session.
    func client() -> WebClient { WebClient(server: self) }

    /// A browser signed in as `username` (the demo password unless given).
    func client(signedInAs username: String, password: String = TestServer.demoPassword) async throws -> WebClient {
        let client = client()
        try await client.signIn(username, password: password)
        return client
    }
}
