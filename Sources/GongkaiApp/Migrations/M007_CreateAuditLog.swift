import FluentKit

/// The audit log: who changed what, when.
struct M007_CreateAuditLog: AsyncMigration {
    var name: String { "007_create_audit_log" }

    func prepare(on database: any Database) async throws {
        typealias C = AuditLogModel.Column
        try await database.schema(AuditLogModel.schema)
            .id()
            .field(C.actor, .string, .required)
            .field(C.recordedAt, .datetime, .required)
            .field(C.entity, .string, .required)
            .field(C.entityID, .string, .required)
            .field(C.action, .string, .required)
            .field(C.diff, .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditLogModel.schema).delete()
    }
}
