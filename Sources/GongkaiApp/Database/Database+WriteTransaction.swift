import FluentKit
import FluentSQLiteDriver
import Foundation

extension Database {
    /// Runs `body` in a transaction that writes, as `transaction` does, and runs it again when
    /// SQLite refuses its write because another connection writes or has just written.
    ///
    /// SQLite (WAL) lets a transaction that has already read wait for nothing: its first write
    /// fails at once with SQLITE_BUSY while another writes, or SQLITE_BUSY_SNAPSHOT once the other
    /// has committed. Two officers saving at the same moment would get a 500. The whole
    /// transaction is rolled back and run again a moment later (up to 10 times) on fresh data,
    /// where the caller's own checks (versions, states) see what the other wrote. Inside an
    /// enclosing transaction `body` runs once: only the outermost call can start afresh.
    public func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard !inTransaction else { return try await transaction(body) }
        var attempt = 1
        while true {
            do {
                return try await transaction(body)
            } catch let error as SQLiteError where [.busy, .busyInSnapshot].contains(error.reason) && attempt < 10 {
                try await Task.sleep(for: .milliseconds(10 * attempt))
                attempt += 1
            }
        }
    }
}
