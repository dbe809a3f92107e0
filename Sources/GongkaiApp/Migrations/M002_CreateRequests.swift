import FluentKit

/// One row per disclosure request, with the derived columns table 3 is counted from.
struct M002_CreateRequests: AsyncMigration {
    var name: String { "002_create_requests" }

    func prepare(on database: any Database) async throws {
        typealias C = RequestModel.Column
        try await database.schema(RequestModel.schema)
            .id()
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.caseNumber, .string, .required)
            .field(C.receivedOn, .string, .required)
            .field(C.channel, .string, .required)
            .field(C.content, .string, .required)
            .field(C.applicantColumn, .int, .required)
            .field(C.phase, .string, .required)
            .field(C.resultRow, .string)
            .field(C.closedOn, .string)
            .field(C.closureWay, .string)
            .field(C.eventCount, .int, .required)
            .field(C.createdAt, .datetime)
            .field(C.updatedAt, .datetime)
            .unique(on: C.agencyID, C.caseNumber, name: "requests_agency_case_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RequestModel.schema).delete()
    }
}
