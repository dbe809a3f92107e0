import FluentKit
import SQLKit

extension AppDatabase {
    /// Applies the migrations not applied yet; returns their names (empty when up to date).
    @discardableResult
    public func migrate() async throws -> [String] {
        let migrations = Migrations()
        migrations.add(AppMigrations.all)
        let migrator = Migrator(
            databases: databases, migrations: migrations, logger: logger,
            on: eventLoopGroup.next(), migrationLogLevel: .debug)
        try await migrator.setupIfNeeded().get()
        let pending = try await migrator.previewPrepareBatch().get().map { $0.0.name }
        try await migrator.prepareBatch().get()
        if !pending.isEmpty { logger.info("migrations applied", metadata: ["count": "\(pending.count)"]) }
        return pending
    }

    /// Throws `AppDatabaseError.notMigrated` unless every migration has been applied.
    public func requireMigrated() async throws {
        let applied: Set<String>
        do {
            applied = Set(try await MigrationLog.query(on: db).all().map(\.name))
        } catch {
            throw AppDatabaseError.notMigrated(location.description)
        }
        guard AppMigrations.all.allSatisfy({ applied.contains($0.name) }) else {
            throw AppDatabaseError.notMigrated(location.description)
        }
    }
}
