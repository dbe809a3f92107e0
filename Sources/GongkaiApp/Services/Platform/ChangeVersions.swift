import FluentKit
import Foundation
import SQLKit

/// Reads the version counters the database bumps on every change (`change_versions`, kept by
/// triggers): a page rendered at version v is current while the version is still v.
public struct ChangeVersions: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The scope of one agency's casework and portal page.
    public static func agency(_ id: UUID) -> String { "agency:\(id.uuidString)" }
    /// The scope of the list of agencies.
    public static let site = "site"

    /// The version of `scope` (0 before the first change).
    public func version(_ scope: String) async throws -> Int {
        let row = try await context.sql.raw(
            "SELECT version FROM \(ident: PlatformTables.changeVersions) WHERE scope = \(bind: scope)"
        ).first()
        return try row?.decode(column: "version", as: Int.self) ?? 0
    }

    /// The agency of the portal submission `id` and that agency's version, in one read; `nil`
    /// when there is no such submission.
    public func submission(_ id: UUID) async throws -> (agencyID: UUID, version: Int)? {
        let row = try await context.sql.raw(
            """
            SELECT s.agency_id AS agency_id, v.version AS version FROM \(ident: PortalSubmissionModel.schema) s
            LEFT JOIN \(ident: PlatformTables.changeVersions) v ON v.scope = 'agency:' || upper(CAST(s.agency_id AS TEXT))
            WHERE s.id = \(bind: id)
            """
        ).first()
        guard let row else { return nil }
        return (try row.decode(column: "agency_id", as: UUID.self), try row.decode(column: "version", as: Int?.self) ?? 0)
    }
}
