import FluentKit

/// Applicants' personal data, one row per request, apart from the request row.
struct M003_CreateRequestApplicants: AsyncMigration {
    var name: String { "003_create_request_applicants" }

    func prepare(on database: any Database) async throws {
        typealias C = ApplicantModel.Column
        try await database.schema(ApplicantModel.schema)
            .id()
            .field(C.requestID, .uuid, .required, .references(RequestModel.schema, .id))
            .field(C.kind, .string, .required)
            .field(C.organizationKind, .string)
            .field(C.name, .string, .required)
            .field(C.idDocumentKind, .string)
            .field(C.idDocumentNumber, .string)
            .field(C.creditCode, .string)
            .field(C.contactPerson, .string)
            .field(C.phone, .string)
            .field(C.address, .string)
            .field(C.email, .string)
            .unique(on: C.requestID, name: "request_applicants_request_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ApplicantModel.schema).delete()
    }
}
