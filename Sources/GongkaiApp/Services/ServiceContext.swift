import FluentKit
import Foundation
import GongkaiCore
import Logging
import SQLKit

/// What every service works with, handed in by its caller: the database connection (a CLI run's
/// `AppDatabase`, or a web request's `req.db`), the logger, and the clock.
///
/// Services own nothing: a web request and a command-line run call the same service with their
/// own connection, so a request's work runs on its event loop and inside its own transactions.
public struct ServiceContext: Sendable {
    /// The database to query (already wrapped by `PersonalDataLogGuard` through the logger).
    public let db: any Database
    /// The caller's logger; services log ids, never applicants' personal data.
    public let logger: Logger
    /// Today and now, injected so deadline arithmetic and tests are deterministic.
    public let clock: AppClock

    /// A context on `db` with `logger` and `clock`.
    public init(db: any Database, logger: Logger, clock: AppClock = .system) {
        self.db = db
        self.logger = logger
        self.clock = clock
    }

    /// The same database through SQLKit, for aggregate queries and bulk inserts.
    public var sql: any SQLDatabase { db as! any SQLDatabase }

    /// Whether the database is PostgreSQL (some statements differ from SQLite's).
    public var isPostgres: Bool { sql.dialect.name == "postgresql" }

    /// This context on another connection (a transaction's).
    public func on(_ db: any Database) -> ServiceContext { ServiceContext(db: db, logger: logger, clock: clock) }
}

/// The time source of the services: the instant for audit timestamps and the civil day (in
/// China Standard Time) for the statutory clock.
public struct AppClock: Sendable {
    /// The current instant.
    public let now: @Sendable () -> Date

    /// A clock reading `now`.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The wall clock.
    public static let system = AppClock(now: { Date() })

    /// A clock stopped at `date` (tests, demos).
    public static func fixed(_ date: Date) -> AppClock { AppClock(now: { date }) }

    /// A clock stopped at noon (China Standard Time) on `day`.
    public static func fixed(day: CivilDate) -> AppClock { .fixed(day.noonInChina) }

    /// Today in China Standard Time (UTC+8, no daylight saving), where the Regulation's days run.
    public var today: CivilDate { CivilDate(now()) }
}
