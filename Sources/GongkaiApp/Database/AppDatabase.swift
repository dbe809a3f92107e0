import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// The casework database of a command-line run: the connection, with the event loop and thread
/// pool Fluent runs on. Open with `AppDatabase.open(_:logger:)`; call `shutdown()` when done.
/// Services do not take it: they take a `ServiceContext` (`context()`), as the web server hands
/// them a request's connection instead.
///
/// One event loop and one connection: SQLite allows one writer anyway, and one connection keeps
/// a command-line run simple and its transactions strictly ordered.
public final class AppDatabase: Sendable {
    /// Where the data lives.
    public let location: DatabaseLocation
    /// The application's logger (never given SQL statements or bound values).
    public let logger: Logger
    let eventLoopGroup: MultiThreadedEventLoopGroup
    let threadPool: NIOThreadPool
    let databases: Databases

    /// The Fluent database to query (its logger is behind `PersonalDataLogGuard`).
    public var db: any Database {
        databases.database(logger: logger, on: eventLoopGroup.next())!
    }

    /// What the services need: this database, the logger and `clock`.
    public func context(clock: AppClock = .system) -> ServiceContext {
        ServiceContext(db: db, logger: logger, clock: clock)
    }

    /// The same database through SQLKit, for the aggregate queries and bulk inserts.
    public var sql: any SQLDatabase { db as! any SQLDatabase }

    /// The SQL dialect in use.
    public var isPostgres: Bool { location.isPostgres }

    private init(location: DatabaseLocation, logger: Logger, postgresSearchPath: [String]?) throws {
        self.location = location
        self.logger = logger
        eventLoopGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        databases = Databases(threadPool: threadPool, on: eventLoopGroup)
        databases.use(
            try location.configuration(postgresSearchPath: postgresSearchPath), as: location.databaseID, isDefault: true)
    }

    /// Opens the database at `location` and checks that it answers; throws `AppDatabaseError.cannotOpen`.
    ///
    /// `postgresSearchPath` sets PostgreSQL's `search_path` (tests use a schema of their own).
    public static func open(
        _ location: DatabaseLocation, logger: Logger = Logger(label: "gongkai"), postgresSearchPath: [String]? = nil
    ) async throws -> AppDatabase {
        let database: AppDatabase
        do {
            database = try AppDatabase(location: location, logger: logger, postgresSearchPath: postgresSearchPath)
        } catch {
            throw AppDatabaseError.cannotOpen(location.description, reason: String(describing: error))
        }
        do {
            if case .sqlite(let path) = location {
                let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
                else { throw AppDatabaseError.cannotOpen(location.description, reason: "目录 \(directory) 不存在") }
            }
            _ = try await database.sql.raw("SELECT 1 AS ok").all()
            if !location.isPostgres {
                // WAL lets readers run beside the writer; NORMAL sync is safe with WAL.
                _ = try await database.sql.raw("PRAGMA journal_mode=WAL").all()
                try await database.sql.raw("PRAGMA synchronous=NORMAL").run()
            }
        } catch {
            await database.shutdown()
            if let error = error as? AppDatabaseError { throw error }
            throw AppDatabaseError.cannotOpen(location.description, reason: String(describing: error))
        }
        logger.debug("database opened", metadata: ["backend": .string(location.backendName)])
        return database
    }

    /// Closes the connections and stops the threads.
    public func shutdown() async {
        await databases.shutdownAsync()
        try? await threadPool.shutdownGracefully()
        try? await eventLoopGroup.shutdownGracefully()
    }

    /// Runs `body` with a database opened at `location`, and closes it afterwards, also on error.
    public static func with<T: Sendable>(
        _ location: DatabaseLocation, logger: Logger = Logger(label: "gongkai"),
        _ body: @Sendable (AppDatabase) async throws -> T
    ) async throws -> T {
        let database = try await open(location, logger: logger)
        do {
            let result = try await body(database)
            await database.shutdown()
            return result
        } catch {
            await database.shutdown()
            throw error
        }
    }
}

/// Why the database could not be used.
public enum AppDatabaseError: Error, Sendable, CustomStringConvertible {
    /// The database could not be opened or does not answer.
    case cannotOpen(String, reason: String)
    /// The schema is missing or older than this program: run `gongkai db migrate`.
    case notMigrated(String)

    /// The message in Chinese.
    public var description: String {
        switch self {
        case .cannotOpen(let location, let reason): "无法打开数据库（\(location)）：\(reason)"
        case .notMigrated(let location): "数据库（\(location)）尚未建表或版本过旧，请先运行 gongkai db migrate"
        }
    }
}
