import FluentKit

/// The roster of agencies expected to report, by region.
struct M062_CreateSupervisedAgencies: AsyncMigration {
    var name: String { "062_create_supervised_agencies" }

    func prepare(on database: any Database) async throws {
        typealias C = SupervisedAgencyModel.Column
        try await database.schema(SupervisedAgencyModel.schema)
            .id()
            .field(C.regionID, .uuid, .required, .references(RegionModel.schema, .id))
            .field(C.name, .string, .required)
            .field(C.kind, .string, .required)
            .field(C.parentName, .string)
            .field(C.aliases, .string, .required)
            .field(C.reportsRegionWide, .bool, .required)
            .field(C.createdAt, .datetime)
            .unique(on: C.name)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SupervisedAgencyModel.schema).delete()
    }
}
