import Logging
import Foundation

/// A log handler that keeps the database libraries' own debug and trace output — SQL with its
/// bound values, rows as received — out of every log, because those values include applicants'
/// personal data (names, ID numbers, phone numbers, addresses).
///
/// It is installed in two places so that no path around it exists: on every connection handed
/// out by the databases Gongkai configures (`GuardedDatabaseConfiguration`, which covers
/// `AppDatabase.db` and a web request's `req.db` alike), and process-wide by
/// `GongkaiLogging.bootstrap`. Messages from the database libraries at `.info` and above (errors,
/// warnings) pass; everything else passes unchanged.
public struct PersonalDataLogGuard: LogHandler {
    /// The modules whose sub-info messages may carry SQL, bound values or rows.
    public static let databaseModules: Set<String> = [
        "FluentKit", "SQLKit", "FluentSQLiteDriver", "SQLiteKit", "SQLiteNIO", "FluentPostgresDriver",
        "PostgresKit", "PostgresNIO", "AsyncKit",
    ]

    /// The handler that writes what passes.
    public private(set) var wrapped: any LogHandler

    /// A guard in front of `wrapped`.
    public init(wrapping wrapped: any LogHandler) {
        self.wrapped = (wrapped as? PersonalDataLogGuard)?.wrapped ?? wrapped
    }

    public func log(event: LogEvent) {
        if event.level < .info, Self.isDatabaseSource(event.source) { return }
        wrapped.log(event: event)
    }

    /// Whether `source` (a module name, or a file id when the caller gave none) is a database library.
    static func isDatabaseSource(_ source: String) -> Bool {
        let module = source.split(separator: "/", maxSplits: 1).first.map(String.init) ?? source
        return databaseModules.contains(module)
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { wrapped[metadataKey: key] }
        set { wrapped[metadataKey: key] = newValue }
    }

    public var metadata: Logger.Metadata {
        get { wrapped.metadata }
        set { wrapped.metadata = newValue }
    }

    public var logLevel: Logger.Level {
        get { wrapped.logLevel }
        set { wrapped.logLevel = newValue }
    }

    public var metadataProvider: Logger.MetadataProvider? {
        get { wrapped.metadataProvider }
        set { wrapped.metadataProvider = newValue }
    }
}

extension Logger {
    /// This logger with its handler behind `PersonalDataLogGuard` (idempotent).
    public var guardingPersonalData: Logger {
        var copy = self
        copy.handler = PersonalDataLogGuard(wrapping: handler)
        return copy
    }
}

/// Process-wide logging for the `gongkai` executable (CLI and server alike).
public enum GongkaiLogging {
    /// Installs standard-error logging behind `PersonalDataLogGuard`, at the level of
    /// `GONGKAI_LOG_LEVEL` (trace, debug, info, notice, warning, error, critical), else `fallback`.
    /// Only the first call in a process takes effect (swift-log allows one bootstrap).
    public static func bootstrap(fallback: Logger.Level) {
        let environment = ProcessInfo.processInfo.environment["GONGKAI_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
        let chosen = environment ?? fallback
        bootstrapLock.lock()
        defer { bootstrapLock.unlock() }
        guard !bootstrapped else { return }
        bootstrapped = true
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = chosen
            return PersonalDataLogGuard(wrapping: handler)
        }
    }


    private static let bootstrapLock = NSLock()
    nonisolated(unsafe) private static var bootstrapped = false
}
