import NIOConcurrencyHelpers
import Vapor

/// Counts the requests being answered, so that shutting down can wait for them before the
/// databases close: a handler that reaches for `req.db` after that would stop the process
/// (Fluent unwraps the closed database), where it should simply have finished its answer.
final class InFlightRequests: AsyncMiddleware, Sendable {
    private let count = NIOLockedValueBox(0)

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        count.withLockedValue { $0 += 1 }
        defer { count.withLockedValue { $0 -= 1 } }
        return try await next.respond(to: request)
    }

    /// How many requests are being answered now.
    var current: Int { count.withLockedValue { $0 } }

    /// Returns once no request is being answered, or when `timeout` has passed.
    func waitUntilIdle(timeout: Duration = .seconds(30)) async {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while current > 0, clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }
}

extension Application {
    private struct InFlightRequestsKey: StorageKey {
        typealias Value = InFlightRequests
    }

    /// The requests under way (set in `configure`, the first middleware).
    var inFlightRequests: InFlightRequests {
        get { storage[InFlightRequestsKey.self]! }
        set { storage[InFlightRequestsKey.self] = newValue }
    }

    /// Waits for the requests under way, then shuts the application (and its databases) down.
    func shutdownAfterRequests() async throws {
        if storage[InFlightRequestsKey.self] != nil { await inFlightRequests.waitUntilIdle() }
        try await asyncShutdown()
    }
}
