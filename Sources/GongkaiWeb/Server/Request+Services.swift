import Fluent
import GongkaiApp
import GongkaiCore
import Vapor

/// The server's shared, immutable configuration, set once at start-up.
struct PlatformConfiguration: Sendable {
    let settings: ServerSettings
    let hasher: BcryptHasher
    /// The key that signs CSRF tokens (from the database: the same in every process).
    let csrfKey: SymmetricKey
}

extension Application {
    private struct PlatformKey: StorageKey {
        typealias Value = PlatformConfiguration
    }

    /// The platform's configuration (set by `GongkaiServer.configure`).
    var platform: PlatformConfiguration {
        get {
            guard let value = storage[PlatformKey.self] else { fatalError("GongkaiServer.configure has not run") }
            return value
        }
        set { storage[PlatformKey.self] = newValue }
    }
}

extension Request {
    /// The services' context for this request: its database connection, its logger, the clock.
    var services: ServiceContext {
        ServiceContext(db: db, logger: logger, clock: application.platform.settings.clock)
    }

    /// Today in China Standard Time, by the server's clock.
    var today: CivilDate { application.platform.settings.clock.today }

    /// The statutory clock.
    var statutoryClock: StatutoryClock { application.platform.settings.statutoryClock }

    /// The client's address for rate limits (the proxy's `X-Forwarded-For` when trusted).
    var clientAddress: String {
        if application.platform.settings.trustForwardedFor,
            let forwarded = headers.first(name: "X-Forwarded-For")?.split(separator: ",").first
        {
            return forwarded.trimmingCharacters(in: .whitespaces)
        }
        return peerAddress?.ipAddress ?? remoteAddress?.ipAddress ?? "unknown"
    }

    /// Counts a hit against `limit` for this client; throws `TooManyRequests` beyond it.
    func enforce(_ limit: RateLimiter.Limit, key: String? = nil) async throws {
        guard try await RateLimiter(services).hit(key ?? clientAddress, limit) else {
            throw TooManyRequests()
        }
    }
}

/// A rate limit was exceeded.
struct TooManyRequests: CategorizedError {
    var category: ErrorCategory { .rateLimited }
    var userMessage: String { "操作过于频繁，请稍后再试" }
}
