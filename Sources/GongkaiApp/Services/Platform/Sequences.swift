import Foundation
import FluentKit
import SQLKit

/// Number sequences shared by every server process (case numbers, letter numbers): one atomic
/// upsert per number, so two processes never hand out the same number.
public struct Sequences: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The next value of the sequence `scope` (1 for a new one).
    public func next(_ scope: String) async throws -> Int {
        let row = try await context.sql.raw(
            """
            INSERT INTO \(ident: PlatformTables.counters) (scope, value) VALUES (\(bind: scope), 1)
            ON CONFLICT (scope) DO UPDATE SET value = \(ident: PlatformTables.counters).value + 1
            RETURNING value
            """
        ).first()
        guard let row else { throw StoredDataError(table: PlatformTables.counters, key: scope, reason: "无法取得下一个编号") }
        return try row.decode(column: "value", as: Int.self)
    }

    /// Makes the sequence `scope` continue after `value` (numbers given outside the platform,
    /// e.g. by an import or the demo), never lowering it.
    public func raise(_ scope: String, to value: Int) async throws {
        try await context.sql.raw(
            """
            INSERT INTO \(ident: PlatformTables.counters) (scope, value) VALUES (\(bind: scope), \(bind: value))
            ON CONFLICT (scope) DO UPDATE SET value = CASE WHEN \(ident: PlatformTables.counters).value < \(bind: value)
              THEN \(bind: value) ELSE \(ident: PlatformTables.counters).value END
            """
        ).run()
    }

    /// The scope of an agency's case numbers in `year`.
    public static func caseNumbers(agencyID: UUID, year: Int) -> String { "case:\(agencyID.uuidString):\(year)" }

    /// The scope of an agency's letter numbers in `year`.
    public static func letterNumbers(agencyID: UUID, year: Int) -> String { "letter:\(agencyID.uuidString):\(year)" }
}
