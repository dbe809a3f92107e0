import FluentKit
import SQLKit

/// The agency of each audit entry, so that an agency's 管理员 reads its own part of the log.
struct M027_AddAuditLogAgency: AsyncMigration {
    var name: String { "027_add_audit_log_agency" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AuditLogModel.schema).field(AuditLogModel.Column.agencyID, .uuid).update()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "audit_log_agency_time").on(AuditLogModel.schema)
            .column(AuditLogModel.Column.agencyID.description).column(AuditLogModel.Column.recordedAt.description).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "audit_log_agency_time").run()
        try await database.schema(AuditLogModel.schema).deleteField(AuditLogModel.Column.agencyID).update()
    }
}
