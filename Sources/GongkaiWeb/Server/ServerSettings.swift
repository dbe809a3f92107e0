import Foundation
import GongkaiApp
import GongkaiCore

/// How a server process is set up: where it listens, where the data is, and the knobs tests
/// turn (a fixed clock, smaller limits).
public struct ServerSettings: Sendable {
    /// The interface to bind (127.0.0.1 by default: put a reverse proxy with HTTPS in front).
    public var host: String
    public var port: Int
    /// The database.
    public var database: DatabaseLocation
    /// Whether cookies carry `Secure` (set when the site is served over HTTPS, as it must be in
    /// production; `--secure-cookies`).
    public var secureCookies: Bool
    /// Trust `X-Forwarded-For` from a reverse proxy on the same host for the client address
    /// (rate limits); only when the server is not reachable directly.
    public var trustForwardedFor: Bool
    /// The clock of the services (tests and demos may fix it).
    public var clock: AppClock
    /// The statutory clock (calendar, due-soon threshold).
    public var statutoryClock: StatutoryClock
    /// Attachments accepted on forms.
    public var uploads: UploadPolicy
    /// Connections per event loop in the PostgreSQL pool.
    public var postgresConnectionsPerEventLoop: Int
    /// PostgreSQL `search_path` (tests use a schema of their own).
    public var postgresSearchPath: [String]?
    /// Limits on public forms and sign-in, per client address.
    public var limits: RateLimits

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: DatabaseLocation, secureCookies: Bool = false,
        trustForwardedFor: Bool = false, clock: AppClock = .system, statutoryClock: StatutoryClock = StatutoryClock(),
        uploads: UploadPolicy = UploadPolicy(), postgresConnectionsPerEventLoop: Int = 4,
        postgresSearchPath: [String]? = nil, limits: RateLimits = RateLimits()
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.secureCookies = secureCookies
        self.trustForwardedFor = trustForwardedFor
        self.clock = clock
        self.statutoryClock = statutoryClock
        self.uploads = uploads
        self.postgresConnectionsPerEventLoop = postgresConnectionsPerEventLoop
        self.postgresSearchPath = postgresSearchPath
        self.limits = limits
    }
}

/// The rate limits of the site, per client address (and per username for sign-in).
public struct RateLimits: Sendable {
    /// Request forms submitted.
    public var requestForm = RateLimiter.Limit(name: "request-form", hits: 10, window: 3600)
    /// Status lookups (申请编号 + 查询码).
    public var statusLookup = RateLimiter.Limit(name: "status-lookup", hits: 20, window: 600)
    /// Other public form posts (补正, 撤回).
    public var portalAction = RateLimiter.Limit(name: "portal-action", hits: 30, window: 600)
    /// Sign-in attempts per address (the account itself locks after 5 failures in a row).
    public var signIn = RateLimiter.Limit(name: "sign-in", hits: 20, window: 600)

    public init() {}

    /// These limits with `factor` times the hits allowed (load tests and trusted intranets;
    /// `GONGKAI_RATE_LIMIT_SCALE` for `gongkai serve`).
    public func scaled(by factor: Int) -> RateLimits {
        func scale(_ limit: RateLimiter.Limit) -> RateLimiter.Limit {
            RateLimiter.Limit(name: limit.name, hits: limit.hits * max(1, factor), window: limit.window)
        }
        var copy = self
        copy.requestForm = scale(requestForm)
        copy.statusLookup = scale(statusLookup)
        copy.portalAction = scale(portalAction)
        copy.signIn = scale(signIn)
        return copy
    }
}
