import FluentSQLiteDriver
import Foundation
import GongkaiApp
import Logging
import Testing

/// The backends the suite runs on: SQLite always; PostgreSQL when `GONGKAI_TEST_POSTGRES_URL`
/// (or `DATABASE_URL`) names a server (CI starts one).
enum TestBackend: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }

    static var postgresURL: String? {
        let environment = ProcessInfo.processInfo.environment
        return [environment["GONGKAI_TEST_POSTGRES_URL"], environment["DATABASE_URL"]].compactMap { $0 }
            .first { $0.hasPrefix("postgres") }
    }

    /// The backends available here.
    static var available: [TestBackend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
}

/// A fresh, migrated database for one test: a temporary SQLite file, or a PostgreSQL schema of
/// its own; removed afterwards.
enum TestDatabase {
    static func with<T: Sendable>(
        _ backend: TestBackend, logger: Logger = Logger(label: "gongkai.test", factory: { _ in SwiftLogNoOpLogHandler() }),
        migrate: Bool = true, _ body: @Sendable (AppDatabase) async throws -> T
    ) async throws -> T {
        switch backend {
        case .sqlite:
            let path = NSTemporaryDirectory() + "gongkai-test-\(UUID().uuidString).sqlite"
            defer {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            return try await AppDatabase.with(.sqlite(path: path), logger: logger) { database in
                if migrate { try await database.migrate() }
                return try await body(database)
            }
        case .postgres:
            let url = try #require(TestBackend.postgresURL)
            let schema = "gk_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try await AppDatabase.with(.postgres(url: url)) { admin in
                try await admin.sql.raw("CREATE SCHEMA \(unsafeRaw: schema)").run()
            }
            do {
                let result = try await withSchema(url: url, schema: schema, logger: logger, migrate: migrate, body)
                try await dropSchema(url: url, schema: schema)
                return result
            } catch {
                try? await dropSchema(url: url, schema: schema)
                throw error
            }
        }
    }

    private static func withSchema<T: Sendable>(
        url: String, schema: String, logger: Logger, migrate: Bool, _ body: @Sendable (AppDatabase) async throws -> T
    ) async throws -> T {
        let database = try await AppDatabase.open(.postgres(url: url), logger: logger, postgresSearchPath: [schema])
        do {
            if migrate { try await database.migrate() }
            let result = try await body(database)
            await database.shutdown()
            return result
        } catch {
            await database.shutdown()
            throw error
        }
    }

    private static func dropSchema(url: String, schema: String) async throws {
        try await AppDatabase.with(.postgres(url: url)) { admin in
            try await admin.sql.raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
        }
    }

    /// The number of rows in `table`.
    static func count(_ table: String, in database: AppDatabase) async throws -> Int {
        let row = try await database.sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()
        return try row!.decode(column: "n", as: Int.self)
    }
}

/// Log output captured in memory, to check what the app writes to its logs.
final class CapturedLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) {
        lock.lock()
        lines.append(line)
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return lines.joined(separator: "\n")
    }

    /// A logger at `.trace` writing into this log.
    func logger() -> Logger {
        var logger = Logger(label: "gongkai.test") { _ in CapturingHandler(log: self) }
        logger.logLevel = .trace
        return logger
    }
}

struct CapturingHandler: LogHandler {
    let log: CapturedLog
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var all = metadata
        if let extra = event.metadata { all.merge(extra) { $1 } }
        log.append("\(event.level) \(event.message) \(all)")
    }
}
