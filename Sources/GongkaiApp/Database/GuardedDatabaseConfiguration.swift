import FluentKit
import Logging

/// A database configuration that hands out connections whose logger is behind
/// `PersonalDataLogGuard`, whoever asks for them (a CLI run, a web request's `req.db`, a
/// migration). Every database Gongkai registers goes through it (`DatabaseLocation.configuration`).
struct GuardedDatabaseConfiguration: DatabaseConfiguration {
    var inner: any DatabaseConfiguration

    var middleware: [any AnyModelMiddleware] {
        get { inner.middleware }
        set { inner.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        GuardedDatabaseDriver(inner: inner.makeDriver(for: databases))
    }
}

struct GuardedDatabaseDriver: DatabaseDriver {
    let inner: any DatabaseDriver

    func makeDatabase(with context: DatabaseContext) -> any Database {
        inner.makeDatabase(
            with: DatabaseContext(
                configuration: context.configuration, logger: context.logger.guardingPersonalData,
                eventLoop: context.eventLoop, history: context.history, pageSizeLimit: context.pageSizeLimit,
                shouldTrace: context.shouldTrace))
    }

    func shutdown() { inner.shutdown() }

    func shutdownAsync() async { await inner.shutdownAsync() }
}
