import FluentKit
import SQLKit

/// The state the web platform shares between server processes: sessions, rate-limit counters,
/// number sequences and the site's secrets. Nothing that matters lives in a process's memory.
struct M025_CreatePlatformState: AsyncMigration {
    var name: String { "025_create_platform_state" }

    func prepare(on database: any Database) async throws {
        typealias S = WebSessionModel.Column
        try await database.schema(WebSessionModel.schema)
            .field(.id, .string, .identifier(auto: false))
            .field(S.data, .string, .required)
            .field(S.expiresAt, .datetime, .required)
            .field(S.createdAt, .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "web_sessions_expires").on(WebSessionModel.schema)
            .column(S.expiresAt.description).run()
        // One row per (limit, client, window); rows of past windows are deleted as new ones come.
        try await sql.create(table: PlatformTables.rateLimits)
            .column("bucket", type: .text, .primaryKey(autoIncrement: false))
            .column("window_start", type: .bigint, .notNull)
            .column("hits", type: .int, .notNull)
            .run()
        // Sequences: case numbers and letter numbers per agency and year.
        try await sql.create(table: PlatformTables.counters)
            .column("scope", type: .text, .primaryKey(autoIncrement: false))
            .column("value", type: .bigint, .notNull)
            .run()
        try await sql.create(table: PlatformTables.secrets)
            .column("name", type: .text, .primaryKey(autoIncrement: false))
            .column("value", type: .text, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for table in [PlatformTables.secrets, PlatformTables.counters, PlatformTables.rateLimits] {
            try await sql.drop(table: table).run()
        }
        try await database.schema(WebSessionModel.schema).delete()
    }
}

/// The platform's plain tables (no Fluent model: they are read and written with single SQL
/// statements that must be atomic across processes).
public enum PlatformTables {
    public static let rateLimits = "rate_limits"
    public static let counters = "counters"
    public static let secrets = "app_secrets"
    public static let changeVersions = "change_versions"
}
