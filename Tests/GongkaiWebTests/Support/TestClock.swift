import Foundation
import GongkaiApp
import GongkaiCore

/// The server's clock in a test: stopped at noon (China Standard Time) on a chosen working day,
/// moved on only when a test says so (a sign-in lock running out).
final class TestClock: Sendable {
    /// The day the web tests run on: a Tuesday and an ordinary working day.
    static let day = CivilDate(iso: "2026-03-10")!

    private let lock = NSLock()
    nonisolated(unsafe) private var current: Date

    init(day: CivilDate = TestClock.day) { current = day.noonInChina }

    var now: Date { lock.withLock { current } }

    /// The clock the services and the server read.
    var appClock: AppClock { AppClock(now: { [self] in now }) }

    /// Moves the clock on by `seconds`.
    func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}
