import GongkaiApp

/// The PostgreSQL schema a benchmark command writes into, beside whatever else the database holds.
enum BenchSchema {
    /// Runs `body` on a migrated database in `schema` of `url`: the schema dropped first unless
    /// `reuse`, the connection closed afterwards whatever happens.
    static func run<Result: Sendable>(
        url: String, schema: String, reuse: Bool = false, _ body: (AppDatabase) async throws -> Result
    ) async throws -> Result {
        try await AppDatabase.with(.postgres(url: url), logger: CommandLogging.logger) { admin in
            if !reuse { try await admin.sql.raw("DROP SCHEMA IF EXISTS \(unsafeRaw: schema) CASCADE").run() }
            try await admin.sql.raw("CREATE SCHEMA IF NOT EXISTS \(unsafeRaw: schema)").run()
        }
        let database = try await AppDatabase.open(.postgres(url: url), logger: CommandLogging.logger, postgresSearchPath: [schema])
        do {
            try await database.migrate()
            let result = try await body(database)
            await database.shutdown()
            return result
        } catch {
            await database.shutdown()
            throw error
        }
    }
}
