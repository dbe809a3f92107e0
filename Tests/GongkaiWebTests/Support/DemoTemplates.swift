import Foundation
import GongkaiApp
import SQLKit
import Vapor

@testable import GongkaiWeb

/// The demo region filled once per backend in a test process — by `gongkai serve`'s own path
/// (`GongkaiServer.configure`, then `demoAccounts(fill: true)`) at the test clock's day — and
/// copied for every test server: filling takes 4 s on SQLite and 12 s on PostgreSQL, a copy a
/// fraction of that.
actor DemoTemplates {
    static let shared = DemoTemplates()

    private var templates: [TestBackend: Task<ScratchDatabase, any Error>] = [:]

    func template(_ backend: TestBackend) async throws -> ScratchDatabase {
        if let task = templates[backend] { return try await task.value }
        let task = Task { try await Self.build(backend) }
        templates[backend] = task
        return try await task.value
    }

    private static func build(_ backend: TestBackend) async throws -> ScratchDatabase {
        await ScratchDatabase.removeLeftovers(backend)
        let database = try await ScratchDatabase.empty(backend, name: ScratchDatabase.newName("tpl_"))
        let app = try await Application.make(.testing)
        do {
            try await TestServer.configure(app, database: database, clock: TestClock(), log: nil, limits: RateLimits())
            _ = try await GongkaiServer.demoAccounts(app, fill: true)
            if backend == .sqlite {
                // Everything into the main file, so that copying it copies the database.
                _ = try await (app.db as! any SQLDatabase).raw("PRAGMA wal_checkpoint(TRUNCATE)").all()
            }
            try await app.asyncShutdown()
            return database
        } catch {
            try? await app.asyncShutdown()
            await database.remove()
            throw error
        }
    }
}
