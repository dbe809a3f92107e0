import FluentKit

/// Reconsiderations and lawsuits (table 4).
struct M005_CreateAppeals: AsyncMigration {
    var name: String { "005_create_appeals" }

    func prepare(on database: any Database) async throws {
        typealias C = AppealModel.Column
        try await database.schema(AppealModel.schema)
            .id()
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.caseNumber, .string, .required)
            .field(C.kind, .string, .required)
            .field(C.route, .string)
            .field(C.requestCaseNumber, .string, .required)
            .field(C.reconsiderationCaseNumber, .string)
            .field(C.filedOn, .string, .required)
            .field(C.decidedOn, .string)
            .field(C.result, .string)
            .field(C.createdAt, .datetime)
            .unique(on: C.agencyID, C.kind, C.caseNumber, name: "appeals_agency_case_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AppealModel.schema).delete()
    }
}
