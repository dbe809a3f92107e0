import FluentKit
import SQLKit

/// The annual report's workflow state, one row per agency and year (起草 → 审核 → 签发 → 发布);
/// a change bumps the agency's change version.
struct M044_CreateReportWorkflows: AsyncMigration {
    var name: String { "044_create_report_workflows" }

    func prepare(on database: any Database) async throws {
        typealias C = ReportWorkflowModel.Column
        try await database.schema(ReportWorkflowModel.schema)
            .id()
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.year, .int, .required)
            .field(C.status, .string, .required)
            .field(C.contentHash, .string)
            .field(C.submittedBy, .uuid)
            .field(C.submittedByName, .string)
            .field(C.reviewedByName, .string)
            .field(C.signedByName, .string)
            .field(C.returnReason, .string)
            .field(C.revision, .int, .required)
            .field(C.updatedAt, .datetime)
            .unique(on: C.agencyID, C.year, name: "report_workflows_unique")
            .create()
        // The staff home shows the report's state from a page cached by the agency's version.
        try await AgencyVersionTrigger.create(on: database as! any SQLDatabase, table: ReportWorkflowModel.schema, events: ["INSERT", "UPDATE"])
    }

    func revert(on database: any Database) async throws {
        try await AgencyVersionTrigger.drop(on: database as! any SQLDatabase, table: ReportWorkflowModel.schema, events: ["INSERT", "UPDATE"])
        try await database.schema(ReportWorkflowModel.schema).delete()
    }
}
