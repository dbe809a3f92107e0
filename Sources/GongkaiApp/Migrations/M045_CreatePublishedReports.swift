import FluentKit
import SQLKit

/// The published annual reports (immutable snapshots) and the files rendered from them later.
/// Both are insert-only: triggers refuse UPDATE and DELETE as M009 does for the audit log, and
/// an insert bumps the agency's change version (M029) so its cached portal page lists the new
/// report at once.
struct M045_CreatePublishedReports: AsyncMigration {
    var name: String { "045_create_published_reports" }

    static let protected = [PublishedReportModel.schema, PublishedReportFileModel.schema]

    func prepare(on database: any Database) async throws {
        typealias C = PublishedReportModel.Column
        try await database.schema(PublishedReportModel.schema)
            .id()
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.year, .int, .required)
            .field(C.version, .int, .required)
            .field(C.reportJSON, .string, .required)
            .field(C.contentHash, .string, .required)
            .field(C.docx, .data, .required)
            .field(C.correctionNote, .string)
            .field(C.reviewedBy, .string, .required)
            .field(C.signedBy, .string, .required)
            .field(C.publishedBy, .string, .required)
            .field(C.publishedAt, .datetime, .required)
            .unique(on: C.agencyID, C.year, C.version, name: "published_reports_version_unique")
            .create()
        typealias F = PublishedReportFileModel.Column
        try await database.schema(PublishedReportFileModel.schema)
            .id()
            .field(F.reportID, .uuid, .required, .references(PublishedReportModel.schema, .id))
            .field(F.format, .string, .required)
            .field(F.bytes, .data, .required)
            .unique(on: F.reportID, F.format, name: "published_report_files_unique")
            .create()
        let sql = database as! any SQLDatabase
        for protected in Self.protected {
            if sql.dialect.name == "postgresql" {
                // gongkai_refuse_change() is M009's.
                try await sql.raw(
                    """
                    CREATE TRIGGER \(unsafeRaw: protected)_append_only BEFORE UPDATE OR DELETE ON \(unsafeRaw: protected)
                    FOR EACH ROW EXECUTE FUNCTION gongkai_refuse_change()
                    """
                ).run()
            } else {
                for event in ["UPDATE", "DELETE"] {
                    try await sql.raw(
                        """
                        CREATE TRIGGER \(unsafeRaw: protected)_no_\(unsafeRaw: event.lowercased()) BEFORE \(unsafeRaw: event) ON \(unsafeRaw: protected)
                        BEGIN SELECT RAISE(ABORT, '\(unsafeRaw: protected) is append-only'); END
                        """
                    ).run()
                }
            }
        }
        try await AgencyVersionTrigger.create(on: sql, table: PublishedReportModel.schema, events: ["INSERT"])
    }

    func revert(on database: any Database) async throws {
        try await AgencyVersionTrigger.drop(on: database as! any SQLDatabase, table: PublishedReportModel.schema, events: ["INSERT"])
        // Dropping the tables drops their refusing triggers.
        try await database.schema(PublishedReportFileModel.schema).delete()
        try await database.schema(PublishedReportModel.schema).delete()
    }
}
