import Fluent
import GongkaiApp
import Vapor

extension GongkaiServer {
    /// Fills an empty database with the demo site when `fill` is set; returns the demo accounts
    /// that exist (to print), empty when the database is not the demo's.
    public static func demoAccounts(_ app: Application, fill: Bool) async throws -> [PlatformDemo.Account] {
        let context = ServiceContext(db: app.db, logger: app.logger, clock: app.platform.settings.clock)
        let demo = PlatformDemo(context, hasher: app.platform.hasher)
        if fill, try await demo.isEmpty() {
            app.logger.notice("filling the empty database with the demo region")
            try await demo.run()
        }
        let names = PlatformDemo.accounts.map(\.username)
        let existing = Set(try await StaffUserModel.query(on: app.db).filter(\.$username ~~ names).all(\.$username))
        return PlatformDemo.accounts.filter { existing.contains($0.username) }
    }
}

/// The password hasher of the web platform (Bcrypt), for commands that create accounts.
public enum WebPasswordHasher {
    public static func make() throws -> any PasswordHashing { try BcryptHasher() }
}

extension GongkaiServer {
    /// Runs a server process until SIGTERM or SIGINT (Vapor's serve command handles both and
    /// finishes the requests under way): configures, fills the demo when asked and the database
    /// is empty, calls `started` with the demo accounts, serves, shuts down.
    public static func run(
        settings: ServerSettings, demo: Bool, started: @Sendable ([PlatformDemo.Account]) -> Void
    ) async throws {
        // Vapor reads its own command line from the environment: give it none, so it serves.
        let app = try await Application.make(Environment(name: "production", arguments: ["gongkai"]))
        do {
            try await configure(app, settings: settings)
            started(try await demoAccounts(app, fill: demo))
            try await app.execute()
            try await app.shutdownAfterRequests()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
