import FluentKit

/// The agencies whose casework is stored; names are unique.
struct M001_CreateAgencies: AsyncMigration {
    var name: String { "001_create_agencies" }

    func prepare(on database: any Database) async throws {
        typealias C = AgencyModel.Column
        try await database.schema(AgencyModel.schema)
            .id()
            .field(C.name, .string, .required)
            .field(C.region, .string)
            .field(C.createdAt, .datetime)
            .unique(on: C.name, name: "agencies_name_unique")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AgencyModel.schema).delete()
    }
}
