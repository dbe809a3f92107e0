import FluentKit

/// The registers behind table 2, one row per record.
struct M006_CreateRegisterRecords: AsyncMigration {
    var name: String { "006_create_register_records" }

    func prepare(on database: any Database) async throws {
        typealias C = RegisterRecordModel.Column
        try await database.schema(RegisterRecordModel.schema)
            .id()
            .field(C.agencyID, .uuid, .required, .references(AgencyModel.schema, .id))
            .field(C.kind, .string, .required)
            .field(C.recordKey, .string, .required)
            .field(C.year, .int, .required)
            .field(C.payload, .string, .required)
            .field(C.createdAt, .datetime)
            .unique(on: C.agencyID, C.kind, C.recordKey, name: "register_records_agency_key_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RegisterRecordModel.schema).delete()
    }
}
