import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation

/// Where the casework is stored: a SQLite file (the default) or a PostgreSQL server.
///
/// Resolution, most specific first: an explicit `--database` value (a file path, or a
/// `postgres://` URL), then the `DATABASE_URL` environment variable, then `gongkai.sqlite` in the
/// working directory. The same models and migrations run on both.
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    /// A SQLite database file (created when missing).
    case sqlite(path: String)
    /// A PostgreSQL database, `postgres://user:password@host:port/database`.
    case postgres(url: String)

    /// The default SQLite file name, in the working directory.
    public static let defaultSQLiteFile = "gongkai.sqlite"

    /// The location for an optional `--database` value and the process environment.
    public static func resolve(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> DatabaseLocation {
        if let explicit, !explicit.isEmpty { return parse(explicit) }
        if let url = environment["DATABASE_URL"], !url.isEmpty { return parse(url) }
        return .sqlite(path: defaultSQLiteFile)
    }

    /// `postgres://…` and `postgresql://…` are PostgreSQL; `sqlite://PATH` or any other text is a file path.
    public static func parse(_ text: String) -> DatabaseLocation {
        let lower = text.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres+tcp://") {
            return .postgres(url: text)
        }
        if lower.hasPrefix("sqlite://") { return .sqlite(path: String(text.dropFirst("sqlite://".count))) }
        return .sqlite(path: text)
    }

    /// Whether this is PostgreSQL.
    public var isPostgres: Bool { if case .postgres = self { true } else { false } }

    /// "SQLite" or "PostgreSQL".
    public var backendName: String { isPostgres ? "PostgreSQL" : "SQLite" }

    /// The location for messages, with any password replaced by `***`.
    public var description: String {
        switch self {
        case .sqlite(let path): return "SQLite 文件 \(path)"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            if components.password != nil { components.password = "***" }
            return "PostgreSQL \(components.string ?? "")"
        }
    }
}

extension DatabaseLocation {
    /// The Fluent configuration of this location, the one both the CLI and the web server use:
    /// SQL statement logging off, and every connection's logger behind `PersonalDataLogGuard`.
    ///
    /// - Parameters:
    ///   - postgresSearchPath: PostgreSQL's `search_path` (tests use a schema of their own).
    ///   - maxConnectionsPerEventLoop: the pool size per event loop (PostgreSQL; SQLite has one writer).
    public func configuration(postgresSearchPath: [String]? = nil, maxConnectionsPerEventLoop: Int = 1) throws
        -> any DatabaseConfiguration
    {
        let inner: any DatabaseConfiguration
        switch self {
        case .sqlite(let path):
            // One writer at a time: under a burst (a bulk upload, many officers at once) requests
            // wait their turn for a connection rather than fail after the default 10 s.
            inner = DatabaseConfigurationFactory.sqlite(.file(path), connectionPoolTimeout: .seconds(60), sqlLogLevel: nil).make()
        case .postgres(let url):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let postgresSearchPath { configuration.searchPath = postgresSearchPath }
            inner = DatabaseConfigurationFactory.postgres(
                configuration: configuration, maxConnectionsPerEventLoop: maxConnectionsPerEventLoop,
                sqlLogLevel: .trace
            ).make()
        }
        return GuardedDatabaseConfiguration(inner: inner)
    }

    /// The Fluent id the configuration is registered under.
    public var databaseID: DatabaseID { isPostgres ? .psql : .sqlite }
}
