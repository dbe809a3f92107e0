import FluentKit
import Foundation
import SQLKit

/// Fixed-window rate limits kept in the database, so that every server process counts the same
/// hits (a limit per process would multiply with the number of processes).
public struct RateLimiter: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// A limit: at most `hits` per `window` seconds for one key.
    public struct Limit: Sendable, Hashable {
        public let name: String
        public let hits: Int
        public let window: Int

        public init(name: String, hits: Int, window: Int) {
            self.name = name
            self.hits = hits
            self.window = window
        }
    }

    /// Counts one hit of `key` (a client address, a username) against `limit`; `false` when the
    /// limit is exceeded in the current window.
    public func hit(_ key: String, _ limit: Limit) async throws -> Bool {
        let now = Int(context.clock.now().timeIntervalSince1970)
        let windowStart = now - now % limit.window
        let bucket = "\(limit.name):\(key)"
        let row = try await context.sql.raw(
            """
            INSERT INTO \(ident: PlatformTables.rateLimits) (bucket, window_start, hits)
            VALUES (\(bind: bucket), \(bind: windowStart), 1)
            ON CONFLICT (bucket) DO UPDATE SET
              hits = CASE WHEN \(ident: PlatformTables.rateLimits).window_start = \(bind: windowStart)
                     THEN \(ident: PlatformTables.rateLimits).hits + 1 ELSE 1 END,
              window_start = \(bind: windowStart)
            RETURNING hits
            """
        ).first()
        let hits = try row?.decode(column: "hits", as: Int.self) ?? 1
        // Now and then, forget the buckets of windows long past.
        if hits == 1, now % 97 == 0 {
            try await context.sql.raw(
                "DELETE FROM \(ident: PlatformTables.rateLimits) WHERE window_start < \(bind: now - 86_400)"
            ).run()
        }
        return hits <= limit.hits
    }
}
