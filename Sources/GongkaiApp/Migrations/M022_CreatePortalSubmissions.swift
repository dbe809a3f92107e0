import FluentKit
import SQLKit

/// Requests filed on the portal, waiting for confirmation of receipt (第三十一条).
struct M022_CreatePortalSubmissions: AsyncMigration {
    var name: String { "022_create_portal_submissions" }

    func prepare(on database: any Database) async throws {
        typealias C = PortalSubmissionModel.Column
        try await database.schema(PortalSubmissionModel.schema)
            .id()
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.caseNumber, .string, .required)
            .field(C.queryCodeHash, .string, .required)
            .field(C.queryCodeSalt, .string, .required)
            .field(C.submissionKey, .string, .required)
            .field(C.status, .string, .required)
            .field(C.submittedAt, .datetime, .required)
            .field(C.submittedOn, .string, .required)
            .field(C.applicantType, .string, .required)
            .field(C.applicantJSON, .string)
            .field(C.content, .string, .required)
            .field(C.deliveryForm, .string, .required)
            .field(C.requestID, .uuid, .references(RequestModel.schema, .id))
            .field(C.confirmedOn, .string)
            .unique(on: C.agencyID, C.caseNumber, name: "portal_submissions_case_unique")
            .unique(on: C.submissionKey, name: "portal_submissions_key_unique")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "portal_submissions_case_number").on(PortalSubmissionModel.schema)
            .column(C.caseNumber.description).run()
        try await sql.create(index: "portal_submissions_status").on(PortalSubmissionModel.schema)
            .column(C.agencyID.description).column(C.status.description).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PortalSubmissionModel.schema).delete()
    }
}
