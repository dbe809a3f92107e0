import FluentKit
import Foundation
import GongkaiCore

/// One change to record in the audit log.
public struct AuditEntry: Sendable {
    /// Who made it.
    public var actor: String
    /// "agency", "request", "appeal", "register".
    public var entity: String
    /// The changed record's id.
    public var entityID: String
    /// "create", "appendEvent"…
    public var action: String
    /// The change, as a JSON object; never an applicant's personal data.
    public var diff: JSONValue
    /// The agency whose data changed (`nil` for site-wide changes).
    public var agencyID: UUID?

    public init(actor: String, entity: String, entityID: String, action: String, diff: JSONValue, agencyID: UUID? = nil) {
        self.actor = actor
        self.entity = entity
        self.entityID = entityID
        self.action = action
        self.diff = diff
        self.agencyID = agencyID
    }
}

/// Writes audit entries, always on the connection of the change they record (the same transaction).
public enum AuditLog {
    /// Writes `entries` stamped `date` on `database` (the connection of the change's transaction).
    public static func write(_ entries: [AuditEntry], at date: Date, on database: any Database) async throws {
        typealias C = AuditLogModel.Column
        try await BulkInsert.insert(
            into: AuditLogModel.schema,
            columns: [.id, C.actor, C.recordedAt, C.entity, C.entityID, C.action, C.diff, C.agencyID],
            rows: entries.map { entry in
                [
                    UUID(), entry.actor, date, entry.entity, entry.entityID, entry.action,
                    JSONWriter.compact(entry.diff), entry.agencyID,
                ]
            },
            on: database)
    }

    /// The names of the personal-data fields an applicant has filled (recorded instead of values).
    static func personalFields(_ applicant: Applicant) -> JSONValue {
        let values = ApplicantModel.Values(applicant)
        let named: [(String, String?)] = [
            ("name", values.name), ("idDocumentNumber", values.idDocumentNumber), ("creditCode", values.creditCode),
            ("contactPerson", values.contactPerson), ("phone", values.phone), ("address", values.address),
            ("email", values.email),
        ]
        return .array(named.filter { $0.1 != nil }.map { .string($0.0) })
    }
}
